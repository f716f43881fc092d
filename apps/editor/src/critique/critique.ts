import { type ArgMap, removeMany } from '@argmap/core';
import {
  createEvaluator,
  type Evaluator,
  type ExtensionSemantics,
  explain,
  type GradualSemantics,
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
  if (!strength.ok) return { verdicts, evaluator: undefined };
  const labels = acceptance.ok ? acceptance.value.evaluation.nodes : undefined;
  strength.value.evaluation.nodes.forEach((result, id) => {
    verdicts[id] = {
      strength: result.strength ?? 0,
      status: STATUS[labels?.get(id)?.label ?? 'undec'] ?? 'undecided',
    };
  });
  return { verdicts, evaluator: strength.value };
}

/** One line of the "why?" view: a link into the node and how much it moves the node's strength. */
export interface WhyLine {
  edgeId: string;
  fromId: string;
  kind: 'supports' | 'opposes' | 'undercuts';
  /** Change in strength this link causes, in [-1, 1]. */
  effect: number;
}

/** What raises and what lowers a node, largest effect first; undefined if it cannot be explained. */
export function whyLines(evaluator: Evaluator | undefined, nodeId: string) {
  if (!evaluator) return undefined;
  const result = explain(evaluator, nodeId);
  if (!result.ok || result.value.kind !== 'strength') return undefined;
  const lines: WhyLine[] = result.value.contributions.map((c) => ({
    edgeId: c.edge,
    fromId: c.from,
    kind: c.kind,
    effect: c.effect,
  }));
  return {
    base: result.value.base,
    strength: result.value.strength,
    raises: lines.filter((line) => line.effect > 1e-9),
    lowers: lines.filter((line) => line.effect < -1e-9),
    neutral: lines.filter((line) => Math.abs(line.effect) <= 1e-9),
  };
}
