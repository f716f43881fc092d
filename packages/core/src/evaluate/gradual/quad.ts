import type { Combine } from './kernel.ts';

/**
 * QuAD (Baroni, Romano, Toni, Aurisicchio & Bertanza, "Automatic evaluation of design alternatives
 * with quantitative argumentation", Argument & Computation 6(1), 2015).
 *
 * Attackers pull the base score `v₀` down multiplicatively and supporters push it up:
 * `vₐ = v₀ · Π(1 − aᵢ)`, `vₛ = 1 − (1 − v₀) · Π(1 − sᵢ)`. The strength is `vₐ` if the node has only
 * attackers, `vₛ` if only supporters, their mean `(vₐ + vₛ) / 2` if both, and `v₀` if neither.
 * The mean is the discontinuity DF-QuAD removes: under QuAD an attacker of strength 0, added to a
 * node that has supporters, drags it down to the mean.
 */
export const quad: Combine = (base, attProd, _attSum, attCount, supProd, _supSum, supCount) => {
  const va = base * attProd;
  const vs = 1 - (1 - base) * supProd;
  if (attCount > 0 && supCount > 0) return (va + vs) / 2;
  if (attCount > 0) return va;
  if (supCount > 0) return vs;
  return base;
};
