/**
 * Reading a class document back into Argmap's plain document form. The result is not trusted:
 * {@link readMap} runs the core's `validateMap` on it, as the server does on every change.
 *
 * @module
 */

import {
  type ArgMap,
  type ArgMapDocument,
  FORMAT_NAME,
  FORMAT_VERSION,
  type Result,
  validateMap,
} from '@argmap/core';
import * as Y from 'yjs';
import {
  ARGUMENTS,
  CLASS,
  type ClassState,
  CONTRIBUTIONS,
  type Contribution,
  EDGES,
  META,
  NODES,
  TOURS,
} from './layout.ts';

/**
 * The document as an `ArgMapDocument`, unvalidated (fields hold whatever the replicas wrote).
 * Nodes and edges come in the order they were first added (by Yjs item id), so every replica
 * reads the same order: a `Y.Map` iterates in the order its own replica received the keys. O(n log n).
 */
export function readDocument(doc: Y.Doc): ArgMapDocument {
  const result: ArgMapDocument = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: doc.getMap(META).toJSON() as ArgMapDocument['meta'],
    nodes: readRecords(doc.getMap(NODES)) as ArgMapDocument['nodes'],
    edges: readRecords(doc.getMap(EDGES)) as ArgMapDocument['edges'],
  };
  const args = doc.getMap(ARGUMENTS);
  if (args.size > 0) result.arguments = readRecords(args) as ArgMapDocument['arguments'];
  const tours = doc.getArray(TOURS);
  if (tours.length > 0) result.tours = tours.toJSON() as ArgMapDocument['tours'];
  return result;
}

/** The document as a validated map, or every rule it breaks (the core's diagnostics). */
export function readMap(doc: Y.Doc): Result<ArgMap> {
  return validateMap(readDocument(doc));
}

/** The class session's state; a document the server has not stamped reads as unlocked. */
export function readClassState(doc: Y.Doc): ClassState {
  return { locked: doc.getMap(CLASS).get('locked') === true };
}

/** Who added the node or edge `id`, if the server recorded it. */
export function contributionOf(doc: Y.Doc, id: string): Contribution | undefined {
  const value = doc.getMap(CONTRIBUTIONS).get(id);
  if (typeof value !== 'object' || value === null) return undefined;
  const { by, name, accepted } = value as Record<string, unknown>;
  if (typeof by !== 'string' || typeof name !== 'string') return undefined;
  return accepted === true ? { by, name, accepted } : { by, name };
}

function readRecords(map: Y.Map<unknown>): Record<string, unknown> {
  const entries = [...map._map.entries()]
    .filter(([, item]) => !item.deleted)
    .sort(([, a], [, b]) => a.id.clock - b.id.clock || a.id.client - b.id.client);
  const out: Record<string, unknown> = {};
  for (const [key] of entries) {
    const value = map.get(key);
    // defineProperty: a key such as "__proto__" must not reach the prototype (validation refuses it).
    Object.defineProperty(out, key, {
      value: value instanceof Y.AbstractType ? value.toJSON() : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
