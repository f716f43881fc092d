/**
 * The ideal extension (Dung, Mancarella & Toni 2007): the largest admissible set contained in
 * every preferred extension. An admissible set lies in every preferred extension exactly when no
 * attacker of its members is credulously accepted (Dunne 2009), so it is found without listing the
 * preferred extensions: mark the credulously accepted arguments with a few SAT calls on the
 * admissible encoding, keep the credulous arguments none of whose attackers is credulous, and
 * shrink that set to its largest admissible subset (drop whatever it no longer defends, repeat).
 *
 * @module
 */
import type { Framework } from '../extensions/framework.ts';
import { groundedLabelling } from '../extensions/grounded.ts';
import { IN, OUT, UNDEC } from '../extensions/labels.ts';
import { encodePiece } from './encoding.ts';
import { lit } from './satSolver.ts';

/**
 * Per argument, 1 if it is in some admissible set (credulously accepted under complete, preferred
 * and admissible semantics), given the grounded labelling; `undefined` if the deadline passed.
 */
export function credulousArguments(
  af: Framework,
  grounded: Uint8Array,
  deadline: number,
): Uint8Array | undefined {
  const credulous = new Uint8Array(af.size);
  const open: number[] = [];
  for (let a = 0; a < af.size; a++) {
    if (grounded[a] === IN) credulous[a] = 1;
    else if (grounded[a] === UNDEC) open.push(a);
  }
  if (open.length === 0) return credulous;
  const args = Int32Array.from(open);
  const piece = encodePiece(af, args, 'admissible');
  const { solver } = piece;
  let unknown = args.map((_, i) => i);
  while (unknown.length > 0) {
    const step = lit(solver.newVar());
    solver.addClause([step ^ 1, ...Array.from(unknown, (i) => piece.inLit(i))]);
    const answer = solver.solve([step], deadline);
    solver.addClause([step ^ 1]);
    if (answer === 'unknown') return undefined;
    if (answer === 'unsat') break;
    for (let i = 0; i < args.length; i++) if (solver.model[i]) credulous[args[i]!] = 1;
    unknown = unknown.filter((i) => !solver.model[i]);
  }
  return credulous;
}

/** The ideal labelling (`in` = the ideal extension, `out` = what it attacks), or `undefined` past the deadline. */
export function idealLabelling(
  af: Framework,
  deadline: number,
  grounded: Uint8Array = groundedLabelling(af),
): Uint8Array | undefined {
  const credulous = credulousArguments(af, grounded, deadline);
  if (!credulous) return undefined;
  const { attackerStart, attackers, targetStart, targets } = af;
  // Candidates: credulous, and no attacker credulous.
  const member = new Uint8Array(af.size);
  for (let a = 0; a < af.size; a++) {
    if (!credulous[a]) continue;
    let safe = true;
    for (let j = attackerStart[a]!; j < attackerStart[a + 1]! && safe; j++) {
      if (credulous[attackers[j]!]) safe = false;
    }
    if (safe) member[a] = 1;
  }
  // Largest admissible subset: drop members with an attacker the members do not attack.
  const attackedBy = new Int32Array(af.size);
  for (let a = 0; a < af.size; a++) {
    if (!member[a]) continue;
    for (let j = targetStart[a]!; j < targetStart[a + 1]!; j++) attackedBy[targets[j]!]!++;
  }
  const queue: number[] = [];
  const undefended = (a: number) => {
    for (let j = attackerStart[a]!; j < attackerStart[a + 1]!; j++) {
      if (attackedBy[attackers[j]!] === 0) return true;
    }
    return false;
  };
  for (let a = 0; a < af.size; a++) if (member[a] && undefended(a)) queue.push(a);
  while (queue.length > 0) {
    const a = queue.pop()!;
    if (!member[a]) continue;
    member[a] = 0;
    for (let j = targetStart[a]!; j < targetStart[a + 1]!; j++) {
      const b = targets[j]!;
      if (--attackedBy[b]! > 0) continue;
      // b is no longer attacked: every member b attacks loses its defence.
      for (let t = targetStart[b]!; t < targetStart[b + 1]!; t++)
        if (member[targets[t]!]) queue.push(targets[t]!);
    }
  }
  const labels = new Uint8Array(af.size);
  for (let a = 0; a < af.size; a++) {
    if (member[a]) labels[a] = IN;
    else if (attackedBy[a]! > 0) labels[a] = OUT;
  }
  return labels;
}
