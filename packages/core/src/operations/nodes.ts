/**
 * Operations on single nodes: add, update, move, change kind. Removal (which cascades) lives in
 * `remove.ts`.
 *
 * @module
 */

import { castDraft } from 'immer';
import { freshId, isIdTaken, isReservedId, randomIds } from '../model/ids.ts';
import type { ArgMap } from '../model/types.ts';
import { type ArgNode, DEFAULT_BASE_SCORE, type NodeKind, type Point } from '../model/types.ts';
import type { Result } from '../result.ts';
import { fail } from '../result.ts';
import { type Edit, type EditOptions, makeEdit, refuse, requireNode } from './edit.ts';
import { checkNodeKind, checkPoint, checkString } from './input.ts';
import {
  checkNodeChanges,
  describeChanges,
  type EvidenceChanges,
  type NodeChanges,
  newEvidence,
  writeNodeChanges,
} from './nodeFields.ts';

/** What a new node needs: its kind, and optionally anything else a node has. */
export interface NodeInput extends Omit<NodeChanges, 'position'> {
  kind: NodeKind;
  /** Use this id instead of generating one; refused if already taken. */
  id?: string;
  position?: Point;
}

/**
 * Adds a node. Text defaults to `''` and the base score to {@link DEFAULT_BASE_SCORE}; evidence
 * nodes always get an evidence block (empty quote, kind `other`, no source unless given).
 * The new id is `edit.created[0]`.
 */
export function addNode(map: ArgMap, input: NodeInput, options: EditOptions = {}): Result<Edit> {
  const kindProblem = checkNodeKind(input.kind, ['kind']);
  if (kindProblem) return fail([kindProblem]);
  if (input.id !== undefined) {
    const idProblem = checkString(input.id, ['id']);
    if (idProblem) return fail([idProblem]);
    if (input.id === '' || isReservedId(input.id)) {
      return refuse('invalid-id', `"${input.id}" cannot be used as an id; choose another.`, ['id']);
    }
    if (isIdTaken(map, input.id)) {
      return refuse('duplicate-id', `The id "${input.id}" is already used in this map.`, ['id']);
    }
  }
  if (input.evidence !== undefined && input.kind !== 'evidence') {
    return refuse('not-evidence', 'Only evidence nodes have a quote and a source.', ['evidence']);
  }
  const { kind: _kind, id: _id, evidence, ...changes } = input;
  const problem = checkNodeChanges(
    evidence ? { ...changes, evidence } : changes,
    input.kind === 'evidence',
    [],
  );
  if (problem) return fail([problem]);

  const id = input.id ?? freshId(map, 'node', options.newId ?? randomIds);
  const node: ArgNode = { id, kind: input.kind, text: '', baseScore: DEFAULT_BASE_SCORE };
  if (input.kind === 'evidence') node.evidence = newEvidence(evidence);
  return makeEdit(map, { label: `Add ${input.kind}`, created: [id] }, {}, (draft) => {
    const added = castDraft(node);
    writeNodeChanges(added, changes);
    draft.nodes[id] = added;
  });
}

/**
 * Changes fields of a node (see {@link NodeChanges}). An edit of a single text field carries a
 * merge key so the history folds consecutive keystrokes into one undo step.
 */
export function updateNode(map: ArgMap, id: string, changes: NodeChanges): Result<Edit> {
  const missing = requireNode(map, id);
  if (missing) return missing;
  const node = map.nodes.get(id) as ArgNode;
  const problem = checkNodeChanges(changes, node.kind === 'evidence', ['nodes', id]);
  if (problem) return fail([problem]);
  return makeEdit(map, describeChanges(id, changes), { nodes: [id] }, (draft) => {
    const target = draft.nodes[id];
    if (target) writeNodeChanges(target, changes);
  });
}

/** Sets a node's canvas position (a hand placement, which auto-layout then respects). */
export function moveNode(map: ArgMap, id: string, position: Point): Result<Edit> {
  return moveNodes(map, { [id]: position });
}

/** Sets several nodes' positions in one edit, as when dragging a selection. */
export function moveNodes(map: ArgMap, positions: Readonly<Record<string, Point>>): Result<Edit> {
  for (const [id, position] of Object.entries(positions)) {
    const missing = requireNode(map, id);
    if (missing) return missing;
    const problem = checkPoint(position, ['nodes', id, 'position']);
    if (problem) return fail([problem]);
  }
  const count = Object.keys(positions).length;
  const info = { label: count === 1 ? 'Move node' : `Move ${count} nodes` };
  return makeEdit(map, info, { nodes: Object.keys(positions) }, (draft) => {
    for (const [id, position] of Object.entries(positions)) {
      const node = draft.nodes[id];
      if (node) node.position = { x: position.x, y: position.y };
    }
  });
}

/**
 * Changes what a node is. Turning a node into evidence gives it an evidence block (from
 * `evidence`, else an empty quote of kind `other`); turning evidence into anything else drops
 * the block. Undo brings a dropped quote and source back. Edges are kept.
 */
export function changeKind(
  map: ArgMap,
  id: string,
  kind: NodeKind,
  evidence?: EvidenceChanges,
): Result<Edit> {
  const missing = requireNode(map, id);
  if (missing) return missing;
  const kindProblem = checkNodeKind(kind, ['nodes', id, 'kind']);
  if (kindProblem) return fail([kindProblem]);
  const node = map.nodes.get(id) as ArgNode;
  if (evidence !== undefined) {
    if (kind !== 'evidence') return refuse('not-evidence', 'Only evidence nodes have a quote and a source.');
    const problem = checkNodeChanges({ evidence }, true, ['nodes', id]);
    if (problem) return fail([problem]);
  }
  return makeEdit(map, { label: `Make ${kind}` }, { nodes: [id] }, (draft) => {
    const target = draft.nodes[id];
    if (!target) return;
    target.kind = kind;
    if (kind === 'evidence') {
      if (target.evidence === undefined || node.kind !== 'evidence') target.evidence = newEvidence(evidence);
      else if (evidence !== undefined) writeNodeChanges(target, { evidence });
    } else {
      delete target.evidence;
    }
  });
}
