import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameworkFromAttacks } from '../extensions/framework.ts';
import { IN, OUT, UNDEC } from '../extensions/labels.ts';
import { referenceExtensions } from '../extensions/reference.ts';
import { type Encoding, encodePiece, modelLabelling } from './encoding.ts';

/** Frameworks of up to 8 arguments, self-attacks included, from sparse to dense. */
const framework = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
      maxLength: Math.min(n * n, 4 * n),
      selector: ([a, b]) => a * n + b,
    }),
  ),
);

/** Every labelling the encoding of the whole framework allows, by blocking each model found. */
function allLabellings(n: number, attacks: readonly (readonly [number, number])[], encoding: Encoding) {
  const af = frameworkFromAttacks(
    n,
    attacks.map(([a]) => a),
    attacks.map(([, b]) => b),
  );
  const piece = encodePiece(
    af,
    Int32Array.from({ length: n }, (_, i) => i),
    encoding,
  );
  const found: Uint8Array[] = [];
  while (piece.solver.solve() === 'sat') {
    const labels = modelLabelling(piece);
    found.push(labels);
    // Block this labelling exactly: some argument's in or out literal differs.
    const differ: number[] = [];
    labels.forEach((label, i) => {
      differ.push(piece.inLit(i) ^ (label === IN ? 1 : 0));
      if (encoding !== 'stable') differ.push(piece.outLit(i) ^ (label === OUT ? 1 : 0));
    });
    if (!piece.solver.addClause(differ)) break;
  }
  return found;
}

/** The labelling of extension `set`: members in, what they attack out, the rest undec. */
function labellingOf(n: number, attacks: readonly (readonly [number, number])[], set: readonly number[]) {
  const labels = new Uint8Array(n).fill(UNDEC);
  for (const a of set) labels[a] = IN;
  for (const [a, b] of attacks) if (set.includes(a)) labels[b] = OUT;
  return labels;
}

const key = (labellings: Uint8Array[]) => labellings.map((l) => l.join('')).sort();

describe('the encodings', () => {
  it('allow exactly the labellings of the stable and complete extensions', () => {
    fc.assert(
      fc.property(framework, ([n, attacks]) => {
        const reference = referenceExtensions(n, attacks);
        for (const semantics of ['stable', 'complete'] as const) {
          const expected = reference[semantics].map((set) => labellingOf(n, attacks, set));
          expect(
            key(allLabellings(n, attacks, semantics)),
            `${semantics} of ${JSON.stringify(attacks)}`,
          ).toEqual(key(expected));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('give a stable labelling no undecided argument, with one variable per argument', () => {
    // A 3-cycle has no stable extension; a 2-cycle has two.
    expect(
      allLabellings(
        3,
        [
          [0, 1],
          [1, 2],
          [2, 0],
        ],
        'stable',
      ),
    ).toEqual([]);
    const two = allLabellings(
      2,
      [
        [0, 1],
        [1, 0],
      ],
      'stable',
    );
    expect(key(two)).toEqual(['12', '21']);
    const af = frameworkFromAttacks(2, [0, 1], [1, 0]);
    expect(encodePiece(af, Int32Array.from([0, 1]), 'stable').solver.variables).toBeLessThanOrEqual(3);
  });
});
