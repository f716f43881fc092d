import { describe, expect, it } from 'vitest';
import { prepareGraph } from '../prepare.ts';
import { miniMap } from '../testMaps.ts';
import type { GradualSemantics } from './kernel.ts';
import { solveGradual } from './solve.ts';

function strengths(map: ReturnType<typeof miniMap>, semantics: GradualSemantics): Record<string, number> {
  const graph = prepareGraph(map);
  const run = solveGradual(graph, semantics);
  return Object.fromEntries(graph.ids.map((id, i) => [id, run.strengths[i]!]));
}

// One claim with two attackers (0.8, 0.4) and one supporter (0.6); every expected number below
// was computed by hand from the formula in the semantics' doc comment.
const mixed = miniMap({ a: 0.5, b: 0.8, c: 0.4, d: 0.6 }, [
  ['b', 'opposes', 'a'],
  ['c', 'opposes', 'a'],
  ['d', 'supports', 'a'],
]);

describe('DF-QuAD (Rago et al. 2016)', () => {
  it('combines probabilistic sums: va = 1 − 0.2·0.6 = 0.88, vs = 0.6, σ = 0.5 − 0.5·0.28 = 0.36', () => {
    expect(strengths(mixed, 'dfquad').a).toBeCloseTo(0.36, 12);
  });

  it('raises a node whose supporters outweigh its attackers: 0.5 + 0.5·(0.9 − 0.4) = 0.75', () => {
    const map = miniMap({ a: 0.5, b: 0.4, s: 0.9 }, [
      ['b', 'opposes', 'a'],
      ['s', 'supports', 'a'],
    ]);
    expect(strengths(map, 'dfquad').a).toBeCloseTo(0.75, 12);
  });

  it('reinstates a node whose only attacker is defeated (chain c → b → a, all base 1)', () => {
    const map = miniMap({ a: 1, b: 1, c: 1 }, [
      ['c', 'opposes', 'b'],
      ['b', 'opposes', 'a'],
    ]);
    expect(strengths(map, 'dfquad')).toEqual({ a: 1, b: 0, c: 1 });
  });
});

describe('QuAD (Baroni et al. 2015)', () => {
  it('averages the attacked and supported values: (0.5·0.2·0.6 + 1 − 0.5·0.4) / 2 = 0.43', () => {
    expect(strengths(mixed, 'quad').a).toBeCloseTo(0.43, 12);
  });

  it('lets an attacker of strength 0 drag a supported node down to the mean (the flaw DF-QuAD fixes)', () => {
    const supported = miniMap({ a: 0.5, s: 1 }, [['s', 'supports', 'a']]);
    const withZeroAttacker = miniMap({ a: 0.5, s: 1, z: 0 }, [
      ['s', 'supports', 'a'],
      ['z', 'opposes', 'a'],
    ]);
    expect(strengths(supported, 'quad').a).toBe(1);
    expect(strengths(withZeroAttacker, 'quad').a).toBeCloseTo(0.75, 12);
    expect(strengths(withZeroAttacker, 'dfquad').a).toBe(1);
  });
});

describe('Euler-based (Amgoud & Ben-Naim 2018)', () => {
  it('gives 1 − (1 − w²)/(1 + w·e^E) with E = 0.6 − 0.8 − 0.4', () => {
    // E = −0.6: 1 − 0.75 / (1 + 0.5·e^−0.6) = 0.4267…
    expect(strengths(mixed, 'euler').a).toBeCloseTo(1 - 0.75 / (1 + 0.5 * Math.exp(-0.6)), 12);
  });

  it('propagates along a chain: b = 0.76566…, a = 0.39149…', () => {
    const map = miniMap({ a: 0.5, b: 0.8, c: 0.4 }, [
      ['c', 'opposes', 'b'],
      ['b', 'opposes', 'a'],
    ]);
    const result = strengths(map, 'euler');
    expect(result.b).toBeCloseTo(0.7656640616083803, 12);
    expect(result.a).toBeCloseTo(0.391486907471314, 12);
  });

  it('never lowers a node below w² and keeps a base-0 node at 0', () => {
    const map = miniMap({ a: 0.5, b: 1, c: 1, d: 1, z: 0, s: 1 }, [
      ['b', 'opposes', 'a'],
      ['c', 'opposes', 'a'],
      ['d', 'opposes', 'a'],
      ['s', 'supports', 'z'],
    ]);
    const result = strengths(map, 'euler');
    expect(result.a).toBeGreaterThan(0.25);
    expect(result.z).toBe(0);
  });
});

describe('quadratic energy (Potyka 2018)', () => {
  it('moves a node halfway to 1 when E = 1: h(1) = 1/2, σ = 0.5 + 0.5·0.5 = 0.75', () => {
    const map = miniMap({ a: 0.5, s: 0.6, t: 0.9, b: 0.5 }, [
      ['s', 'supports', 'a'],
      ['t', 'supports', 'a'],
      ['b', 'opposes', 'a'],
    ]);
    expect(strengths(map, 'quadratic-energy').a).toBeCloseTo(0.75, 12);
  });

  it('moves a node halfway to 0 when E = −1: σ = 0.5 − 0.5·0.5 = 0.25', () => {
    const map = miniMap({ a: 0.5, b: 1 }, [['b', 'opposes', 'a']]);
    expect(strengths(map, 'quadratic-energy').a).toBeCloseTo(0.25, 12);
  });
});

describe('undercuts', () => {
  it('scale the edge they target by (1 − undercutter strength)', () => {
    // The supporter's 1 is halved by the undercut: vs = 0.5, σ = 0.5 + 0.5·0.5 = 0.75.
    const map = miniMap({ a: 0.5, s: 1, u: 0.5 }, [
      ['s', 'supports', 'a', 'e1'],
      ['u', 'undercuts', 'e1'],
    ]);
    expect(strengths(map, 'dfquad').a).toBeCloseTo(0.75, 12);
    expect(strengths(map, 'dfquad').s).toBe(1);
  });

  it('silence an edge completely when the undercutter has strength 1', () => {
    const map = miniMap({ a: 0.5, b: 1, u: 1 }, [
      ['b', 'opposes', 'a', 'e1'],
      ['u', 'undercuts', 'e1'],
    ]);
    expect(strengths(map, 'dfquad').a).toBe(0.5);
  });
});

describe('a statement that attacks itself (docs/evaluation.md)', () => {
  // liar opposes itself and b; a self-attack is a one-node cycle, iterated to its fixed point.
  const liar = miniMap({ liar: 0.5, b: 0.5 }, [
    ['liar', 'opposes', 'liar'],
    ['liar', 'opposes', 'b'],
  ]);

  it('settles where its strength and its own attack agree: σ = 0.5 − 0.5·σ = 1/3 (DF-QuAD, QuAD)', () => {
    for (const semantics of ['dfquad', 'quad'] as const) {
      const result = strengths(liar, semantics);
      expect(result.liar).toBeCloseTo(1 / 3, 8);
      // b feels the weakened attacker: 0.5 − 0.5·(1/3).
      expect(result.b).toBeCloseTo(1 / 3, 8);
    }
  });

  it('converges below its base score under Euler-based and quadratic energy too', () => {
    for (const semantics of ['euler', 'quadratic-energy'] as const) {
      const graph = prepareGraph(liar);
      const run = solveGradual(graph, semantics);
      expect(run.convergence.converged).toBe(true);
      const self = run.strengths[graph.ids.indexOf('liar')]!;
      expect(self).toBeLessThan(0.5);
      expect(self).toBeGreaterThan(0.3);
    }
  });
});
