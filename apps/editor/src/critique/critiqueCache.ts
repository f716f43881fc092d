import type { ArgMap, ArgNode } from '@argmap/core';
import { type Critique, type CritiqueSettings, critique } from './critique.ts';

/** Node fields that only place a node on the canvas; the evaluation never reads them. */
const PLACEMENT: ReadonlySet<string> = new Set(['position', 'collapsed']);

/**
 * Whether two maps argue the same thing: the same edges, and the same nodes apart from where they
 * sit or whether they are collapsed. Edits replace only what they touch, so after a move every
 * node but the moved ones is the same object and the check costs little next to an evaluation.
 */
export function sameArgument(a: ArgMap, b: ArgMap): boolean {
  if (a === b) return true;
  if (a.edges !== b.edges) return false;
  if (a.nodes.size !== b.nodes.size) return false;
  return [...a.nodes.keys()].every((id) => {
    const before = a.nodes.get(id);
    const after = b.nodes.get(id);
    return before === after || (before !== undefined && after !== undefined && samePlacedNode(before, after));
  });
}

function samePlacedNode(a: ArgNode, b: ArgNode): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (PLACEMENT.has(key)) continue;
    if (a[key as keyof ArgNode] !== b[key as keyof ArgNode]) return false;
  }
  return true;
}

/**
 * Creates a {@link critique} that remembers its last answer and gives it again while the argument
 * is unchanged: dropping a dragged node, or collapsing one, changes the map but no strength, and
 * re-evaluating a big map then would stall the frame that shows the drop.
 */
export function createCritiqueCache(): (
  map: ArgMap,
  switchedOff: ReadonlySet<string>,
  settings: CritiqueSettings,
) => Critique {
  let last:
    | { map: ArgMap; switchedOff: ReadonlySet<string>; settings: CritiqueSettings; result: Critique }
    | undefined;
  return (map, switchedOff, settings) => {
    if (
      last &&
      last.switchedOff === switchedOff &&
      last.settings === settings &&
      sameArgument(last.map, map)
    ) {
      last = { ...last, map };
      return last.result;
    }
    last = { map, switchedOff, settings, result: critique(map, switchedOff, settings) };
    return last.result;
  };
}
