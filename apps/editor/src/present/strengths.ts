import type { ArgMap } from '@argmap/core';

/**
 * The strengths shown when the teacher reveals the verdict: the live critique's strength of each
 * node (gradual semantics chosen in the editor, what-if switches applied), and for a node the
 * critique did not weigh (switched off), its base score.
 */
export function verdictStrengths(
  map: ArgMap,
  verdicts: Readonly<Record<string, { strength: number }>> = {},
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const node of map.nodes.toArray()) out[node.id] = verdicts[node.id]?.strength ?? node.baseScore;
  return out;
}
