import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareGraph } from '../prepare.ts';
import { randomMap, toMap } from '../testArbitraries.ts';
import { miniMap } from '../testMaps.ts';
import { GRADUAL_SEMANTICS, type GradualSemantics } from './kernel.ts';
import { solveGradual, updateGradual } from './solve.ts';

function byId(map: ReturnType<typeof miniMap>, semantics: GradualSemantics) {
  const graph = prepareGraph(map);
  const run = solveGradual(graph, semantics);
  const strengths = Object.fromEntries(graph.ids.map((id, i) => [id, run.strengths[i]!]));
  return { strengths, convergence: run.convergence };
}

describe('cyclic maps', () => {
  it('settle two base-1 nodes that attack each other at 1/2 each instead of flipping forever', () => {
    const map = miniMap({ a: 1, b: 1 }, [
      ['a', 'opposes', 'b'],
      ['b', 'opposes', 'a'],
    ]);
    for (const semantics of ['dfquad', 'quad'] as const) {
      const { strengths, convergence } = byId(map, semantics);
      expect(convergence.converged).toBe(true);
      expect(strengths.a).toBeCloseTo(0.5, 9);
      expect(strengths.b).toBeCloseTo(0.5, 9);
    }
  });

  it('report non-convergence with the last change when the iteration cap is hit', () => {
    const map = miniMap({ a: 0.9, b: 0.3, c: 0.6 }, [
      ['a', 'opposes', 'b'],
      ['b', 'opposes', 'c'],
      ['c', 'opposes', 'a'],
    ]);
    const run = solveGradual(prepareGraph(map), 'dfquad', { maxIterations: 2 });
    expect(run.convergence.converged).toBe(false);
    expect(run.convergence.iterations).toBe(2);
    expect(run.convergence.lastChange).toBeGreaterThan(1e-9);
  });

  it('reach a fixed point: one more round of the semantics changes nothing', () => {
    const map = miniMap({ a: 0.9, b: 0.3, c: 0.6, d: 0.5 }, [
      ['a', 'opposes', 'b'],
      ['b', 'opposes', 'c'],
      ['c', 'supports', 'a'],
      ['d', 'opposes', 'c'],
    ]);
    const { strengths, convergence } = byId(map, 'dfquad');
    expect(convergence.converged).toBe(true);
    // Check b by hand against its attacker a: b = 0.3·(1 − a).
    expect(strengths.b).toBeCloseTo(0.3 * (1 - strengths.a!), 8);
  });

  it('report acyclic maps as converged in zero rounds', () => {
    const map = miniMap({ a: 0.5, b: 0.5 }, [['b', 'opposes', 'a']]);
    expect(byId(map, 'euler').convergence).toEqual({ converged: true, iterations: 0, lastChange: 0 });
  });
});

describe('properties', () => {
  it('keep every strength in [0, 1], on cyclic maps with undercuts too', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        randomMap(8, { undercuts: true }),
        fc.constantFrom(...GRADUAL_SEMANTICS),
        (spec, semantics) => {
          const { strengths } = solveGradual(prepareGraph(toMap(spec)), semantics, { maxIterations: 50 });
          for (const s of strengths) expect(s >= 0 && s <= 1).toBe(true);
        },
      ),
    );
  });

  it('leave a node with no attackers and no supporters at its base score', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(randomMap(8), fc.constantFrom(...GRADUAL_SEMANTICS), (spec, semantics) => {
        const graph = prepareGraph(toMap(spec));
        const { strengths } = solveGradual(graph, semantics, { maxIterations: 50 });
        for (let v = 0; v < graph.ids.length; v++) {
          if (graph.inStart[v] === graph.inStart[v + 1]) expect(strengths[v]).toBe(graph.base[v]);
        }
      }),
    );
  });

  it('under DF-QuAD, adding a supporter never lowers a node and adding an attacker never raises it', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(
        randomMap(8, { acyclic: true }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('supports' as const, 'opposes' as const),
        (spec, pick, score, kind) => {
          const target = pick % spec.scores.length;
          const before = solveGradual(prepareGraph(toMap(spec)), 'dfquad').strengths[target]!;
          const grown = {
            ...spec,
            scores: [...spec.scores, score],
            edges: [...spec.edges, [spec.scores.length, kind, target] as [number, typeof kind, number]],
          };
          const graph = prepareGraph(toMap(grown));
          const after = solveGradual(graph, 'dfquad').strengths[graph.index.get(`n${target}`)!]!;
          if (kind === 'supports') expect(after).toBeGreaterThanOrEqual(before - 1e-12);
          else expect(after).toBeLessThanOrEqual(before + 1e-12);
        },
      ),
    );
  });

  it('do not depend on the order nodes and edges are listed in', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        randomMap(7, { undercuts: true }).chain((spec) =>
          fc.record({
            spec: fc.constant(spec),
            nodes: fc.shuffledSubarray(
              spec.scores.map((_, i) => i),
              { minLength: spec.scores.length },
            ),
            edges: fc.shuffledSubarray(
              spec.edges.map((_, i) => i),
              { minLength: spec.edges.length },
            ),
          }),
        ),
        fc.constantFrom(...GRADUAL_SEMANTICS),
        ({ spec, nodes, edges }, semantics) => {
          const a = prepareGraph(toMap(spec));
          const b = prepareGraph(toMap(spec, { nodes, edges }));
          const sa = solveGradual(a, semantics).strengths;
          const sb = solveGradual(b, semantics).strengths;
          for (const [id, i] of a.index) expect(sb[b.index.get(id)!]).toBeCloseTo(sa[i]!, 6);
        },
      ),
    );
  });

  it('re-evaluating downstream of a changed base score gives the full result', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(randomMap(8), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (spec, pick, score) => {
        const graph = prepareGraph(toMap(spec));
        const before = solveGradual(graph, 'dfquad');
        const v = pick % spec.scores.length;
        const base = Float64Array.from(graph.base);
        base[v] = score;
        const full = solveGradual(graph, 'dfquad', {}, { base });
        const partial = updateGradual(graph, 'dfquad', before.strengths, [v], {}, { base });
        for (let i = 0; i < full.strengths.length; i++) {
          expect(partial.strengths[i]).toBeCloseTo(full.strengths[i]!, 6);
        }
      }),
    );
  });
});

describe('incremental update', () => {
  it('touches only the nodes downstream of the change', () => {
    // d → c → a and b → a: changing c touches c and a, not b or d.
    const map = miniMap({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 }, [
      ['b', 'supports', 'a'],
      ['c', 'opposes', 'a'],
      ['d', 'opposes', 'c'],
    ]);
    const graph = prepareGraph(map);
    const before = solveGradual(graph, 'dfquad');
    const c = graph.index.get('c')!;
    const base = Float64Array.from(graph.base);
    base[c] = 1;
    const run = updateGradual(graph, 'dfquad', before.strengths, [c], {}, { base });
    expect(run.touched).toBe(2);
    expect(run.strengths[graph.index.get('a')!]).toBeCloseTo(0.5 - 0.5 * (0.5 - 0.5), 12);
    expect(run.strengths[c]).toBeCloseTo(0.5, 12);
  });
});
