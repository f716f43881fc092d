import type { ArgMap } from '@argmap/core';

/**
 * The strengths shown when the teacher reveals the verdict. Until `@argmap/core/evaluate` is
 * wired in, these are the nodes' base scores (the student's own judgement of each statement),
 * which is what the verdict overlay labels them as.
 */
export function verdictStrengths(map: ArgMap): Record<string, number> {
  const out: Record<string, number> = {};
  for (const node of Object.values(map.nodes)) out[node.id] = node.baseScore;
  return out;
}
