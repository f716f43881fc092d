/**
 * Fresh ids for tours and steps: the smallest `prefix-N` not already taken, so ids stay short,
 * readable in a saved file and deterministic in tests.
 *
 * @module
 */

import type { ArgMap, Tour } from '../model/types.ts';

/** The smallest `${prefix}-N` (N ≥ 1) not in `taken`. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** A tour id not used by any tour of `map`. */
export function freshTourId(map: ArgMap): string {
  return freshId(
    'tour',
    (map.tours ?? []).map((tour) => tour.id),
  );
}

/** A step id not used by any step of `tour`. */
export function freshStepId(tour: Tour): string {
  return freshId(
    'step',
    tour.steps.map((step) => step.id),
  );
}
