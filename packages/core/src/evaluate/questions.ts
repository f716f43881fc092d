/**
 * Questions about an evaluated map, by node id: why does this node have its strength or label,
 * what if this evidence were gone or less credible, which evidence matters most to a position.
 * These are what the editor's "why?" view and what-if toggles call.
 *
 * @module
 */
import { type Diagnostic, fail, ok, type Result } from '../result.ts';
import { type Evaluator, evaluatorFor, explanationLabelling } from './evaluate.ts';
import { explainLabel, explainStrength, type LabelExplanation, type StrengthExplanation } from './explain.ts';
import type { GradualSemantics } from './gradual/kernel.ts';
import { isolate } from './graph.ts';
import type { NodeEvaluation } from './nodeResults.ts';
import {
  type Change,
  type EvidenceImpact,
  rankEvidence,
  type WhatIfResult,
  whatIfStrength,
} from './whatIf.ts';

/** Why a node has its strength (gradual semantics) or its label (extension semantics). */
export type Explanation =
  | ({ kind: 'strength' } & StrengthExplanation)
  | ({
      kind: 'label' /** Which extension the label is explained in: 0 is the first (grounded has only one). */;
      extension: number;
    } & LabelExplanation);

/** A node whose label a change would flip (extension semantics). */
export interface LabelShift {
  node: string;
  before: NodeEvaluation['label'];
  /** Absent for the removed node. */
  after?: NodeEvaluation['label'];
}

/** The outcome of {@link whatIf}: strength shifts for gradual semantics, label shifts for extension ones. */
export type WhatIf = WhatIfResult | { change: Change; labelShifts: LabelShift[] };

function unknownNode(id: string, path: string): Diagnostic {
  return {
    severity: 'error',
    code: 'evaluate/unknown-node',
    message: `There is no node "${id}" in the map.`,
    path: [path],
  };
}

/** Explains one node's result. Label explanations refer to the grounded labelling or the first extension. */
export function explain(evaluator: Evaluator, nodeId: string): Result<Explanation> {
  const v = evaluator.graph.index.get(nodeId);
  if (v === undefined) return fail([unknownNode(nodeId, 'node')]);
  if (evaluator.strengths) {
    const semantics = evaluator.options.semantics as GradualSemantics;
    return ok({ kind: 'strength', ...explainStrength(evaluator.graph, semantics, evaluator.strengths, v) });
  }
  const labels = explanationLabelling(evaluator);
  if (!labels || !evaluator.framework) {
    return fail([
      {
        severity: 'error',
        code: 'evaluate/no-extension',
        message: 'There is no extension to explain a label in (none exists, or the time budget ran out).',
      },
    ]);
  }
  return ok({
    kind: 'label',
    extension: 0,
    ...explainLabel(evaluator.framework, evaluator.graph, labels, v),
  });
}

/**
 * What a change would do: every node's strength shift (gradual semantics, recomputing only what
 * is downstream), or every label that flips (extension semantics; a base score never changes a
 * label, so only removals can).
 */
export function whatIf(evaluator: Evaluator, change: Change): Result<WhatIf> {
  const id = 'remove' in change ? change.remove : change.node;
  if (!evaluator.graph.index.has(id)) return fail([unknownNode(id, 'remove' in change ? 'remove' : 'node')]);
  if (evaluator.strengths) {
    const semantics = evaluator.options.semantics as GradualSemantics;
    const result = whatIfStrength(evaluator.graph, semantics, evaluator.strengths, change, evaluator.options);
    return result ? ok(result) : fail([unknownNode(id, 'node')]);
  }
  if (!('remove' in change)) return ok({ change, labelShifts: [] });
  const v = evaluator.graph.index.get(id)!;
  // The removed node stays in the graph with no edges, so every other node keeps its index.
  const after = evaluatorFor(evaluator.map, isolate(evaluator.graph, v), evaluator.options);
  if (!after.ok) return after;
  const labels = after.value.evaluation.nodes;
  const labelShifts: LabelShift[] = [];
  evaluator.evaluation.nodes.forEach((before, node) => {
    if (node === id) {
      labelShifts.push({ node, before: before.label });
      return;
    }
    const label = labels.get(node)?.label;
    if (label !== before.label) labelShifts.push({ node, before: before.label, after: label });
  });
  return ok({ change, labelShifts });
}

/**
 * Ranks the map's evidence nodes by how much removing each would move `positionId`'s strength
 * (gradual semantics only), largest move first.
 */
export function evidenceRanking(evaluator: Evaluator, positionId: string): Result<EvidenceImpact[]> {
  const v = evaluator.graph.index.get(positionId);
  if (v === undefined) return fail([unknownNode(positionId, 'position')]);
  if (!evaluator.strengths) {
    return fail([
      {
        severity: 'error',
        code: 'evaluate/needs-gradual',
        message: 'Ranking evidence needs a gradual semantics (dfquad, quad, euler or quadratic-energy).',
        path: ['semantics'],
      },
    ]);
  }
  const semantics = evaluator.options.semantics as GradualSemantics;
  return ok(rankEvidence(evaluator.graph, semantics, evaluator.strengths, v, evaluator.options));
}
