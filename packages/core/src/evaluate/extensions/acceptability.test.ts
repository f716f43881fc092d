import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptability, type ExtensionSemantics, listExtensions, UNKNOWN } from './acceptability.ts';
import { frameworkFromAttacks } from './framework.ts';
import { groundedLabelling } from './grounded.ts';
import { IN, OUT, UNDEC } from './labels.ts';
import { referenceExtensions } from './reference.ts';

type Attack = readonly [number, number];

function extensions(n: number, attacks: readonly Attack[], semantics: ExtensionSemantics): string[] {
  const af = frameworkFromAttacks(
    n,
    attacks.map(([a]) => a),
    attacks.map(([, b]) => b),
  );
  const result = acceptability(af, semantics);
  return listExtensions(result, 1e6, n)
    .map((e) => e.join(','))
    .sort();
}

const key = (sets: number[][]) => sets.map((s) => s.join(',')).sort();

describe('when the budget runs out', () => {
  it('labels every argument unknown under stable, since there may be no stable extension at all', () => {
    // An unattacked argument 0 beside an odd cycle 1 → 2 → 3 → 1 that grounded leaves undecided.
    const af = frameworkFromAttacks(4, [1, 2, 3], [2, 3, 1]);
    const spent = acceptability(af, 'stable', { timeBudgetMs: 0 });
    expect(spent.decided).toBe(false);
    expect([...spent.summary]).toEqual([UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN]);
    expect([...spent.credulous]).toEqual([0, 0, 0, 0]);
    // With time, the answer: no stable extension, nothing accepted.
    const full = acceptability(af, 'stable');
    expect(full.extensionCount).toBe(0);
    // Other semantics keep what grounded decided: 0 is in whatever happens to the cycle.
    expect(acceptability(af, 'preferred', { timeBudgetMs: 0 }).summary[0]).toBe(IN);
  });
});

describe("Dung's examples", () => {
  it('a ↔ b: grounded is empty, preferred and stable are {a} and {b}, complete adds {}', () => {
    const attacks: Attack[] = [
      [0, 1],
      [1, 0],
    ];
    expect(extensions(2, attacks, 'grounded')).toEqual(['']);
    expect(extensions(2, attacks, 'complete')).toEqual(['', '0', '1']);
    expect(extensions(2, attacks, 'preferred')).toEqual(['0', '1']);
    expect(extensions(2, attacks, 'stable')).toEqual(['0', '1']);
  });

  it('a → b → c: c is reinstated; every semantics agrees on {a, c}', () => {
    const attacks: Attack[] = [
      [0, 1],
      [1, 2],
    ];
    for (const semantics of ['grounded', 'complete', 'preferred', 'stable'] as const) {
      expect(extensions(3, attacks, semantics)).toEqual(['0,2']);
    }
  });

  it('an odd cycle a → b → c → a has no stable extension and an empty preferred one', () => {
    const attacks: Attack[] = [
      [0, 1],
      [1, 2],
      [2, 0],
    ];
    expect(extensions(3, attacks, 'preferred')).toEqual(['']);
    expect(extensions(3, attacks, 'stable')).toEqual([]);
    const af = frameworkFromAttacks(3, [0, 1, 2], [1, 2, 0]);
    const stable = acceptability(af, 'stable');
    expect(stable.extensionCount).toBe(0);
    expect([...stable.summary]).toEqual([UNDEC, UNDEC, UNDEC]);
  });

  it('summarises preferred extensions: sceptically in, sceptically out, or differing', () => {
    // a ↔ b, both attack c, c attacks d: d is in every preferred extension, c out in every one.
    const af = frameworkFromAttacks(4, [0, 1, 0, 1, 2], [1, 0, 2, 2, 3]);
    const result = acceptability(af, 'preferred');
    expect([...result.summary]).toEqual([UNDEC, UNDEC, OUT, IN]);
    expect([...result.credulous]).toEqual([1, 1, 0, 1]);
    expect(result.extensionCount).toBe(2);
  });
});

describe('grounded labelling', () => {
  // A generous timeout: on a loaded 2-core CI machine building the chain alone can take seconds.
  it('labels a 1,000,000-argument chain without overflowing the stack', { timeout: 60_000 }, () => {
    const n = 1_000_000;
    const from = new Int32Array(n - 1);
    const to = new Int32Array(n - 1);
    for (let i = 0; i < n - 1; i++) {
      from[i] = i;
      to[i] = i + 1;
    }
    const labels = groundedLabelling(frameworkFromAttacks(n, from, to));
    // Argument i is in exactly when i is even: each in argument defeats the next one.
    expect(labels[0]).toBe(IN);
    expect(labels[n - 2]).toBe(IN);
    expect(labels[n - 1]).toBe(OUT);
  });

  it('answers a long chain under preferred semantics too (nothing left to search)', {
    timeout: 60_000,
  }, () => {
    const n = 200_000;
    const from = Int32Array.from({ length: n - 1 }, (_, i) => i);
    const to = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
    const result = acceptability(frameworkFromAttacks(n, from, to), 'preferred');
    expect(result.extensionCount).toBe(1);
    expect(result.summary[n - 2]).toBe(IN);
    expect(result.summary[n - 1]).toBe(OUT);
  });
});

describe('time and size budgets', () => {
  // Twenty mutual attacks that all attack z: 3^20 complete labellings in one piece.
  const pairs = 20;
  const from: number[] = [];
  const to: number[] = [];
  for (let p = 0; p < pairs; p++) {
    from.push(2 * p, 2 * p + 1, 2 * p, 2 * p + 1);
    to.push(2 * p + 1, 2 * p, 2 * pairs, 2 * pairs);
  }
  const af = frameworkFromAttacks(2 * pairs + 1, from, to);

  it('report unknown instead of hanging when the time budget runs out', () => {
    const result = acceptability(af, 'complete', { timeBudgetMs: 0 });
    expect(result.decided).toBe(false);
    expect(result.extensionCount).toBeUndefined();
    expect(result.summary[2 * pairs]).toBe(UNKNOWN);
  });

  it('report unknown when a piece has more labellings than allowed', () => {
    const result = acceptability(af, 'complete', { maxLabellingsPerPiece: 10 });
    expect(result.decided).toBe(false);
  });
});

const randomFramework = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    attacks: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), {
      maxLength: n * 2,
      selector: ([a, b]) => `${a}>${b}`,
    }),
  }),
);

describe('against the brute-force reference on random frameworks', () => {
  it('finds exactly the grounded, complete, preferred and stable extensions', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(randomFramework, ({ n, attacks }) => {
        const reference = referenceExtensions(n, attacks);
        expect(extensions(n, attacks, 'grounded')).toEqual([reference.grounded.join(',')]);
        expect(extensions(n, attacks, 'complete')).toEqual(key(reference.complete));
        expect(extensions(n, attacks, 'preferred')).toEqual(key(reference.preferred));
        expect(extensions(n, attacks, 'stable')).toEqual(key(reference.stable));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the grounded extension inside every complete one, and every stable one preferred', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(randomFramework, ({ n, attacks }) => {
        const grounded = extensions(n, attacks, 'grounded')[0]!.split(',').filter(Boolean);
        for (const complete of extensions(n, attacks, 'complete')) {
          const set = new Set(complete.split(','));
          for (const a of grounded) expect(set.has(a)).toBe(true);
        }
        const preferred = new Set(extensions(n, attacks, 'preferred'));
        for (const stable of extensions(n, attacks, 'stable')) expect(preferred.has(stable)).toBe(true);
      }),
    );
  });
});
