import { type ArgEdge, type ArgMap, type ArgNode, fromDocument, type NodeKind } from '@argmap/core';
import { buildForest } from '@argmap/layout';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibilityOf } from '../state/reveal.ts';
import { smallDebate } from '../test/smallMap.ts';
import { outlineRows } from './outlineRows.ts';

function mapOf(
  nodes: Record<string, NodeKind | [NodeKind, { collapsed?: boolean }]>,
  edges: ArgEdge[],
): ArgMap {
  const records: Record<string, ArgNode> = {};
  for (const [id, spec] of Object.entries(nodes)) {
    const [kind, extra] = Array.isArray(spec) ? spec : [spec, {}];
    records[id] = { id, kind, text: `${kind} ${id}`, baseScore: 0.5, ...extra };
  }
  return fromDocument({
    format: 'argmap',
    version: 2,
    meta: { title: 't' },
    nodes: records,
    edges: Object.fromEntries(edges.map((edge) => [edge.id, edge])),
  });
}

const summary = (map: ArgMap) =>
  outlineRows(map).map(
    (row) =>
      `${'  '.repeat(row.level - 1)}${row.relation ?? ''} ${row.nodeId}${row.reference ? ' (ref)' : ''}`,
  );

describe('outlineRows', () => {
  it('indents the debate under its question: reasons for, then against, with their evidence', () => {
    expect(summary(smallDebate())).toEqual([' q', '  supports yes', '    supports ev', '  opposes no']);
    const [q, yes] = outlineRows(smallDebate());
    expect(q).toMatchObject({ level: 1, posInSet: 1, setSize: 1, expandable: true, expanded: true });
    expect(yes).toMatchObject({ level: 2, posInSet: 1, setSize: 2, parentKey: 'q' });
  });

  it('writes a node with two parents once where the layout draws it, and as a reference elsewhere', () => {
    const map = mapOf({ q: 'question', a: 'position', b: 'position', ev: 'evidence' }, [
      { id: 'e1', kind: 'supports', source: 'a', target: 'q' },
      { id: 'e2', kind: 'opposes', source: 'b', target: 'q' },
      { id: 'e3', kind: 'supports', source: 'ev', target: 'a' },
      { id: 'e4', kind: 'opposes', source: 'ev', target: 'b' },
    ]);
    expect(summary(map)).toEqual([
      ' q',
      '  supports a',
      '    supports ev',
      '  opposes b',
      '    opposes ev (ref)',
    ]);
    const reference = outlineRows(map).at(-1);
    expect(reference).toMatchObject({ key: 'b>e4', home: 'a', expandable: false, expanded: false });
  });

  it('leaves out the reasons under a collapsed node, as the canvas does', () => {
    const map = mapOf({ q: 'question', a: ['position', { collapsed: true }], c: 'claim' }, [
      { id: 'e1', kind: 'supports', source: 'a', target: 'q' },
      { id: 'e2', kind: 'supports', source: 'c', target: 'a' },
    ]);
    expect(summary(map)).toEqual([' q', '  supports a']);
    expect(outlineRows(map)[1]).toMatchObject({ expandable: true, expanded: false });
  });

  it('hangs an undercutter under the reason whose link it attacks', () => {
    const map = mapOf({ q: 'question', a: 'position', u: 'claim' }, [
      { id: 'e1', kind: 'supports', source: 'a', target: 'q' },
      { id: 'e2', kind: 'undercuts', source: 'u', target: 'e1' },
    ]);
    expect(summary(map)).toEqual([' q', '  supports a', '    undercuts u']);
  });

  it('keeps an undercutter of a collapsed node’s link folded inside it, not loose at the top', () => {
    const map = mapOf({ q: 'question', a: ['position', { collapsed: true }], c: 'claim', u: 'claim' }, [
      { id: 'e1', kind: 'supports', source: 'a', target: 'q' },
      { id: 'e2', kind: 'supports', source: 'c', target: 'a' },
      { id: 'e3', kind: 'undercuts', source: 'u', target: 'e1' },
    ]);
    expect(summary(map)).toEqual([' q', '  supports a']);
  });

  it('gives each map object one answer (cheap to ask on every render)', () => {
    const map = smallDebate();
    expect(outlineRows(map)).toBe(outlineRows(map));
  });

  it('handles a chain thousands of nodes deep without overflowing the stack', () => {
    const nodes: Record<string, NodeKind> = { n0: 'question' };
    const edges: ArgEdge[] = [];
    for (let i = 1; i < 5000; i++) {
      nodes[`n${i}`] = 'claim';
      edges.push({ id: `e${i}`, kind: 'supports', source: `n${i}`, target: `n${i - 1}` });
    }
    const rows = outlineRows(mapOf(nodes, edges));
    expect(rows).toHaveLength(5000);
    expect(rows.at(-1)?.level).toBe(5000);
  });

  it('on any map: each shown node once, references are leaves, levels step by one, keys unique', () => {
    const kinds: NodeKind[] = ['question', 'position', 'claim', 'evidence'];
    const arbitrary = fc.integer({ min: 1, max: 14 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        kinds: fc.array(fc.constantFrom(...kinds), { minLength: n, maxLength: n }),
        collapsed: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        edges: fc.array(
          fc.tuple(
            fc.nat(n - 1),
            fc.constantFrom('supports', 'opposes') as fc.Arbitrary<'supports' | 'opposes'>,
            fc.nat(n - 1),
          ),
          {
            maxLength: n * 2,
          },
        ),
        undercuts: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n * 2)), { maxLength: 2 }),
      }),
    );
    fc.assert(
      fc.property(arbitrary, (spec) => {
        const nodes: Record<string, [NodeKind, { collapsed?: boolean }]> = {};
        for (let i = 0; i < spec.n; i++)
          nodes[`n${i}`] = [spec.kinds[i] as NodeKind, { collapsed: spec.collapsed[i] }];
        const edges: ArgEdge[] = spec.edges
          .filter(([s, , t]) => s !== t)
          .map(([s, kind, t], i) => ({ id: `e${i}`, kind, source: `n${s}`, target: `n${t}` }));
        const plain = edges.length;
        spec.undercuts.forEach(([s, e], i) => {
          const attacked = edges[e % Math.max(plain, 1)];
          if (attacked && attacked.kind !== 'undercuts' && attacked.source !== `n${s}`)
            edges.push({ id: `u${i}`, kind: 'undercuts', source: `n${s}`, target: attacked.id });
        });
        const map = mapOf(nodes, edges);
        const rows = outlineRows(map);
        const { hidden } = visibilityOf(map);
        const real = rows.filter((row) => !row.reference).map((row) => row.nodeId);
        // Every node the canvas shows has exactly one row of its own, unless it hangs under a
        // folded row (an undercutter of a collapsed node's link); hidden nodes have none.
        expect(new Set(real).size).toBe(real.length);
        const folded = new Set(
          rows.filter((row) => !row.reference && !row.expanded).map((row) => row.nodeId),
        );
        const { parent } = buildForest(map);
        const shown = [...map.nodes.keys()].filter(
          (id) =>
            !hidden.has(id) && !(real.includes(parent.get(id) ?? '') && folded.has(parent.get(id) ?? '')),
        );
        expect(new Set(real)).toEqual(new Set(shown));
        expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
        rows.forEach((row, i) => {
          const next = rows[i + 1];
          if (row.reference) expect(next?.parentKey === row.key).toBe(false);
          if (next) expect(next.level).toBeLessThanOrEqual(row.level + 1);
          if (row.parentKey !== undefined) {
            const parent = rows.findIndex((other) => other.key === row.parentKey);
            expect(parent).toBeGreaterThanOrEqual(0);
            expect(parent).toBeLessThan(i);
            expect(rows[parent]?.level).toBe(row.level - 1);
          } else expect(row.level).toBe(1);
        });
      }),
      {
        // Found by this property: two links between the same nodes (duplicate reference keys).
        examples: [
          [
            {
              n: 5,
              kinds: ['question', 'question', 'question', 'question', 'question'],
              collapsed: [false, false, false, false, false],
              edges: [
                [1, 'supports', 0],
                [1, 'supports', 4],
                [1, 'supports', 4],
              ],
              undercuts: [],
            },
          ],
          // A loop closed by a collapsed node: the canvas shows n0, whose tree parent it hides.
          [
            {
              n: 2,
              kinds: ['evidence', 'question'],
              collapsed: [true, false],
              edges: [
                [1, 'supports', 0],
                [0, 'supports', 1],
              ],
              undercuts: [],
            },
          ],
        ],
        numRuns: 300,
      },
    );
  });
});
