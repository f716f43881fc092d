import type { Combine } from './kernel.ts';

/**
 * DF-QuAD, Argmap's default gradual semantics (Rago, Toni, Aurisicchio & Baroni, "Discontinuity-Free
 * Decision Support with Quantitative Argumentation Debates", KR 2016).
 *
 * Attackers and supporters are each aggregated by the probabilistic sum
 * `F(v₁…vₙ) = 1 − Π(1 − vᵢ)` (0 when there are none): `vₐ = F(attackers)`, `vₛ = F(supporters)`.
 * Then the combination function C moves the base score `v₀` towards 0 or 1 by the difference:
 *
 * - `vₐ = vₛ`: `v₀`
 * - `vₐ > vₛ`: `v₀ − v₀ · (vₐ − vₛ)`
 * - `vₐ < vₛ`: `v₀ + (1 − v₀) · (vₛ − vₐ)`
 *
 * Adding a supporter never lowers a node and adding an attacker never raises it.
 */
export const dfquad: Combine = (base, attProd, _attSum, _attCount, supProd) => {
  const va = 1 - attProd;
  const vs = 1 - supProd;
  if (va > vs) return base - base * (va - vs);
  if (va < vs) return base + (1 - base) * (vs - va);
  return base;
};
