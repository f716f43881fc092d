import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeStrength, EXACT_PLAYERS, pointsThatAddUp } from './attribution.ts';
import { createEvaluator } from './evaluate.ts';
import { GRADUAL_SEMANTICS, type GradualSemantics } from './gradual/kernel.ts';
import { randomMap, toMap } from './testArbitraries.ts';
import { miniMap } from './testMaps.ts';

function attributed(map: ReturnType<typeof miniMap>, semantics: GradualSemantics, id: string) {
  const evaluator = createEvaluator(map, { semantics });
  if (!evaluator.ok || !evaluator.value.strengths) throw new Error('evaluation failed');
  const v = evaluator.value.graph.index.get(id);
  if (v === undefined) throw new Error(`no node ${id}`);
  return attributeStrength(evaluator.value.graph, semantics, evaluator.value.strengths, v);
}

describe('Shapley attribution of a node’s strength', () => {
  for (const semantics of GRADUAL_SEMANTICS) {
    it(`${semantics}: shares sum to strength − base, and points to the rounded change, on every node`, () => {
      fc.assert(
        fc.property(randomMap(7, { undercuts: true }), (spec) => {
          const map = toMap(spec);
          const evaluator = createEvaluator(map, { semantics });
          if (!evaluator.ok || !evaluator.value.strengths) return;
          const { graph, strengths } = evaluator.value;
          for (let v = 0; v < graph.ids.length; v++) {
            const why = attributeStrength(graph, semantics, strengths, v);
            const sum = why.contributions.reduce((total, c) => total + c.share, 0);
            expect(sum).toBeCloseTo(why.strength - why.base, 9);
            const points = why.contributions.reduce((total, c) => total + c.points, 0);
            expect(points).toBe(Math.round(why.strength * 100) - Math.round(why.base * 100));
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('gives a supporter a positive share and an attacker a negative one under DF-QuAD (monotone)', () => {
    fc.assert(
      fc.property(randomMap(6, { acyclic: true }), (spec) => {
        const map = toMap(spec);
        const evaluator = createEvaluator(map, { semantics: 'dfquad' });
        if (!evaluator.ok || !evaluator.value.strengths) return;
        const { graph, strengths } = evaluator.value;
        for (let v = 0; v < graph.ids.length; v++) {
          for (const c of attributeStrength(graph, 'dfquad', strengths, v).contributions) {
            if (c.kind === 'supports') expect(c.share).toBeGreaterThanOrEqual(-1e-12);
            if (c.kind === 'opposes') expect(c.share).toBeLessThanOrEqual(1e-12);
          }
        }
      }),
    );
  });

  it('splits two equal overlapping attackers equally, where leave-one-out gave each almost nothing', () => {
    // DF-QuAD: two attackers at 1 each drive the node to 0; removing either one alone changes nothing.
    const map = miniMap({ t: 0.6, a: 1, b: 1 }, [
      ['a', 'opposes', 't', 'ea'],
      ['b', 'opposes', 't', 'eb'],
    ]);
    const why = attributed(map, 'dfquad', 't');
    expect(why.strength).toBe(0);
    expect(why.contributions.map((c) => c.share)).toEqual([-0.3, -0.3]);
    expect(why.contributions.map((c) => c.points).sort()).toEqual([-30, -30]);
  });

  it('works through a worked example by hand (docs/evaluation.md)', () => {
    // Base 50%; a supporter at 40% and an attacker at 80%. DF-QuAD: vₛ = 0.4, vₐ = 0.8.
    // Both: 0.5 − 0.5·(0.8 − 0.4) = 0.3. Supporter alone: 0.5 + 0.5·0.4 = 0.7. Attacker alone: 0.1.
    // Shapley: supporter ½(0.7 − 0.5) + ½(0.3 − 0.1) = 0.2; attacker ½(0.1 − 0.5) + ½(0.3 − 0.7) = −0.4.
    const map = miniMap({ t: 0.5, s: 0.4, a: 0.8 }, [
      ['s', 'supports', 't', 'es'],
      ['a', 'opposes', 't', 'ea'],
    ]);
    const why = attributed(map, 'dfquad', 't');
    expect(why.strength).toBeCloseTo(0.3, 12);
    const byEdge = Object.fromEntries(why.contributions.map((c) => [c.edge, c]));
    expect(byEdge.es?.share).toBeCloseTo(0.2, 12);
    expect(byEdge.ea?.share).toBeCloseTo(-0.4, 12);
    expect([byEdge.es?.points, byEdge.ea?.points]).toEqual([20, -40]);
    expect(why.method).toBe('exact');
  });

  it('estimates beyond the exact limit, still adding up exactly', () => {
    const n = EXACT_PLAYERS + 3;
    const scores: Record<string, number> = { t: 0.5 };
    const edges: [string, 'supports' | 'opposes', string, string][] = [];
    for (let i = 0; i < n; i++) {
      scores[`s${i}`] = (i + 1) / (n + 1);
      edges.push([`s${i}`, i % 3 === 0 ? 'opposes' : 'supports', 't', `e${i}`]);
    }
    const why = attributed(miniMap(scores, edges), 'quad', 't');
    expect(why.method).toBe('sampled');
    expect(why.orders).toBeGreaterThan(0);
    expect(why.contributions.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(why.strength - why.base, 9);
  });
});

describe('pointsThatAddUp', () => {
  it('rounds shares to whole points that sum to the total, each within one point of its share', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { maxLength: 10 }), (shares) => {
        const sum = shares.reduce((a, b) => a + b, 0);
        const total = Math.round(sum * 100) || 0;
        const points = pointsThatAddUp(shares, total);
        expect(points.reduce((a, b) => a + b, 0)).toBe(shares.length === 0 ? 0 : total);
        points.forEach((p, i) => {
          expect(Math.abs(p - (shares[i] ?? 0) * 100)).toBeLessThan(1 + 1e-9);
        });
      }),
    );
  });
});
