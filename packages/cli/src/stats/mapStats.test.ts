import { createMap, exportControlsExample } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycles, mapStats } from './mapStats.ts';

function chainMap(edges: [string, string][], nodes: string[]) {
  const map = createMap({ title: 'T' }, new Date(0));
  for (const id of nodes) map.nodes = map.nodes.set(id, { id, kind: 'claim', text: id, baseScore: 0.5 });
  edges.forEach(([source, target], i) => {
    map.edges = map.edges.set(`e${i}`, { id: `e${i}`, kind: 'supports', source, target });
  });
  return map;
}

describe('mapStats', () => {
  it('summarises the example map consistently', () => {
    const map = exportControlsExample;
    const stats = mapStats(map);
    const nodes = map.nodes.toArray();
    expect(stats.nodes).toBe(nodes.length);
    expect(Object.values(stats.nodesByKind).reduce((a, b) => a + b, 0)).toBe(nodes.length);
    expect(stats.nodesByKind.evidence).toBe(nodes.filter((n) => n.kind === 'evidence').length);
    expect(Object.values(stats.edgesByKind).reduce((a, b) => a + b, 0)).toBe(map.edges.size);
    // Every quote in the example is sourced, and its reasoning has no circles.
    expect(stats.unsourcedEvidence).toEqual([]);
    expect(stats.cycles).toEqual([]);
    const positions = stats.evidencePerPosition;
    expect(positions.map((p) => p.id)).toEqual(nodes.filter((n) => n.kind === 'position').map((n) => n.id));
    for (const p of positions) expect(p.evidence).toBeGreaterThan(0);
  });
});

describe('findCycles', () => {
  it('finds circles and self-loops, not mere diamonds', () => {
    const map = chainMap(
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['d', 'd'],
        ['x', 'y'],
        ['x', 'z'],
        ['y', 'w'],
        ['z', 'w'],
      ],
      ['a', 'b', 'c', 'd', 'w', 'x', 'y', 'z'],
    );
    expect(findCycles(map)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('handles a 200,000-long chain closing on itself without recursion', { timeout: 30_000 }, () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `n${i}`);
    const edges = ids.map((id, i): [string, string] => [id, ids[(i + 1) % ids.length] as string]);
    expect(findCycles(chainMap(edges, ids))[0]).toHaveLength(200_000);
  });

  it('reports a cycle exactly when some node can reach itself (property)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 7 }), fc.nat({ max: 7 })), { maxLength: 14 }), (pairs) => {
        const nodes = Array.from({ length: 8 }, (_, i) => `n${i}`);
        const edges = pairs.map(([s, t]): [string, string] => [`n${s}`, `n${t}`]);
        const inCycle = new Set(findCycles(chainMap(edges, nodes)).flat());
        for (const start of nodes) {
          const seen = new Set<string>();
          const queue = edges.filter(([s]) => s === start).map(([, t]) => t);
          while (queue.length > 0) {
            const id = queue.pop() as string;
            if (seen.has(id)) continue;
            seen.add(id);
            for (const [s, t] of edges) if (s === id) queue.push(t);
          }
          expect(inCycle.has(start)).toBe(seen.has(start));
        }
      }),
    );
  });
});
