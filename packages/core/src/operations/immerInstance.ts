/**
 * The immer every edit runs on, and what it freezes. Immer's own auto-freeze freezes the whole
 * tree it returns, and that tree shares the caller's objects: the meta of a map from `createMap`,
 * the nodes of a map built with `fromDocument`. The first edit froze them under their owner. This
 * immer freezes nothing; {@link freezeNew} then freezes exactly what the edit made, so results
 * are still read-only and nothing handed in changes, while untouched objects (an evidence block
 * when only the position moved) stay the very same objects, which caches compare by identity.
 *
 * @module
 */
import { enablePatches, Immer } from 'immer';

enablePatches();

/** Immer without auto-freeze: {@link freezeNew} freezes what an edit made instead. */
export const immer = new Immer({ autoFreeze: false });

/**
 * Freezes `next` and every object below it that is not the very object at the same place in
 * `before`: what an edit made, never what it shares with its input. A plain loop, so a deep
 * structure cannot overflow the stack.
 */
export function freezeNew(next: unknown, before: unknown): void {
  const stack: [unknown, unknown][] = [[next, before]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [made, old] = item;
    if (made === old || typeof made !== 'object' || made === null || Object.isFrozen(made)) continue;
    Object.freeze(made);
    const previous = typeof old === 'object' && old !== null ? (old as Record<string, unknown>) : undefined;
    for (const [key, value] of Object.entries(made)) stack.push([value, previous?.[key]]);
  }
}
