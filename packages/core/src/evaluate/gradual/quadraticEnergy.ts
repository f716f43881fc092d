import type { Combine } from './kernel.ts';

/** Potyka's impact function `h(x) = max(x, 0)² / (1 + max(x, 0)²)`, in [0, 1). */
function impact(x: number): number {
  if (x <= 0) return 0;
  const square = x * x;
  return square / (1 + square);
}

/**
 * The quadratic energy model (Potyka, "Continuous Dynamical Systems for Weighted Bipolar
 * Argumentation", KR 2018).
 *
 * With `E = Σ supporters − Σ attackers` and base score `w`:
 * `σ = w − w · h(−E) + (1 − w) · h(E)`, where `h(x) = max(x, 0)² / (1 + max(x, 0)²)`.
 * The net energy moves the node towards 1 (if positive) or 0 (if negative), by a share of the
 * distance that grows quadratically at first and saturates; base scores 0 and 1 can still move.
 * On cyclic maps Potyka defines strength as the limit of `dσ/dt = σ' − σ`, which is what the
 * solver's damped iteration approximates.
 */
export const quadraticEnergy: Combine = (base, _attProd, attSum, _attCount, _supProd, supSum) => {
  const energy = supSum - attSum;
  return base - base * impact(-energy) + (1 - base) * impact(energy);
};
