/**
 * Version 0 → 1. Version 0 is the pre-release shape (Argmap prototypes, autumn 2025): flat lists
 * instead of records keyed by id, `links` instead of edges, and evidence fields on the node itself.
 *
 * ```json
 * {
 *   "format": "argmap", "version": 0, "title": "…",
 *   "nodes": [{ "id": "q", "kind": "question", "text": "…", "score": 0.5, "x": 0, "y": 0,
 *               "quote": "…", "evidenceKind": "report", "source": { "speaker": "…" } }],
 *   "links": [{ "id": "l1", "from": "c1", "to": "q", "type": "pro" | "con" | "undercut" }]
 * }
 * ```
 * Undercut links point `to` a link id. Links without an id get `e1`, `e2`, … (skipping taken ids).
 *
 * The step copies only what it understands and leaves judging the result to validation, so it
 * never throws on malformed input; a v0 file that was broken stays broken, with v1 paths.
 *
 * @module
 */

import type { Diagnostic, Result } from '../../result.ts';
import { ok } from '../../result.ts';
import { isObject } from '../collector.ts';

const LINK_KINDS: Record<string, string> = { pro: 'supports', con: 'opposes', undercut: 'undercuts' };

/** Upgrades a version 0 document (already known to have `version: 0`) to version 1. */
export function v0ToV1(doc: Record<string, unknown>): Result<Record<string, unknown>> {
  const warnings: Diagnostic[] = [];
  const nodes: Record<string, unknown> = {};
  const rawNodes = Array.isArray(doc.nodes) ? doc.nodes : [];
  for (const raw of rawNodes) {
    if (!isObject(raw) || typeof raw.id !== 'string') continue;
    const node: Record<string, unknown> = { id: raw.id, kind: raw.kind, text: raw.text ?? '' };
    if (raw.notes !== undefined) node.notes = raw.notes;
    if (raw.tags !== undefined) node.tags = raw.tags;
    node.baseScore = raw.score ?? 0.5;
    if (typeof raw.x === 'number' && typeof raw.y === 'number') node.position = { x: raw.x, y: raw.y };
    if (raw.kind === 'evidence') {
      node.evidence = { quote: raw.quote ?? '', kind: raw.evidenceKind ?? 'other', source: raw.source ?? {} };
    }
    defineEntry(nodes, raw.id, node);
  }
  const edges: Record<string, unknown> = {};
  const taken = new Set(Object.keys(nodes));
  const rawLinks = Array.isArray(doc.links) ? doc.links : [];
  for (const raw of rawLinks) if (isObject(raw) && typeof raw.id === 'string') taken.add(raw.id);
  let counter = 0;
  for (const raw of rawLinks) {
    if (!isObject(raw)) continue;
    let id = typeof raw.id === 'string' ? raw.id : '';
    if (id === '') {
      do id = `e${++counter}`;
      while (taken.has(id));
      taken.add(id);
    }
    const kind =
      typeof raw.type === 'string' && Object.hasOwn(LINK_KINDS, raw.type) ? LINK_KINDS[raw.type] : raw.type;
    defineEntry(edges, id, { id, kind, source: raw.from, target: raw.to });
  }
  if (rawNodes.length !== Object.keys(nodes).length || rawLinks.length !== Object.keys(edges).length) {
    warnings.push({
      severity: 'warning',
      code: 'migration-dropped',
      message: 'Some version 0 nodes or links had no usable id (or repeated one) and were left out.',
    });
  }
  const meta: Record<string, unknown> = { title: doc.title ?? 'Untitled map' };
  if (doc.description !== undefined) meta.description = doc.description;
  return ok({ format: 'argmap', version: 1, meta, nodes, edges }, warnings);
}

/**
 * Stores an entry under a user-chosen key without ever invoking the `__proto__` setter, and keeps
 * the first of repeated ids. Validation then reports reserved ids such as `__proto__` by name.
 */
function defineEntry(record: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.hasOwn(record, key)) return;
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
