/**
 * Writing an Argmap map into a class document. The writer compares the document with the map
 * field by field and writes only what differs, in one transaction: concurrent edits to different
 * nodes, or to different fields of one node, all survive the merge; two edits to the same field
 * end with one of them (Yjs's last-writer-wins for map keys).
 *
 * @module
 */

import type { ArgEdge, ArgMapDocument, ArgNode } from '@argmap/core';
import * as Y from 'yjs';
import { jsonEqual } from './equal.ts';
import { ARGUMENTS, EDGES, META, NODES, TOURS } from './layout.ts';

/**
 * Makes the document hold `target`: adds, updates and removes nodes, edges, arguments, meta fields and tours
 * so that `readDocument(doc)` deep-equals `target` (up to node and edge order, which the document
 * keeps by first insertion). Writes nothing when they already match. `origin` tags the transaction
 * (for an `UndoManager` or to tell one's own changes apart). O(size of the map).
 */
export function writeDocument(doc: Y.Doc, target: ArgMapDocument, origin?: unknown): void {
  doc.transact(() => {
    writeFields(doc.getMap(META), target.meta as unknown as Record<string, unknown>);
    writeRecords(doc.getMap(NODES), target.nodes as unknown as Record<string, Record<string, unknown>>);
    writeRecords(doc.getMap(EDGES), target.edges as unknown as Record<string, Record<string, unknown>>);
    writeRecords(
      doc.getMap(ARGUMENTS),
      (target.arguments ?? {}) as unknown as Record<string, Record<string, unknown>>,
    );
    writeTours(doc.getArray(TOURS), target.tours ?? []);
  }, origin);
}

/**
 * Adds or updates one node, writing only the fields that differ: O(fields), for a tool that edits
 * one node at a time instead of diffing the whole map with {@link writeDocument}.
 */
export function putNode(doc: Y.Doc, node: ArgNode, origin?: unknown): void {
  doc.transact(
    () => putRecord(doc.getMap(NODES), node.id, node as unknown as Record<string, unknown>),
    origin,
  );
}

/** Adds or updates one edge, writing only the fields that differ. */
export function putEdge(doc: Y.Doc, edge: ArgEdge, origin?: unknown): void {
  doc.transact(
    () => putRecord(doc.getMap(EDGES), edge.id, edge as unknown as Record<string, unknown>),
    origin,
  );
}

function putRecord(records: Y.Map<unknown>, key: string, value: Record<string, unknown>): void {
  let entry = records.get(key);
  if (!(entry instanceof Y.Map)) {
    entry = new Y.Map<unknown>();
    records.set(key, entry);
  }
  writeFields(entry as Y.Map<unknown>, value);
}

function writeRecords(records: Y.Map<unknown>, target: Record<string, Record<string, unknown>>): void {
  for (const key of [...records.keys()]) {
    if (!Object.hasOwn(target, key)) records.delete(key);
  }
  for (const [key, value] of Object.entries(target)) {
    putRecord(records, key, value);
  }
}

function writeFields(fields: Y.Map<unknown>, target: Record<string, unknown>): void {
  for (const key of [...fields.keys()]) {
    if (!Object.hasOwn(target, key) || target[key] === undefined) fields.delete(key);
  }
  for (const [key, value] of Object.entries(target)) {
    if (value === undefined) continue;
    if (!jsonEqual(fields.get(key), value)) fields.set(key, plain(value));
  }
}

function writeTours(tours: Y.Array<unknown>, target: readonly unknown[]): void {
  const current = tours.toJSON();
  let same = 0;
  while (same < current.length && same < target.length && jsonEqual(current[same], target[same])) same++;
  if (same === current.length && same === target.length) return;
  tours.delete(same, current.length - same);
  tours.insert(same, target.slice(same).map(plain));
}

/** A deep copy, so the document never shares (frozen) objects with the caller's map. */
function plain(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? structuredClone(value) : value;
}
