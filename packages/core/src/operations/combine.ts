/**
 * Several operations as one edit: each step runs on the map the previous step produced, and the
 * patches are joined so the whole sequence undoes in one go.
 *
 * @module
 */

import type { ArgMap } from '../model/types.ts';
import type { Result } from '../result.ts';
import type { Edit } from './edit.ts';

/** One step of a combined edit: an operation applied to the map so far. */
export type EditStep = (map: ArgMap) => Result<Edit>;

/**
 * Runs `steps` in order and joins them into one {@link Edit} labelled `label`, e.g. "add a claim
 * and connect it" as one undo step. Stops at the first refused step and returns its diagnostics,
 * leaving `map` untouched. `created` lists every id created by any step.
 */
export function combine(map: ArgMap, label: string, steps: readonly EditStep[]): Result<Edit> {
  let current = map;
  const patches: Edit['patches'] = [];
  const inverse: Edit['inversePatches'][] = [];
  const created: string[] = [];
  for (const step of steps) {
    const result = step(current);
    if (!result.ok) return result;
    current = result.value.map;
    patches.push(...result.value.patches);
    inverse.push(result.value.inversePatches);
    created.push(...result.value.created);
  }
  const inversePatches = inverse.reverse().flat();
  return {
    ok: true,
    value: { map: current, before: map, patches, inversePatches, label, created },
    diagnostics: [],
  };
}
