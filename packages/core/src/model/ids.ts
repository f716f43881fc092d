/**
 * Fresh ids for new nodes, edges and tour steps. Operations take an {@link IdGenerator} so that
 * tests can make ids deterministic while the editor uses short random ones.
 *
 * @module
 */

import type { ArgMap } from './types.ts';

/** What a new id is for; generators may use it as a prefix. */
export type IdKind = 'node' | 'edge' | 'argument' | 'tour' | 'step';

/** Makes a candidate id. Operations retry when a candidate is already taken. */
export type IdGenerator = (kind: IdKind) => string;

const PREFIX: Record<IdKind, string> = { node: 'n', edge: 'e', argument: 'a', tour: 't', step: 's' };

/**
 * A generator that counts per kind: `n1`, `n2`, `e1`, … Deterministic, for tests and for
 * importers that want readable ids. Each call to this function starts a fresh counter.
 */
export function createSequentialIds(): IdGenerator {
  const counters: Record<IdKind, number> = { node: 0, edge: 0, argument: 0, tour: 0, step: 0 };
  return (kind) => {
    counters[kind] += 1;
    return `${PREFIX[kind]}${counters[kind]}`;
  };
}

/**
 * The default generator: a kind prefix and eight random base-36 characters, e.g. `n-k3x9q0ab`.
 * Ids only need to be unique within one map, and callers check for clashes, so `Math.random`
 * is enough (and works without Web Crypto typings in every runtime).
 */
export const randomIds: IdGenerator = (kind) => {
  let suffix = '';
  while (suffix.length < 8) suffix += Math.random().toString(36).slice(2);
  return `${PREFIX[kind]}-${suffix.slice(0, 8)}`;
};

/**
 * Ids that would collide with `Object.prototype` members when used as keys of plain objects.
 * They are refused everywhere so that no file or edit can ever touch an object's prototype.
 */
export const RESERVED_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Whether `id` is one of {@link RESERVED_IDS}. */
export function isReservedId(id: string): boolean {
  return RESERVED_IDS.includes(id);
}

/**
 * Whether `id` already names a node, an edge or a linked argument: the three share one namespace
 * so undercuts and the edge index stay unambiguous.
 */
export function isIdTaken(map: ArgMap, id: string): boolean {
  return map.nodes.has(id) || map.edges.has(id) || map.arguments?.has(id) === true;
}

/**
 * A generated id not yet used in `map` nor in `reserved` (ids handed out earlier in the same edit).
 * Gives up after many clashes so a broken generator cannot loop forever; that is a bug, so it throws.
 */
export function freshId(map: ArgMap, kind: IdKind, newId: IdGenerator, reserved?: Set<string>): string {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const id = newId(kind);
    if (!isIdTaken(map, id) && !isReservedId(id) && !reserved?.has(id)) {
      reserved?.add(id);
      return id;
    }
  }
  throw new Error(`The id generator kept returning ids already used in the map (last kind: ${kind}).`);
}
