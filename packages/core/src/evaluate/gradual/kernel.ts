/**
 * What a gradual semantics is, to the solver: a function from a node's base score and the
 * aggregated strengths of its attackers and supporters to its new strength. The solver gathers
 * the aggregates (product of complements, sum, count) in one pass over the node's incoming edges,
 * so each semantics is a few lines of arithmetic in its own file.
 *
 * @module
 */

/** The gradual semantics Argmap computes. */
export type GradualSemantics = 'dfquad' | 'quad' | 'euler' | 'quadratic-energy';

/** Every gradual semantics, default first. */
export const GRADUAL_SEMANTICS: readonly GradualSemantics[] = ['dfquad', 'quad', 'euler', 'quadratic-energy'];

/**
 * A node's strength from its base score and the aggregates of its attackers' and supporters'
 * (weighted) strengths: `attProd = Π(1 − vᵢ)`, `attSum = Σ vᵢ`, `attCount` = number of attackers;
 * likewise for supporters.
 */
export type Combine = (
  base: number,
  attProd: number,
  attSum: number,
  attCount: number,
  supProd: number,
  supSum: number,
  supCount: number,
) => number;
