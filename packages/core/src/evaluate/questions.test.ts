import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table } from '../model/table.ts';
import type { ArgEdge, ArgMap } from '../model/types.ts';
import { createEvaluator, type Evaluator, evaluate } from './evaluate.ts';
import type { SupportInterpretation } from './extensions/framework.ts';
import { evidenceRanking, explain, whatIf } from './questions.ts';
import { randomMap, toMap } from './testArbitraries.ts';
import { miniMap } from './testMaps.ts';

function evaluator(map: ReturnType<typeof miniMap>, semantics: 'dfquad' | 'grounded' = 'dfquad'): Evaluator {
  const result = createEvaluator(map, { semantics });
  if (!result.ok) throw new Error('expected ok');
  return result.value;
}

// A position with two supporting and one opposing piece of evidence.
const position = miniMap({ p: 0.5, e1: 0.8, e2: 0.4, e3: 0.6 }, [
  ['e1', 'supports', 'p'],
  ['e2', 'supports', 'p'],
  ['e3', 'opposes', 'p'],
]);

describe('explain (strength)', () => {
  it('gives each edge its leave-one-out effect, largest first', () => {
    const result = explain(evaluator(position), 'p');
    if (!result.ok || result.value.kind !== 'strength') throw new Error('expected a strength explanation');
    // vs = 1 − 0.2·0.6 = 0.88, va = 0.6: σ = 0.5 + 0.5·0.28 = 0.64.
    expect(result.value.strength).toBeCloseTo(0.64, 12);
    const effects = Object.fromEntries(result.value.contributions.map((c) => [c.from, c.effect]));
    // Without e1: vs = 0.4 < va: σ = 0.5 − 0.5·0.2 = 0.4 → effect +0.24.
    expect(effects.e1).toBeCloseTo(0.24, 12);
    // Without e2: vs = 0.8: σ = 0.5 + 0.5·0.2 = 0.6 → effect +0.04.
    expect(effects.e2).toBeCloseTo(0.04, 12);
    // Without e3: va = 0: σ = 0.5 + 0.5·0.88 = 0.94 → effect −0.30.
    expect(effects.e3).toBeCloseTo(-0.3, 12);
    expect(result.value.contributions.map((c) => c.from)).toEqual(['e3', 'e1', 'e2']);
  });

  it('reports undercuts as contributions of the undercutter', () => {
    const map = miniMap({ p: 0.5, e1: 1, u: 0.5 }, [
      ['e1', 'supports', 'p', 'x'],
      ['u', 'undercuts', 'x', 'y'],
    ]);
    const result = explain(evaluator(map), 'p');
    if (!result.ok || result.value.kind !== 'strength') throw new Error('expected a strength explanation');
    const undercut = result.value.contributions.find((c) => c.kind === 'undercuts');
    // With the undercut σ = 0.75; without it σ = 1.
    expect(undercut).toMatchObject({ edge: 'y', from: 'u' });
    expect(undercut?.effect).toBeCloseTo(-0.25, 12);
  });

  it('fails on an unknown node', () => {
    expect(explain(evaluator(position), 'nope').ok).toBe(false);
  });
});

describe('explain (label)', () => {
  // c attacks b, b attacks a: a is defended by c.
  const chain = miniMap({ a: 1, b: 1, c: 1 }, [
    ['b', 'opposes', 'a'],
    ['c', 'opposes', 'b'],
  ]);

  it('names the accepted attacker that defeats an out node', () => {
    const result = explain(evaluator(chain, 'grounded'), 'b');
    if (!result.ok || result.value.kind !== 'label') throw new Error('expected a label explanation');
    expect(result.value.label).toBe('out');
    expect(result.value.defeatedBy).toEqual([{ node: 'c', attack: 'direct', label: 'in' }]);
  });

  it('names the defenders that keep an in node in', () => {
    const result = explain(evaluator(chain, 'grounded'), 'a');
    if (!result.ok || result.value.kind !== 'label') throw new Error('expected a label explanation');
    expect(result.value.defences).toEqual([
      {
        attacker: { node: 'b', attack: 'direct', label: 'out' },
        defendedBy: [{ node: 'c', attack: 'direct', label: 'in' }],
      },
    ]);
  });
});

