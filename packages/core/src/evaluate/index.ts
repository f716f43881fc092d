/**
 * `@argmap/core/evaluate`: which positions survive the evidence. Gradual strength (DF-QuAD, QuAD,
 * Euler-based, quadratic energy), Dung's grounded/complete/preferred/stable semantics and
 * semi-stable, stage and ideal, with support interpretations; credulous/sceptical acceptance and
 * one extension without enumeration (SAT-based); explanations and what-if. A separate entry point, so users who only
 * edit maps never load it.
 *
 * @packageDocumentation
 */

export type { AcceptanceExplanation, ExtensionReason } from './acceptance.ts';
export { explainAcceptance } from './acceptance.ts';
export type { AttributedStrength, Attribution } from './attribution.ts';
export { attributeStrength } from './attribution.ts';
export type { EvaluateOptions, Evaluation, Evaluator, Semantics } from './evaluate.ts';
export { createEvaluator, evaluate, evaluatorFor, SEMANTICS } from './evaluate.ts';
export type { Contribution, Defence, LabelExplanation, Reason, StrengthExplanation } from './explain.ts';
export { explainLabel, explainStrength } from './explain.ts';
export type {
  Acceptability,
  AcceptabilityOptions,
  ExtensionSemantics,
} from './extensions/acceptability.ts';
export {
  acceptability,
  EXTENSION_SEMANTICS,
  labellingAt,
  listExtensions,
  UNKNOWN,
} from './extensions/acceptability.ts';
export type {
  AttackKind,
  AttackListOptions,
  Framework,
  FrameworkOptions,
  SupportInterpretation,
} from './extensions/framework.ts';
export {
  ATTACK_KINDS,
  buildFramework,
  frameworkFromAttacks,
  SUPPORT_INTERPRETATIONS,
} from './extensions/framework.ts';
export { groundedLabelling } from './extensions/grounded.ts';
export type { Label } from './extensions/labels.ts';
export { IN, LABELS, OUT, UNDEC } from './extensions/labels.ts';
export type { Piece, SearchBudget, SearchSemantics } from './extensions/search.ts';
export type { Combine, GradualSemantics } from './gradual/kernel.ts';
export { GRADUAL_SEMANTICS } from './gradual/kernel.ts';
export type { Convergence, GradualOptions, GradualRun, Variation } from './gradual/solve.ts';
export { downstream, solveGradual, updateGradual } from './gradual/solve.ts';
export type { GraphArrays, KnownParts, PreparedGraph } from './graph.ts';
export { buildGraph } from './graph.ts';
export type { NodeEvaluation, NodeIds } from './nodeResults.ts';
export { NodeResults } from './nodeResults.ts';
export type { PrepareOptions } from './prepare.ts';
export { prepareGraph } from './prepare.ts';
export type { Explanation, LabelShift, WhatIf } from './questions.ts';
export { evidenceRanking, explain, whatIf } from './questions.ts';
export type { AcceptanceOptions, AcceptanceSemantics, Verdict } from './sat/acceptance.ts';
export { findExtension, isCredulouslyAccepted, isScepticallyAccepted } from './sat/acceptance.ts';
export type { Components } from './scc.ts';
export { stronglyConnectedComponents } from './scc.ts';
export type { Update } from './update.ts';
export { updateEvaluator } from './update.ts';
export type { Change, EvidenceImpact, StrengthShift, WhatIfResult } from './whatIf.ts';
export { rankEvidence, whatIfStrength } from './whatIf.ts';
export type { Why } from './whyNode.ts';
export { explainWhy } from './whyNode.ts';
