/**
 * Which edges touch a node (or, for undercuts, an edge): the index that lets `connect` find a
 * duplicate and `removeNode` find its cascade in O(degree) instead of scanning every edge.
 *
 * The index is persistent like the tables and cached per edges table (a `WeakMap`, so it goes
 * when the table goes). Edits derive the new table's index from the old one's in O(changes ·
 * log n) ({@link carryIndex}); a table nobody indexed yet (a freshly loaded map) is indexed in
 * one O(n) pass on first use.
 *
 * @module
 */

import { PersistentMap } from './persistentMap.ts';
import type { Table } from './table.ts';
import type { ArgEdge } from './types.ts';

/** A set of edge ids: a persistent map whose values are all `true`. */
type IdSet = PersistentMap<true>;
/**
 * End id (node or edge) → ids of the edges whose source or target it is; argument id → ids of its
 * edges (ids share one namespace, so the two never clash).
 */
type Index = PersistentMap<IdSet>;

const NONE: IdSet = PersistentMap.empty<true>();
const cache = new WeakMap<Table<ArgEdge>, Index>();

function keysOf(edge: ArgEdge): string[] {
  return edge.argument === undefined ? [edge.source, edge.target] : [edge.source, edge.target, edge.argument];
}

function indexOf(edges: Table<ArgEdge>): Index {
  const cached = cache.get(edges);
  if (cached) return cached;
  // Grouped in native arrays first, so each key's set is built in one batch.
  const byKey = new Map<string, string[]>();
  edges.forEach((edge) => {
    for (const key of new Set(keysOf(edge))) {
      const ids = byKey.get(key);
      if (ids) ids.push(edge.id);
      else byKey.set(key, [edge.id]);
    }
  });
  const editor = PersistentMap.empty<IdSet>().edit();
  for (const [key, ids] of byKey) {
    const set = NONE.edit();
    for (const id of ids) set.set(id, true);
    editor.set(key, set.done());
  }
  const index = editor.done();
  cache.set(edges, index);
  return index;
}

function link(index: Index, edge: ArgEdge): Index {
  let next = index;
  for (const key of keysOf(edge)) next = next.set(key, (next.get(key) ?? NONE).set(edge.id, true));
  return next;
}

function unlink(index: Index, edge: ArgEdge): Index {
  let next = index;
  for (const end of keysOf(edge)) {
    const ids = next.get(end)?.delete(edge.id);
    next = ids === undefined || ids.size === 0 ? next.delete(end) : next.set(end, ids);
  }
  return next;
}

/**
 * The edges whose source or target is `end` (a node id, or an edge id for its undercuts), or,
 * given an argument id, the edges of that argument.
 */
export function edgesAt(edges: Table<ArgEdge>, end: string): ArgEdge[] {
  const ids = indexOf(edges).get(end);
  if (ids === undefined) return [];
  const found: ArgEdge[] = [];
  for (const id of ids.keys()) {
    const edge = edges.get(id);
    if (edge) found.push(edge);
  }
  return found;
}

/**
 * Gives `after` an index derived from `before`'s, when `before` has one: `changed` lists every
 * edge id whose entry differs between the two tables. Without an index on `before` it does
 * nothing, and `after` is indexed on first use.
 */
export function carryIndex(before: Table<ArgEdge>, after: Table<ArgEdge>, changed: Iterable<string>): void {
  const index = cache.get(before);
  if (index === undefined || before === after || cache.has(after)) return;
  let next = index;
  for (const id of changed) {
    const old = before.get(id);
    const now = after.get(id);
    if (old === now) continue;
    if (old && now && old.source === now.source && old.target === now.target && old.argument === now.argument)
      continue;
    if (old) next = unlink(next, old);
    if (now) next = link(next, now);
  }
  cache.set(after, next);
}
