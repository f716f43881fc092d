/**
 * Writing node fields: the checks and the tidy-up shared by addNode, updateNode and changeKind.
 * Optional fields that are emptied (blank notes, no tags, blank source fields) are removed rather
 * than saved as empty values, so files stay small and diffs stay clean.
 *
 * @module
 */

import type { Draft } from 'immer';
import type { ArgNode, Evidence, EvidenceKind, Point, Source } from '../model/types.ts';
import {
  type Check,
  checkBaseScore,
  checkEvidenceKind,
  checkPoint,
  checkString,
  checkTags,
  checkUrl,
} from './input.ts';

/** Changes to the evidence block of an evidence node; source fields merge into the existing source. */
export interface EvidenceChanges {
  quote?: string;
  kind?: EvidenceKind;
  /** Fields to set; a field set to `''` or `undefined` is removed. */
  source?: Partial<Source>;
}

/**
 * Changes to a node. Fields left out stay as they are. To remove an optional field, pass `''`
 * (notes), `[]` (tags), `null` (position) or `false` (collapsed).
 */
export interface NodeChanges {
  text?: string;
  notes?: string;
  tags?: string[];
  baseScore?: number;
  position?: Point | null;
  collapsed?: boolean;
  /** Only for evidence nodes. */
  evidence?: EvidenceChanges;
}

const SOURCE_FIELDS = ['speaker', 'role', 'title', 'outlet', 'date', 'url'] as const;

/** The first problem with `changes`, reported at `path` + the field name. */
export function checkNodeChanges(
  changes: NodeChanges,
  isEvidence: boolean,
  path: (string | number)[],
): Check {
  if (changes.text !== undefined) {
    const problem = checkString(changes.text, [...path, 'text']);
    if (problem) return problem;
  }
  if (changes.notes !== undefined) {
    const problem = checkString(changes.notes, [...path, 'notes']);
    if (problem) return problem;
  }
  if (changes.tags !== undefined) {
    const problem = checkTags(changes.tags, [...path, 'tags']);
    if (problem) return problem;
  }
  if (changes.baseScore !== undefined) {
    const problem = checkBaseScore(changes.baseScore, [...path, 'baseScore']);
    if (problem) return problem;
  }
  if (changes.position !== undefined && changes.position !== null) {
    const problem = checkPoint(changes.position, [...path, 'position']);
    if (problem) return problem;
  }
  if (changes.evidence !== undefined) {
    if (!isEvidence) {
      return {
        severity: 'error',
        code: 'not-evidence',
        message: 'Only evidence nodes have a quote and a source. Change the node to evidence first.',
        path: [...path, 'evidence'],
      };
    }
    return checkEvidenceChanges(changes.evidence, [...path, 'evidence']);
  }
  return undefined;
}

function checkEvidenceChanges(changes: EvidenceChanges, path: (string | number)[]): Check {
  if (changes.quote !== undefined) {
    const problem = checkString(changes.quote, [...path, 'quote']);
    if (problem) return problem;
  }
  if (changes.kind !== undefined) {
    const problem = checkEvidenceKind(changes.kind, [...path, 'kind']);
    if (problem) return problem;
  }
  for (const field of SOURCE_FIELDS) {
    const value = changes.source?.[field];
    if (value === undefined || value === '') continue;
    const problem =
      field === 'url'
        ? checkUrl(value, [...path, 'source', field])
        : checkString(value, [...path, 'source', field]);
    if (problem) return problem;
  }
  return undefined;
}

/** Writes already-checked `changes` into a node draft. */
export function writeNodeChanges(node: Draft<ArgNode>, changes: NodeChanges): void {
  if (changes.text !== undefined) node.text = changes.text;
  if ('notes' in changes) {
    if (changes.notes) node.notes = changes.notes;
    else delete node.notes;
  }
  if ('tags' in changes) {
    if (changes.tags && changes.tags.length > 0) node.tags = [...changes.tags];
    else delete node.tags;
  }
  if (changes.baseScore !== undefined) node.baseScore = changes.baseScore;
  if ('position' in changes) {
    if (changes.position) node.position = { x: changes.position.x, y: changes.position.y };
    else delete node.position;
  }
  if ('collapsed' in changes) {
    if (changes.collapsed) node.collapsed = true;
    else delete node.collapsed;
  }
  if (changes.evidence !== undefined && node.evidence !== undefined) {
    writeEvidenceChanges(node.evidence, changes.evidence);
  }
}

function writeEvidenceChanges(evidence: Draft<Evidence>, changes: EvidenceChanges): void {
  if (changes.quote !== undefined) evidence.quote = changes.quote;
  if (changes.kind !== undefined) evidence.kind = changes.kind;
  if (changes.source === undefined) return;
  for (const field of SOURCE_FIELDS) {
    if (!(field in changes.source)) continue;
    const value = changes.source[field];
    if (value) evidence.source[field] = field === 'url' ? value.trim() : value;
    else delete evidence.source[field];
  }
}

/** A complete evidence block from partial input: an empty quote, kind `other` and no source by default. */
export function newEvidence(input: EvidenceChanges = {}): Evidence {
  const evidence: Evidence = { quote: '', kind: 'other', source: {} };
  writeEvidenceChanges(evidence, input);
  return evidence;
}

/**
 * The merge key and undo label for `changes` on node `id`. Only edits to a single text field get
 * a merge key, so typing in one field becomes one undo step but a score change never merges.
 */
export function describeChanges(id: string, changes: NodeChanges): { label: string; mergeKey?: string } {
  const keys = Object.keys(changes) as (keyof NodeChanges)[];
  if (keys.length === 1) {
    const [key] = keys;
    if (key === 'text') return { label: 'Edit text', mergeKey: `${id}:text` };
    if (key === 'notes') return { label: 'Edit notes', mergeKey: `${id}:notes` };
    if (key === 'baseScore') return { label: 'Change score' };
    if (key === 'position') return { label: 'Move node' };
    if (key === 'tags') return { label: 'Edit tags' };
    if (key === 'collapsed') return { label: changes.collapsed ? 'Collapse' : 'Expand' };
    if (key === 'evidence' && changes.evidence) {
      const evidenceKeys = Object.keys(changes.evidence);
      const sourceKeys = Object.keys(changes.evidence.source ?? {});
      if (evidenceKeys.length === 1 && evidenceKeys[0] === 'quote') {
        return { label: 'Edit quote', mergeKey: `${id}:quote` };
      }
      if (evidenceKeys.length === 1 && evidenceKeys[0] === 'source' && sourceKeys.length === 1) {
        return { label: 'Edit source', mergeKey: `${id}:source.${sourceKeys[0]}` };
      }
      return { label: 'Edit evidence' };
    }
  }
  return { label: 'Edit node' };
}
