import { type ArgMap, removeMany } from '@argmap/core';
import {
  createEvaluator,
  type Evaluator,
  type ExtensionSemantics,
  explainWhy,
  type GradualSemantics,
  type Why,
} from '@argmap/core/evaluate';
import type { NodeStatus, NodeVerdict } from '../canvas/flowTypes.ts';

/** Which semantics the critique uses: one for strength, one for acceptance. */
export interface CritiqueSettings {
  /** Gradual semantics for the strength shown on each node. */
  strength: GradualSemantics;
  /**
   * Extension semantics for accepted / rejected / undecided. Only objections attack (support
   * interpretation `none`): with deductive support an objection to the question would "reject"
   * every reason under it, which reads as nonsense to a student.
   */
  acceptance: ExtensionSemantics;
}

/** The defaults: DF-QuAD strengths and grounded acceptance, the most sceptical. */
export const DEFAULT_CRITIQUE: CritiqueSettings = { strength: 'dfquad', acceptance: 'grounded' };

/** The critique of one state of the map. */
export interface Critique {
  verdicts: Record<string, NodeVerdict>;
  /** The strength evaluator of the map as weighed (switched-off nodes removed), for "why?". */
  evaluator: Evaluator | undefined;
  /** The acceptance evaluator of the same map, for "why accepted / rejected?". */
  acceptance?: Evaluator | undefined;
}

const STATUS: Record<string, NodeStatus> = { in: 'accepted', out: 'rejected', undec: 'undecided' };

/**
 * The map as the critique weighs it: nodes switched off for a what-if are taken out, with their
 * links (and undercuts of those links), exactly as if the student had deleted them.
 */
export function weighedMap(map: ArgMap, switchedOff: ReadonlySet<string>): ArgMap {
  if (switchedOff.size === 0) return map;
  const present = [...switchedOff].filter((id) => map.nodes.has(id));
  if (present.length === 0) return map;
  const removed = removeMany(map, { nodes: present });
  return removed.ok ? removed.value.map : map;
}

/** Strength and acceptance of every node that is not switched off. */
export function critique(
  map: ArgMap,
  switchedOff: ReadonlySet<string>,
  settings: CritiqueSettings,
): Critique {
  const weighed = weighedMap(map, switchedOff);
  const strength = createEvaluator(weighed, { semantics: settings.strength });
  const acceptance = createEvaluator(weighed, { semantics: settings.acceptance });
  // No prototype: node ids such as `__proto__` or `toString` (an import can bring them) are plain keys.
  const verdicts: Record<string, NodeVerdict> = Object.create(null);
  if (!strength.ok) return { verdicts, evaluator: undefined, acceptance: undefined };
  const labels = acceptance.ok ? acceptance.value.evaluation.nodes : undefined;
  strength.value.evaluation.nodes.forEach((result, id) => {
    verdicts[id] = {
      strength: result.strength ?? 0,
      status: STATUS[labels?.get(id)?.label ?? 'undec'] ?? 'undecided',
    };
  });
  return { verdicts, evaluator: strength.value, acceptance: acceptance.ok ? acceptance.value : undefined };
}

/** The "why?" of one node: its strength split among its links, and the reason for its verdict. */
export interface WhyNode {
  strength: Extract<Why, { kind: 'strength' }> | undefined;
  acceptance: Extract<Why, { kind: 'acceptance' }> | undefined;
}

/** Explains a node under both of the critique's semantics; parts that cannot be explained are undefined. */
export function whyNode(result: Critique, nodeId: string): WhyNode {
  const strength = result.evaluator ? explainWhy(result.evaluator, nodeId) : undefined;
  const acceptance = result.acceptance ? explainWhy(result.acceptance, nodeId) : undefined;
  return {
    strength: strength?.ok && strength.value.kind === 'strength' ? strength.value : undefined,
    acceptance: acceptance?.ok && acceptance.value.kind === 'acceptance' ? acceptance.value : undefined,
  };
}
