import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameworkFromAttacks } from '../extensions/framework.ts';
import { referenceExtensions } from '../extensions/reference.ts';
import {
  type AcceptanceSemantics,
  findExtension,
  isCredulouslyAccepted,
  isScepticallyAccepted,
} from './acceptance.ts';

const SEMANTICS: readonly AcceptanceSemantics[] = [
  'grounded',
  'complete',
  'preferred',
  'stable',
  'semi-stable',
  'stage',
  'ideal',
];

/** Frameworks of up to 9 arguments, self-attacks included. */
const framework = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.tuple(
    fc.constant(n),
    fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
      maxLength: 3 * n,
      selector: ([a, b]) => a * n + b,
    }),
  ),
);

describe('acceptance without enumeration', () => {
  it('answers credulous, sceptical and one-extension questions as the brute-force reference does', {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(framework, ([n, attacks]) => {
        const af = frameworkFromAttacks(
          n,
          attacks.map(([a]) => a),
          attacks.map(([, b]) => b),
        );
        const reference = referenceExtensions(n, attacks);
        for (const semantics of SEMANTICS) {
          const listed = reference[semantics];
          const extensions: number[][] =
            semantics === 'grounded' || semantics === 'ideal' ? [listed as number[]] : (listed as number[][]);
          for (let a = 0; a < n; a++) {
            const where = `${semantics}, argument ${a}, attacks ${JSON.stringify(attacks)}`;
            expect(isCredulouslyAccepted(af, a, semantics), where).toBe(
              extensions.some((e) => e.includes(a)),
            );
            expect(isScepticallyAccepted(af, a, semantics), where).toBe(
              extensions.every((e) => e.includes(a)),
            );
          }
          const one = findExtension(af, semantics);
          if (extensions.length === 0) expect(one, semantics).toBeNull();
          else expect(extensions.map((e) => e.join(','))).toContain([...(one as Int32Array)].join(','));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('says unknown, not a guess, when the budget is already spent', () => {
    // Two attacking pairs: nothing is settled by the grounded labelling.
    const af = frameworkFromAttacks(4, [0, 1, 2, 3], [1, 0, 3, 2]);
    expect(isCredulouslyAccepted(af, 0, 'preferred', { timeBudgetMs: -1 })).toBe('unknown');
    expect(isScepticallyAccepted(af, 0, 'preferred', { timeBudgetMs: -1 })).toBe('unknown');
    expect(findExtension(af, 'stable', { timeBudgetMs: -1 })).toBe('unknown');
  });
});
