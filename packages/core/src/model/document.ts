/**
 * Converting between a map in memory ({@link ArgMap}, nodes and edges in tables) and the plain
 * document saved in files ({@link ArgMapDocument}, nodes and edges as objects keyed by id).
 *
 * @module
 */

import { Table } from './table.ts';
import type { ArgMap, ArgMapDocument } from './types.ts';

/**
 * The map as a plain document: what `serializeMap` writes, and the form to `structuredClone`,
 * store in IndexedDB or post to another window (a table would lose its class there). O(n).
 */
export function toDocument(map: ArgMap): ArgMapDocument {
  const doc: ArgMapDocument = {
    format: map.format,
    version: map.version,
    meta: map.meta,
    nodes: map.nodes.toRecord(),
    edges: map.edges.toRecord(),
  };
  if (map.arguments !== undefined && map.arguments.size > 0) doc.arguments = map.arguments.toRecord();
  if (map.tours !== undefined) doc.tours = map.tours;
  return doc;
}

/**
 * A map in memory from a plain document, keeping the order of its nodes and edges. Trusts the
 * document: untrusted data goes through `validateMap` or `parseMap`, which return a map. O(n).
 */
export function fromDocument(doc: ArgMapDocument): ArgMap {
  const map: ArgMap = {
    format: doc.format,
    version: doc.version,
    meta: doc.meta,
    nodes: Table.fromRecord(doc.nodes),
    edges: Table.fromRecord(doc.edges),
  };
  if (doc.arguments !== undefined && Object.keys(doc.arguments).length > 0) {
    map.arguments = Table.fromRecord(doc.arguments);
  }
  if (doc.tours !== undefined) map.tours = doc.tours;
  return map;
}
