import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvaluator, type Evaluator } from './evaluate.ts';
import { randomMap, toMap } from './testArbitraries.ts';
import { miniMap } from './testMaps.ts';
import { updateEvaluator } from './update.ts';

function start(map: ReturnType<typeof miniMap>): Evaluator {
  const result = createEvaluator(map);
  if (!result.ok) throw new Error('expected ok');
  return result.value;
}

// Two separate branches under q: editing one leaves the other alone.
const map = miniMap({ q: 0.5, a: 0.5, b: 0.5, ea: 0.7, eb: 0.7 }, [
  ['a', 'supports', 'q'],
  ['b', 'opposes', 'q'],
  ['ea', 'supports', 'a', 'x'],
  ['eb', 'supports', 'b'],
]);

describe('updateEvaluator', () => {
  it('recomputes only downstream of a removed edge', () => {
    const edited = { ...map, edges: map.edges.delete('x') };
    const result = updateEvaluator(start(map), edited);
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.incremental).toBe(true);
    expect(result.value.touched).toBe(2);
    expect(result.value.evaluator.evaluation.nodes.get('a')?.strength).toBe(0.5);
    const full = start(edited).evaluation.nodes;
    expect(result.value.evaluator.evaluation.nodes.toJSON()).toEqual(full.toJSON());
  });

  it('re-evaluates everything when a node is added', () => {
    const edited = miniMap({ q: 0.5, a: 0.5, b: 0.5, ea: 0.7, eb: 0.7, c: 0.5 }, []);
    const result = updateEvaluator(start(map), edited);
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.incremental).toBe(false);
    expect(result.value.touched).toBe(6);
  });

  it('matches a full evaluation after any edit of edges and scores', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(randomMap(7, { undercuts: true }), randomMap(7, { undercuts: true }), (a, b) => {
        // Same nodes, other edges and scores.
        const n = a.scores.length;
        const edited = {
          scores: b.scores.slice(0, n).concat(a.scores.slice(b.scores.length)),
          edges: b.edges.filter(([s, , t]) => s < n && t < n),
          undercuts: b.undercuts.filter(([u]) => u < n),
        };
        const result = updateEvaluator(start(toMap(a)), toMap(edited));
        if (!result.ok) throw new Error('expected ok');
        const full = start(toMap(edited)).evaluation.nodes;
        expect(result.value.evaluator.evaluation.nodes.size).toBe(full.size);
        for (const [id, node] of full) {
          expect(result.value.evaluator.evaluation.nodes.get(id)?.strength).toBeCloseTo(node.strength!, 6);
        }
      }),
    );
  });
});
