/**
 * Dung's semantics as clauses over labelling variables (Caminada's labellings; the encodings of
 * Besnard & Doutre 2004 and of the ICCMA SAT-based solvers such as μ-toksia): for each argument
 * `i` of a piece, a variable `in(i)` and a variable `out(i)`; `undec` is neither. A range variable
 * `range(i) ↔ in(i) ∨ out(i)` is added for semi-stable and stage semantics. Stable semantics,
 * which has no `undec`, needs only `in(i)`: there `out(i)` is the literal `¬in(i)`.
 *
 * Attackers outside the piece are ignored: for complete-based semantics the piece is a part the
 * grounded labelling left undecided, whose outside attackers are all `out`; for conflict-free-based
 * ones (stage) a piece is a whole weakly connected component, which no outside argument attacks.
 *
 * @module
 */
import type { Framework } from '../extensions/framework.ts';
import { lit, SatSolver } from './satSolver.ts';

/** Which definition the clauses follow. */
export type Encoding = 'complete' | 'stable' | 'admissible' | 'conflict-free';

/** A piece of a framework and its variables in a solver. */
export interface EncodedPiece {
  readonly solver: SatSolver;
  /** Framework arguments of the piece; local index `i` is `args[i]`. */
  readonly args: Int32Array;
  /** Literal "argument `i` is in", "… is out", "… is in the range" (the last only if asked for). */
  inLit(i: number): number;
  outLit(i: number): number;
  rangeLit(i: number): number;
}

/** Attackers of each local argument among the piece's arguments, as local indices. */
function localAttackers(af: Framework, args: Int32Array): number[][] {
  const local = new Map<number, number>();
  args.forEach((a, i) => {
    local.set(a, i);
  });
  return Array.from(args, (a) => {
    const list: number[] = [];
    for (let j = af.attackerStart[a]!; j < af.attackerStart[a + 1]!; j++) {
      const b = local.get(af.attackers[j]!);
      if (b !== undefined) list.push(b);
    }
    return list;
  });
}

/**
 * Stable extensions need one variable per argument (Besnard & Doutre 2004): `in(i)` exactly when
 * no attacker is in, i.e. no two members attack each other and each argument is in or attacked
 * by a member. `out(i)` is then the literal `¬in(i)`, and there is no `undec`. Half the variables
 * and a quarter of the binary clauses of the labelling encoding: proving that a random framework
 * of 200 arguments and 2,052 attacks has no stable extension took 18,600 conflicts and 2.4 s with
 * the labelling encoding, 14,600 conflicts and 1.2 s with this one (same solver).
 */
function encodeStable(attackers: readonly number[][]): EncodedPiece['solver'] {
  const k = attackers.length;
  const solver = new SatSolver();
  solver.newVars(k);
  // One conflict clause per pair of arguments, however many ways round they attack.
  const pairs = new Set<number>();
  for (let i = 0; i < k; i++) {
    const by = attackers[i]!;
    solver.addClause([lit(i), ...by.map((b) => lit(b))]);
    for (const b of by) {
      const pair = Math.min(i, b) * k + Math.max(i, b);
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      solver.addClause([lit(i, false), lit(b, false)]);
    }
  }
  return solver;
}

/** Encodes `args` of `af` under `encoding`; `withRange` adds the range variables. */
export function encodePiece(
  af: Framework,
  args: Int32Array,
  encoding: Encoding,
  withRange = false,
): EncodedPiece {
  const k = args.length;
  const attackers = localAttackers(af, args);
  if (encoding === 'stable') {
    // Every argument of a stable labelling is in or out, so the range is every argument: one
    // variable fixed true stands for it (no caller grows a stable range; the interface asks for it).
    const solver = encodeStable(attackers);
    const range = solver.newVar();
    solver.addClause([lit(range)]);
    return { solver, args, inLit: (i) => lit(i), outLit: (i) => lit(i, false), rangeLit: () => lit(range) };
  }
  const solver = new SatSolver();
  solver.newVars((withRange ? 3 : 2) * k);
  const IN = (i: number, yes = true) => lit(i, yes);
  const OUT = (i: number, yes = true) => lit(k + i, yes);
  for (let i = 0; i < k; i++) {
    const by = attackers[i]!;
    solver.addClause([IN(i, false), OUT(i, false)]);
    // out(i) → some attacker is in; and an in attacker makes i out.
    solver.addClause([OUT(i, false), ...by.map((b) => IN(b))]);
    for (const b of by) solver.addClause([IN(b, false), OUT(i)]);
    if (encoding === 'conflict-free') {
      for (const b of by) solver.addClause([IN(i, false), IN(b, false)]);
    } else {
      // in(i) → every attacker is out.
      for (const b of by) solver.addClause([IN(i, false), OUT(b)]);
      // complete: every attacker out → in(i).
      if (encoding !== 'admissible') solver.addClause([IN(i), ...by.map((b) => OUT(b, false))]);
    }
    if (withRange) {
      const r = lit(2 * k + i);
      solver.addClause([r ^ 1, IN(i), OUT(i)]);
      solver.addClause([IN(i, false), r]);
      solver.addClause([OUT(i, false), r]);
    }
  }
  return {
    solver,
    args,
    inLit: (i) => lit(i),
    outLit: (i) => lit(k + i),
    rangeLit: (i) => lit(2 * k + i),
  };
}

/** The labelling in the solver's last model, one label code (`UNDEC`/`IN`/`OUT`) per local argument. */
export function modelLabelling(piece: EncodedPiece): Uint8Array {
  const { model } = piece.solver;
  const holds = (l: number) => model[l >> 1] === (l & 1 ? 0 : 1);
  const k = piece.args.length;
  const labels = new Uint8Array(k);
  for (let i = 0; i < k; i++) labels[i] = holds(piece.inLit(i)) ? 1 : holds(piece.outLit(i)) ? 2 : 0;
  return labels;
}
