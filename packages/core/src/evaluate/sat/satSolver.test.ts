import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lit, SatSolver } from './satSolver.ts';

/** Whether some assignment of `vars` variables satisfies every clause, by trying them all. */
function bruteForce(vars: number, clauses: number[][]): boolean {
  for (let bits = 0; bits < 1 << vars; bits++) {
    if (clauses.every((c) => c.some((l) => ((bits >> (l >> 1)) & 1) === (l & 1 ? 0 : 1)))) return true;
  }
  return false;
}

const satisfies = (model: Uint8Array, clauses: number[][]) =>
  clauses.every((c) => c.some((l) => model[l >> 1] === (l & 1 ? 0 : 1)));

const cnf = fc.integer({ min: 1, max: 10 }).chain((vars) =>
  fc.tuple(
    fc.constant(vars),
    fc.array(fc.array(fc.integer({ min: 0, max: 2 * vars - 1 }), { minLength: 1, maxLength: 4 }), {
      maxLength: 60,
    }),
  ),
);

describe('the CDCL SAT solver', () => {
  it('agrees with trying every assignment, and its models satisfy every clause', () => {
    fc.assert(
      fc.property(cnf, ([vars, clauses]) => {
        const solver = new SatSolver();
        solver.newVars(vars);
        for (const clause of clauses) solver.addClause(clause);
        const answer = solver.solve();
        expect(answer).toBe(bruteForce(vars, clauses) ? 'sat' : 'unsat');
        if (answer === 'sat') expect(satisfies(solver.model, clauses)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('answers under assumptions without forgetting them afterwards', () => {
    fc.assert(
      fc.property(cnf, fc.array(fc.nat()), ([vars, clauses], picks) => {
        const solver = new SatSolver();
        solver.newVars(vars);
        for (const clause of clauses) solver.addClause(clause);
        const assumptions = [...new Set(picks.map((p) => p % (2 * vars)))].filter(
          (l, _, all) => !all.includes(l ^ 1),
        );
        const expected = bruteForce(vars, [...clauses, ...assumptions.map((l) => [l])]);
        expect(solver.solve(assumptions)).toBe(expected ? 'sat' : 'unsat');
        expect(solver.solve()).toBe(bruteForce(vars, clauses) ? 'sat' : 'unsat');
      }),
      { numRuns: 300 },
    );
  });

  it('stays right while it reduces its clauses between calls and drops retired ones', () => {
    const clause = (vars: number) =>
      fc.array(fc.integer({ min: 0, max: 2 * vars - 1 }), { minLength: 1, maxLength: 4 });
    const steps = (vars: number) =>
      fc.array(fc.tuple(fc.array(clause(vars), { maxLength: 8 }), fc.array(fc.nat())), { maxLength: 6 });
    fc.assert(
      fc.property(
        cnf.chain(([vars, clauses]) => fc.tuple(fc.constant(vars), fc.constant(clauses), steps(vars))),
        ([vars, clauses, calls]) => {
          // A reduction at every call that follows a conflict: the clause database is rebuilt
          // (watches, binary clauses, clauses satisfied for good dropped) again and again.
          const solver = new SatSolver({ reduceFirst: 1, reduceStep: 0 });
          solver.newVars(vars);
          for (const c of clauses) solver.addClause(c);
          for (const [extra, picks] of calls) {
            // Clauses that hold for this call only, behind an activation literal, as `grow` does.
            const step = lit(solver.newVar());
            for (const c of extra) solver.addClause([step ^ 1, ...c]);
            const assumptions = [...new Set(picks.map((p) => p % (2 * vars)))].filter(
              (l, _, all) => !all.includes(l ^ 1),
            );
            const all = [...clauses, ...extra, ...assumptions.map((l) => [l])];
            const answer = solver.solve([step, ...assumptions]);
            expect(answer).toBe(bruteForce(vars, all) ? 'sat' : 'unsat');
            if (answer === 'sat') expect(satisfies(solver.model, all)).toBe(true);
            solver.addClause([step ^ 1]);
            expect(solver.solve()).toBe(bruteForce(vars, clauses) ? 'sat' : 'unsat');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('proves that 8 pigeons do not fit in 7 holes, learning clauses on the way', () => {
    const pigeons = 8;
    const holes = 7;
    const solver = new SatSolver();
    solver.newVars(pigeons * holes);
    const at = (p: number, h: number) => p * holes + h;
    for (let p = 0; p < pigeons; p++)
      solver.addClause(Array.from({ length: holes }, (_, h) => lit(at(p, h))));
    for (let h = 0; h < holes; h++) {
      for (let p = 0; p < pigeons; p++) {
        for (let q = p + 1; q < pigeons; q++) solver.addClause([lit(at(p, h), false), lit(at(q, h), false)]);
      }
    }
    expect(solver.solve()).toBe('unsat');
    expect(solver.conflicts).toBeGreaterThan(100);
  });

  it('reduces its clauses in the middle of a search (reasons kept and moved) without changing an answer', () => {
    // Random 3-SAT near the threshold: hundreds of conflicts, so reductions every few conflicts
    // happen deep in the search, where clauses are the reasons of current assignments.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        let state = seed;
        const next = (n: number) => {
          state = (Math.imul(state, 1103515245) + 12345) >>> 0;
          return (state >>> 8) % n;
        };
        const vars = 45;
        const clauses = Array.from({ length: 192 }, () => [0, 1, 2].map(() => 2 * next(vars) + next(2)));
        const reducing = new SatSolver({ reduceFirst: 3, reduceStep: 1 });
        const plain = new SatSolver({ reduceFirst: 1e9 });
        for (const solver of [reducing, plain]) {
          solver.newVars(vars);
          for (const c of clauses) solver.addClause(c);
        }
        const answer = reducing.solve();
        expect(answer).toBe(plain.solve());
        if (answer === 'sat') expect(satisfies(reducing.model, clauses)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('says unknown when the deadline has passed instead of guessing', () => {
    const solver = new SatSolver();
    const pigeons = 11;
    const holes = 10;
    solver.newVars(pigeons * holes);
    const at = (p: number, h: number) => p * holes + h;
    for (let p = 0; p < pigeons; p++)
      solver.addClause(Array.from({ length: holes }, (_, h) => lit(at(p, h))));
    for (let h = 0; h < holes; h++) {
      for (let p = 0; p < pigeons; p++) {
        for (let q = p + 1; q < pigeons; q++) solver.addClause([lit(at(p, h), false), lit(at(q, h), false)]);
      }
    }
    expect(solver.solve([], performance.now() - 1)).toBe('unknown');
  });
});
