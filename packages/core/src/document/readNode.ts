/**
 * Validating one node of a document and copying out its known fields.
 *
 * @module
 */

import { isReservedId } from '../model/ids.ts';
import { describe, isScore, isWebUrl, type JsonPath } from '../model/rules.ts';
import { showInvisible } from '../model/showInvisible.ts';
import {
  type ArgNode,
  EVIDENCE_KINDS,
  type Evidence,
  type EvidenceKind,
  NODE_KINDS,
  type NodeKind,
  type Source,
} from '../model/types.ts';
import { type Collector, isObject } from './collector.ts';

const NODE_FIELDS = new Set([
  'id',
  'kind',
  'text',
  'notes',
  'tags',
  'baseScore',
  'position',
  'collapsed',
  'evidence',
]);
const SOURCE_FIELDS = ['speaker', 'role', 'title', 'outlet', 'date', 'url'] as const;

/** Warns about fields the format does not define; they are dropped from the validated map. */
export function warnUnknownFields(
  value: Record<string, unknown>,
  known: ReadonlySet<string>,
  path: JsonPath,
  c: Collector,
): void {
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      c.warning('unknown-field', `"${key}" is not part of the Argmap format and will be dropped.`, [
        ...path,
        key,
      ]);
    }
  }
}

/** Checks the key/id pair shared by nodes and edges; returns false if the entry cannot be used. */
export function checkId(key: string, value: Record<string, unknown>, path: JsonPath, c: Collector): boolean {
  if (isReservedId(key) || key === '') {
    c.error('invalid-id', `"${key}" cannot be used as an id; rename it.`, path);
    return false;
  }
  if (!('id' in value)) {
    c.missing([...path, 'id'], `Add "id": "${key}".`);
    return false;
  }
  if (value.id !== key) {
    c.error(
      'id-mismatch',
      `The id (${describe(value.id)}) differs from its key "${showInvisible(key)}"; they must be the same.`,
      [...path, 'id'],
    );
    return false;
  }
  return true;
}

/** Reads a node stored under `key`, or undefined if it is unusable. Problems go to `c`. */
export function readNode(key: string, value: unknown, c: Collector): ArgNode | undefined {
  const path = ['nodes', key];
  if (!isObject(value)) {
    c.wrongType(path, 'an object describing a node', value);
    return undefined;
  }
  const idOk = checkId(key, value, path, c);
  warnUnknownFields(value, NODE_FIELDS, path, c);
  let ok = idOk;
  const kind = value.kind;
  if (!NODE_KINDS.includes(kind as NodeKind)) {
    if (kind === undefined) c.missing([...path, 'kind'], `Use one of ${NODE_KINDS.join(', ')}.`);
    else
      c.error('invalid-kind', `Unknown node kind (${describe(kind)}); use one of ${NODE_KINDS.join(', ')}.`, [
        ...path,
        'kind',
      ]);
    ok = false;
  }
  if (typeof value.text !== 'string') {
    if (value.text === undefined) c.missing([...path, 'text']);
    else c.wrongType([...path, 'text'], 'text', value.text);
    ok = false;
  }
  if (!isScore(value.baseScore)) {
    if (value.baseScore === undefined) c.missing([...path, 'baseScore'], 'Use 0.5 if unsure.');
    else
      c.error(
        'score-out-of-range',
        `The base score must be a number from 0 to 1, not ${describe(value.baseScore)}.`,
        [...path, 'baseScore'],
      );
    ok = false;
  }
  const node: ArgNode = {
    id: key,
    kind: kind as NodeKind,
    text: value.text as string,
    baseScore: value.baseScore as number,
  };
  if (value.notes !== undefined) {
    if (typeof value.notes === 'string') node.notes = value.notes;
    else {
      c.wrongType([...path, 'notes'], 'text', value.notes);
      ok = false;
    }
  }
  if (value.tags !== undefined) {
    if (Array.isArray(value.tags) && value.tags.every((tag) => typeof tag === 'string'))
      node.tags = [...value.tags];
    else {
      c.wrongType([...path, 'tags'], 'a list of texts', value.tags);
      ok = false;
    }
  }
  if (value.position !== undefined) {
    const p = value.position;
    if (
      isObject(p) &&
      typeof p.x === 'number' &&
      typeof p.y === 'number' &&
      Number.isFinite(p.x) &&
      Number.isFinite(p.y)
    ) {
      node.position = { x: p.x, y: p.y };
    } else {
      c.wrongType([...path, 'position'], 'an object with numbers x and y', p);
      ok = false;
    }
  }
  if (value.collapsed !== undefined) {
    if (typeof value.collapsed === 'boolean') {
      if (value.collapsed) node.collapsed = true;
    } else {
      c.wrongType([...path, 'collapsed'], 'true or false', value.collapsed);
      ok = false;
    }
  }
  if (kind === 'evidence') {
    if (value.evidence === undefined) {
      c.error(
        'missing-evidence',
        'An evidence node needs an "evidence" block with its quote, kind and source.',
        [...path, 'evidence'],
      );
      ok = false;
    } else {
      const evidence = readEvidence(value.evidence, [...path, 'evidence'], c);
      if (evidence) node.evidence = evidence;
      else ok = false;
    }
  } else if (value.evidence !== undefined && NODE_KINDS.includes(kind as NodeKind)) {
    c.error(
      'unexpected-evidence',
      `Only evidence nodes carry a quote and source; make this ${String(kind)} an evidence node or remove "evidence".`,
      [...path, 'evidence'],
    );
    ok = false;
  }
  return ok ? node : undefined;
}

function readEvidence(value: unknown, path: JsonPath, c: Collector): Evidence | undefined {
  if (!isObject(value)) {
    c.wrongType(path, 'an object with quote, kind and source', value);
    return undefined;
  }
  warnUnknownFields(value, new Set(['quote', 'kind', 'source']), path, c);
  let ok = true;
  if (typeof value.quote !== 'string') {
    if (value.quote === undefined) c.missing([...path, 'quote'], 'Paste the exact words from the source.');
    else c.wrongType([...path, 'quote'], 'text', value.quote);
    ok = false;
  }
  if (!EVIDENCE_KINDS.includes(value.kind as EvidenceKind)) {
    c.error(
      value.kind === undefined ? 'missing-field' : 'invalid-kind',
      `The evidence kind must be one of ${EVIDENCE_KINDS.join(', ')}${value.kind === undefined ? '' : `, not ${describe(value.kind)}`}.`,
      [...path, 'kind'],
    );
    ok = false;
  }
  const source: Source = {};
  if (!isObject(value.source)) {
    if (value.source === undefined) c.missing([...path, 'source'], 'Use {} if the source is unknown.');
    else
      c.wrongType([...path, 'source'], 'an object (speaker, role, title, outlet, date, url)', value.source);
    ok = false;
  } else {
    warnUnknownFields(value.source, new Set(SOURCE_FIELDS), [...path, 'source'], c);
    for (const field of SOURCE_FIELDS) {
      const text = value.source[field];
      if (text === undefined) continue;
      if (typeof text !== 'string') {
        c.wrongType([...path, 'source', field], 'text', text);
        ok = false;
      } else if (field === 'url' && !isWebUrl(text)) {
        c.error('invalid-url', `The source URL must start with http:// or https://, not ${describe(text)}.`, [
          ...path,
          'source',
          field,
        ]);
        ok = false;
      } else source[field] = text;
    }
  }
  return ok ? { quote: value.quote as string, kind: value.kind as EvidenceKind, source } : undefined;
}
