import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptability, EXTENSION_SEMANTICS, listExtensions } from '../extensions/acceptability.ts';
import { frameworkFromAttacks } from '../extensions/framework.ts';
import { groundedLabelling } from '../extensions/grounded.ts';
import { referenceExtensions } from '../extensions/reference.ts';
import { searchPieces } from '../extensions/search.ts';
import { solvePieces } from './solvePieces.ts';

type Attack = readonly [number, number];

/** Frameworks of up to 9 arguments, self-attacks included, from sparse to dense. */
const framework = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
      maxLength: Math.min(n * n, 3 * n),
      selector: ([a, b]) => a * n + b,
    }),
  ),
);

const build = (n: number, attacks: readonly Attack[]) =>
  frameworkFromAttacks(
    n,
    attacks.map(([a]) => a),
    attacks.map(([, b]) => b),
  );

const sorted = (sets: number[][]) => sets.map((s) => s.join(',')).sort();

describe('the SAT path', () => {
  it('finds exactly the extensions the brute-force reference finds, for every semantics', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(framework, ([n, attacks]) => {
        const af = build(n, attacks);
        const reference = referenceExtensions(n, attacks);
        for (const semantics of EXTENSION_SEMANTICS) {
          const result = acceptability(af, semantics, { timeBudgetMs: 60_000 });
          expect(result.decided, semantics).toBe(true);
          const expected = reference[semantics];
          const want =
            typeof expected[0] === 'number' ||
            (expected.length === 0 && (semantics === 'grounded' || semantics === 'ideal'))
              ? [expected as number[]]
              : (expected as number[][]);
          expect(
            sorted(listExtensions(result, 1e6, n)),
            `${semantics} of ${JSON.stringify(attacks)}`,
          ).toEqual(sorted(want));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds, piece by piece, the labellings the backtracking search finds', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(framework, ([n, attacks]) => {
        const af = build(n, attacks);
        const grounded = groundedLabelling(af);
        for (const semantics of ['complete', 'preferred', 'stable'] as const) {
          const budget = { deadline: performance.now() + 60_000, maxLabellingsPerPiece: 1e6 };
          const search = searchPieces(af, grounded, semantics, budget);
          const sat = solvePieces(af, grounded, semantics, { deadline: budget.deadline, maxLabellings: 1e6 });
          const key = (pieces: typeof sat) =>
            pieces.map((p) => ({
              args: [...p.args].sort(),
              labellings: (p.labellings ?? [])
                .map((l) =>
                  [...p.args]
                    .map((a, i) => `${a}:${l[i]}`)
                    .sort()
                    .join(' '),
                )
                .sort(),
            }));
          const s = key(search).sort((a, b) => a.args[0]! - b.args[0]!);
          const t = key(sat).sort((a, b) => a.args[0]! - b.args[0]!);
          // Stable stops after the first piece without a labelling; compare up to there.
          if (semantics === 'stable' && s.some((p) => p.labellings.length === 0)) {
            expect(t.some((p) => p.labellings.length === 0)).toBe(true);
          } else expect(t, semantics).toEqual(s);
        }
      }),
      { numRuns: 200 },
    );
  });
});
