/**
 * What an audience sees at each step of a tour. Steps reveal nodes cumulatively: once shown, a node
 * stays on screen (dimmed) so the class keeps the thread; the current step's nodes are in focus.
 *
 * @module
 */

import type { ArgMap, Tour } from '../model/types.ts';

/** How one node appears at a given step of a tour. */
export type NodeAppearance = 'hidden' | 'shown' | 'focused';

/** The audience's view of a map at one step of a tour. */
export interface StepView {
  /** Index of the step, clamped into the tour. */
  index: number;
  /** Every node revealed at this step or earlier, in first-reveal order. */
  revealed: string[];
  /** The nodes of this step, in focus. Always a subset of `revealed`. */
  focused: string[];
  /** Nodes this step shows for the first time. */
  introduced: string[];
}

/**
 * The view at step `index` of `tour`. Ids that name no node in `map` are ignored here (tour checks
 * report them), so a tour that went stale after an edit still presents what it can.
 * An empty tour yields an empty view.
 */
export function stepView(map: ArgMap, tour: Tour, index: number): StepView {
  const last = tour.steps.length - 1;
  const at = Math.max(0, Math.min(Math.trunc(index), last));
  const revealed: string[] = [];
  const seen = new Set<string>();
  let introduced: string[] = [];
  for (let i = 0; i <= at && i <= last; i++) {
    introduced = [];
    for (const id of tour.steps[i]?.nodes ?? []) {
      if (seen.has(id) || !map.nodes.has(id)) continue;
      seen.add(id);
      revealed.push(id);
      introduced.push(id);
    }
  }
  const focused = unique((tour.steps[at]?.nodes ?? []).filter((id) => map.nodes.has(id)));
  return { index: last < 0 ? 0 : at, revealed, focused, introduced };
}

/** How `nodeId` appears in `view`. */
export function appearance(view: StepView, nodeId: string): NodeAppearance {
  if (view.focused.includes(nodeId)) return 'focused';
  return view.revealed.includes(nodeId) ? 'shown' : 'hidden';
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
