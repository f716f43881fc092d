import type { ArgMap } from '@argmap/core';
import type { NodeStatus } from '../canvas/flowTypes.ts';

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

/**
 * The accepted / rejected / undecided label of each node the critique weighed, under the acceptance
 * semantics chosen in the editor; a node switched off for a what-if has none.
 */
export function verdictStatuses(
  map: ArgMap,
  verdicts: Readonly<Record<string, { status: NodeStatus }>> = {},
): Record<string, NodeStatus> {
  const out: Record<string, NodeStatus> = Object.create(null);
  for (const id of map.nodes.keys()) {
    const status = verdicts[id]?.status;
    if (status) out[id] = status;
  }
  return out;
}
