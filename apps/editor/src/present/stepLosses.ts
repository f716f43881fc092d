import type { ArgMap } from '@argmap/core';

/** A node a tour step showed until it was deleted from the map. */
export interface LostNode {
  id: string;
  /** Its text when it was deleted, so the teacher knows what went. */
  text: string;
}

/** For each step (by {@link stepKey}), the nodes it lost when they were deleted from the map. */
export type StepLosses = ReadonlyMap<string, readonly LostNode[]>;

/** No losses. */
export const NO_LOSSES: StepLosses = new Map();

/** The key of a step in {@link StepLosses}. */
export function stepKey(tourId: string, stepId: string): string {
  return `${tourId}\u0000${stepId}`;
}

/**
 * What the edit from `before` to `after` took out of tour steps by deleting nodes, added to what
 * was `known`. Deleting a node quietly takes it out of every step (the core's cascade keeps the map
 * valid), so a step can end up showing less than its title promises, or nothing: the tour panel
 * says so from this. A node back on the map (Undo) is no longer lost; a step or tour that is gone
 * takes its losses with it. Returns `known` itself when nothing changed.
 */
export function trackStepLosses(before: ArgMap, after: ArgMap, known: StepLosses): StepLosses {
  const next = new Map<string, readonly LostNode[]>();
  let changed = false;
  for (const tour of after.tours ?? []) {
    const old = before.tours?.find((t) => t.id === tour.id);
    for (const step of tour.steps) {
      const key = stepKey(tour.id, step.id);
      const had = known.get(key) ?? [];
      const still = had.filter((lost) => !after.nodes.has(lost.id));
      const now = new Set(step.nodes);
      const fresh = (old?.steps.find((s) => s.id === step.id)?.nodes ?? [])
        .filter((id) => !now.has(id) && before.nodes.has(id) && !after.nodes.has(id))
        .filter((id) => !still.some((lost) => lost.id === id))
        .map((id) => ({ id, text: before.nodes.get(id)?.text ?? id }));
      const lost = fresh.length > 0 ? [...still, ...fresh] : still;
      if (lost.length !== had.length) changed = true;
      if (lost.length > 0) next.set(key, lost.length === had.length ? had : lost);
    }
  }
  if (next.size !== known.size) changed = true;
  return changed ? next : known;
}
