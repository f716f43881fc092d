import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportControlsExample } from '../examples/exportControls.ts';
import { Table } from '../model/table.ts';
import { evaluate, SEMANTICS, type Semantics } from './evaluate.ts';
import { randomMap, toMap } from './testArbitraries.ts';
import { miniMap } from './testMaps.ts';

const debate = miniMap({ q: 0.5, p: 0.5, e1: 0.9, e2: 0.6, r: 0.5 }, [
  ['p', 'supports', 'q'],
  ['e1', 'supports', 'p'],
  ['e2', 'opposes', 'p'],
  ['r', 'opposes', 'e2'],
  ['e2', 'opposes', 'r'],
]);

describe('evaluate', () => {
  it('defaults to DF-QuAD and returns a strength for every node', () => {
    const result = evaluate(debate);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.semantics).toBe('dfquad');
    expect([...result.value.nodes.keys()].sort()).toEqual(['e1', 'e2', 'p', 'q', 'r']);
    expect(result.value.nodes.get('e1')).toEqual({ strength: 0.9 });
    expect(result.value.convergence?.converged).toBe(true);
  });

  it('labels nodes under grounded semantics and lists the extension', () => {
    const result = evaluate(debate, { semantics: 'grounded' });
    if (!result.ok) throw new Error('expected ok');
    // e2 ↔ r is undecided, so p (attacked by e2) is undecided too; e1 is in.
    expect(result.value.nodes.get('e1')).toEqual({ label: 'in', credulous: true });
    expect(result.value.nodes.get('p')?.label).toBe('undec');
    expect(result.value.extensions).toEqual([['q', 'e1']]);
  });

  it('counts and lists preferred extensions, and marks nodes in some but not all as undec but credulous', () => {
    const result = evaluate(debate, { semantics: 'preferred' });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.extensionCount).toBe(2);
    expect(result.value.extensions?.map((e) => [...e].sort().join(',')).sort()).toEqual([
      'e1,e2,q',
      'e1,p,q,r',
    ]);
    expect(result.value.nodes.get('p')).toEqual({ label: 'undec', credulous: true });
    expect(result.value.decided).toBe(true);
  });

  it('runs every semantics on the example map', () => {
    for (const semantics of SEMANTICS) {
      const result = evaluate(exportControlsExample, { semantics, support: 'deductive' });
      expect(result.ok).toBe(true);
    }
  });

  it('fails on an unknown semantics or a bad option, naming the option', () => {
    const result = evaluate(debate, { semantics: 'magic' as Semantics, tolerance: -1 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['evaluate/unknown-semantics', ['semantics']],
      ['evaluate/invalid-option', ['tolerance']],
    ]);
  });

  it('repairs a broken map with warnings instead of failing', () => {
    const broken = miniMap({ a: 1.5, b: 0.5 }, [
      ['b', 'opposes', 'a'],
      ['ghost', 'supports', 'a'],
    ]);
    const result = evaluate(broken);
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.nodes.get('a')?.strength).toBeCloseTo(0.5, 12);
    expect(result.value.diagnostics.map((d) => d.code)).toEqual([
      'evaluate/invalid-base-score',
      'evaluate/dangling-edge',
    ]);
  });
});

describe('order independence of extension semantics', () => {
  it('gives the same labels and extensions however nodes and edges are listed', { timeout: 30_000 }, () => {
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
        fc.constantFrom('grounded' as const, 'complete' as const, 'preferred' as const, 'stable' as const),
        fc.constantFrom('none' as const, 'deductive' as const, 'necessary' as const),
        ({ spec, nodes, edges }, semantics, support) => {
          const a = evaluate(toMap(spec), { semantics, support, maxExtensions: 1000 });
          const b = evaluate(toMap(spec, { nodes, edges }), { semantics, support, maxExtensions: 1000 });
          if (!a.ok || !b.ok) throw new Error('expected ok');
          const sets = (e: string[][] | undefined) => (e ?? []).map((x) => [...x].sort().join(',')).sort();
          expect(sets(b.value.extensions)).toEqual(sets(a.value.extensions));
          expect(b.value.nodes.size).toBe(a.value.nodes.size);
          for (const [id, node] of a.value.nodes) expect(b.value.nodes.get(id)).toEqual(node);
        },
      ),
    );
  });
});

describe('node ids that are also Object property names', () => {
  it('evaluate nodes called __proto__ and constructor like any other', () => {
    const node = (id: string, baseScore: number) =>
      [id, { id, kind: 'claim' as const, text: id, baseScore }] as const;
    const map = {
      ...miniMap({}, []),
      nodes: Table.fromEntries([node('__proto__', 0.5), node('constructor', 1)]),
      edges: Table.fromEntries([
        ['x', { id: 'x', kind: 'opposes' as const, source: 'constructor', target: '__proto__' }],
      ]),
    };
    const gradual = evaluate(map);
    if (!gradual.ok) throw new Error('expected ok');
    expect([...gradual.value.nodes.keys()].sort()).toEqual(['__proto__', 'constructor']);
    expect(gradual.value.nodes.get('__proto__')).toEqual({ strength: 0 });
    const grounded = evaluate(map, { semantics: 'grounded' });
    if (!grounded.ok) throw new Error('expected ok');
    expect(grounded.value.nodes.get('__proto__')).toEqual({ label: 'out', credulous: false });
    // Written as JSON, the node is an ordinary key, not the object's prototype.
    const json = JSON.parse(JSON.stringify(grounded.value.nodes));
    expect(Object.getOwnPropertyDescriptor(json, '__proto__')?.value).toEqual({
      label: 'out',
      credulous: false,
    });
  });
});

describe('hand-made maps that skipped validation', () => {
  it('are evaluated as far as possible, never throwing', () => {
    const broken = {
      ...miniMap({ a: 0.5 }, []),
      nodes: Table.fromRecord({ a: { id: 'a', kind: 'claim', text: '', baseScore: 'high' }, b: null }),
      edges: undefined,
    } as unknown as ReturnType<typeof miniMap>;
    const result = evaluate(broken, { semantics: 'grounded' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes.toJSON()).toEqual({ a: { label: 'in', credulous: true } });
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['evaluate/not-a-map', ['nodes', 'b']],
      ['evaluate/invalid-base-score', ['nodes', 'a', 'baseScore']],
      ['evaluate/not-a-map', ['edges']],
    ]);
  });
});
