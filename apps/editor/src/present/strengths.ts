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
  // No prototype, like the critique's verdicts: a node called `__proto__` is a plain key.
  const out: Record<string, number> = Object.create(null);
  for (const node of map.nodes.toArray()) out[node.id] = verdicts[node.id]?.strength ?? node.baseScore;
  return out;
}
