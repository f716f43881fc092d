import type { Combine } from './kernel.ts';

/**
 * Euler-based semantics (Amgoud & Ben-Naim, "Evaluation of arguments in weighted bipolar graphs",
 * International Journal of Approximate Reasoning 99, 2018).
 *
 * With `E = Σ supporters − Σ attackers` (the sum of their strengths) and base score `w`:
 * `σ = 1 − (1 − w²) / (1 + w · e^E)`.
 * `E = 0` gives back `w`; strength never falls below `w²` however strong the attack, and a node
 * with base score 0 stays at 0 whatever supports it.
 */
export const euler: Combine = (base, _attProd, attSum, _attCount, _supProd, supSum) =>
  1 - (1 - base * base) / (1 + base * Math.exp(supSum - attSum));