describe('explain (label) through an undercut', () => {
  it('names the source of an undercut attack, via its edge', () => {
    const map = miniMap({ s: 1, t: 1, u: 1, v: 1 }, [
      ['s', 'opposes', 't', 'e1'],
      ['u', 'undercuts', 'e1'],
      ['v', 'opposes', 'u'],
    ]);
    const result = explain(evaluator(map, 'grounded'), 't');
    if (!result.ok || result.value.kind !== 'label') throw new Error('expected a label explanation');
    expect(result.value.defeatedBy).toEqual([{ node: 's', via: 'e1', attack: 'inference', label: 'in' }]);
  });
});

describe('what-if', () => {
  it('shows every strength that moves when evidence is removed', () => {
    const result = whatIf(evaluator(position), { remove: 'e3' });
    if (!result.ok || !('shifts' in result.value)) throw new Error('expected strength shifts');
    expect(result.value.shifts.map((s) => s.node)).toEqual(['p', 'e3']);
    expect(result.value.shifts[0]?.after).toBeCloseTo(0.94, 12);
    expect(result.value.touched).toBe(2);
  });

  it('shows the effect of a change in credibility', () => {
    const result = whatIf(evaluator(position), { node: 'e3', baseScore: 0 });
    if (!result.ok || !('shifts' in result.value)) throw new Error('expected strength shifts');
    const p = result.value.shifts.find((s) => s.node === 'p');
    expect(p?.after).toBeCloseTo(0.94, 12);
    expect(p?.delta).toBeCloseTo(0.3, 12);
  });

  it('ranks evidence by how much it matters to a position', () => {
    const result = evidenceRanking(evaluator(position), 'p');
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.map((r) => r.evidence)).toEqual(['e3', 'e1', 'e2']);
    expect(result.value[0]?.delta).toBeCloseTo(0.3, 12);
  });

  it('flips labels when an accepted attacker is removed (extension semantics)', () => {
    const chain = miniMap({ a: 1, b: 1, c: 1 }, [
      ['b', 'opposes', 'a'],
      ['c', 'opposes', 'b'],
    ]);
    const result = whatIf(evaluator(chain, 'grounded'), { remove: 'c' });
    if (!result.ok || !('labelShifts' in result.value)) throw new Error('expected label shifts');
    expect(result.value.labelShifts).toEqual([
      { node: 'a', before: 'in', after: 'out' },
      { node: 'b', before: 'out', after: 'in' },
      { node: 'c', before: 'in' },
    ]);
  });
});

/** The map without node `id`, its edges, and the undercuts of those edges, written out by hand. */
function withoutNode(map: ArgMap, id: string): ArgMap {
  const nodes = Object.fromEntries([...map.nodes.entries()].filter(([key]) => key !== id));
  const kept = map.edges.toArray().filter((edge) => edge.source !== id && edge.target !== id);
  const keptIds = new Set(kept.map((edge) => edge.id));
  const edges: Record<string, ArgEdge> = {};
  for (const edge of kept) if (edge.kind !== 'undercuts' || keptIds.has(edge.target)) edges[edge.id] = edge;
  return { ...map, nodes: Table.fromRecord(nodes), edges: Table.fromRecord(edges) };
}

describe('whatIf (extension semantics)', () => {
  it('flips exactly the labels that differ in the map without the node', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        randomMap(7, { undercuts: true }),
        fc.nat(6),
        fc.constantFrom('grounded' as const, 'preferred' as const),
        fc.constantFrom<SupportInterpretation>('none', 'deductive', 'necessary'),
        (spec, pick, semantics, support) => {
          const map = toMap(spec);
          const id = `n${pick % spec.scores.length}`;
          const before = createEvaluator(map, { semantics, support });
          const after = evaluate(withoutNode(map, id), { semantics, support });
          if (!before.ok || !after.ok) throw new Error('expected ok');
          const result = whatIf(before.value, { remove: id });
          if (!result.ok || !('labelShifts' in result.value)) throw new Error('expected label shifts');
          const expected = [...before.value.evaluation.nodes].flatMap(([node, { label }]) => {
            if (node === id) return [{ node, before: label }];
            const now = after.value.nodes.get(node)?.label;
            return now === label ? [] : [{ node, before: label, after: now }];
          });
          expect(result.value.labelShifts).toEqual(expected);
        },
      ),
    );
  });
});
