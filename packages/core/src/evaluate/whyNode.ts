/**
 * "Why does this node have its result?", by node id, with the sentences a student reads: for a
 * gradual semantics, the change from base score to strength split among the links into the node
 * (Shapley values, adding up); for an extension semantics, the reason for accepted, rejected or
 * undecided in that semantics' own terms. What the editor's Why dialog and
 * `argmap evaluate --explain` show.
 *
 * @module
 */
import { fail, ok, type Result } from '../result.ts';
import { type AcceptanceExplanation, explainAcceptance } from './acceptance.ts';
import { type AttributedStrength, attributeStrength } from './attribution.ts';
import type { Evaluator } from './evaluate.ts';
import { acceptanceSentences, strengthSentences } from './explanationText.ts';
import type { GradualSemantics } from './gradual/kernel.ts';

/** The answer of {@link explainWhy}: the explanation, and `lines`, one plain sentence each. */
export type Why =
  | ({ kind: 'strength'; lines: string[] } & AttributedStrength)
  | ({ kind: 'acceptance'; lines: string[] } & AcceptanceExplanation);

/**
 * Explains one node's result under the evaluator's semantics. Fails with `evaluate/unknown-node`
 * for an id not in the map.
 *
 * @example
 * const evaluator = createEvaluator(map, { semantics: 'dfquad' });
 * if (evaluator.ok) {
 *   const why = explainWhy(evaluator.value, 'p-work');
 *   if (why.ok) console.log(why.value.lines.join('\n'));
 * }
 */
export function explainWhy(evaluator: Evaluator, nodeId: string): Result<Why> {
  const v = evaluator.graph.index.get(nodeId);
  if (v === undefined) {
    return fail([
      {
        severity: 'error',
        code: 'evaluate/unknown-node',
        message: `There is no node "${nodeId}" in the map.`,
        path: ['node'],
      },
    ]);
  }
  if (evaluator.strengths) {
    const semantics = evaluator.options.semantics as GradualSemantics;
    const attributed = attributeStrength(evaluator.graph, semantics, evaluator.strengths, v);
    return ok({ kind: 'strength', ...attributed, lines: strengthSentences(evaluator.map, attributed) });
  }
  const acceptance = explainAcceptance(evaluator, nodeId);
  if (!acceptance.ok) return acceptance;
  return ok({
    kind: 'acceptance',
    ...acceptance.value,
    lines: acceptanceSentences(evaluator.map, acceptance.value),
  });
}
