import { type ArgMap, exportControlsExample, fromDocument, toDocument } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMap, type MapLayout } from './layoutMap.ts';
import { estimateNodeSize } from './nodeContent.ts';
import { STACK_INDENT } from './stacks.ts';
import { debateOfSize, mapOf, node } from './testMaps.ts';

function overlaps(layout: MapLayout): [string, string][] {
  const ids = Object.keys(layout.positions);
  const found: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      const pa = layout.positions[a];
      const pb = layout.positions[b];
      const sa = layout.sizes[a];
      const sb = layout.sizes[b];
      if (!pa || !pb || !sa || !sb) continue;
      const eps = 1e-6;
      const apart =
        pa.x + sa.width <= pb.x + eps ||
        pb.x + sb.width <= pa.x + eps ||
        pa.y + sa.height <= pb.y + eps ||
        pb.y + sb.height <= pa.y + eps;
      if (!apart) found.push([a, b]);
    }
  }
  return found;
}

const centreX = (layout: MapLayout, id: string): number =>
  (layout.positions[id]?.x ?? Number.NaN) + (layout.sizes[id]?.width ?? 0) / 2;

describe('layoutMap', () => {
  it('puts the question on top, reasons in the row below, evidence lower still', () => {
    const map = mapOf(
      [node('q', 'question'), node('p', 'position'), node('c', 'claim'), node('e', 'evidence')],
      [
        ['e1', 'supports', 'p', 'q'],
        ['e2', 'supports', 'c', 'p'],
        ['e3', 'supports', 'e', 'c'],
      ],
    );
    const layout = layoutMap(map);
    const y = (id: string) => layout.positions[id]?.y ?? Number.NaN;
    expect(y('q')).toBe(0);
    expect(y('p')).toBeGreaterThan(y('q') + (layout.sizes.q?.height ?? 0));
    expect(y('c')).toBeGreaterThan(y('p') + (layout.sizes.p?.height ?? 0));
    expect(y('e')).toBeGreaterThan(y('c') + (layout.sizes.c?.height ?? 0));
    expect(layout.roots).toEqual(['q']);
  });

  it('centres a parent over its children, supports left of opposes', () => {
    const map = mapOf(
      [node('q', 'question'), node('con', 'claim'), node('pro', 'claim')],
      [
        ['e1', 'opposes', 'con', 'q'],
        ['e2', 'supports', 'pro', 'q'],
      ],
    );
    const layout = layoutMap(map);
    expect(centreX(layout, 'pro')).toBeLessThan(centreX(layout, 'con'));
    expect(centreX(layout, 'q')).toBeCloseTo((centreX(layout, 'pro') + centreX(layout, 'con')) / 2);
  });

  it('lines up every row across the map, whatever the box heights', () => {
    const map = mapOf(
      [node('q', 'question'), node('a', 'claim', 'short'), node('b', 'claim', 'long '.repeat(60))],
      [
        ['e1', 'supports', 'a', 'q'],
        ['e2', 'supports', 'b', 'q'],
      ],
    );
    const layout = layoutMap(map);
    expect(layout.sizes.b?.height).toBeGreaterThan(layout.sizes.a?.height ?? 0);
    expect(layout.positions.a?.y).toBe(layout.positions.b?.y);
  });

  it('places a node with two parents once, under the higher parent', () => {
    const map = mapOf(
      [node('q', 'question'), node('p', 'position'), node('c', 'claim'), node('shared', 'evidence')],
      [
        ['e1', 'supports', 'p', 'q'],
        ['e2', 'supports', 'c', 'p'],
        ['e3', 'supports', 'shared', 'c'],
        ['e4', 'supports', 'shared', 'p'],
      ],
    );
    const layout = layoutMap(map);
    expect(layout.treeParent.shared).toBe('p');
    expect(layout.positions.shared?.y).toBe(layout.positions.c?.y);
    expect(overlaps(layout)).toEqual([]);
  });

  it('hangs an undercutter under the source of the edge it attacks', () => {
    const map = mapOf(
      [node('q', 'question'), node('p', 'position'), node('u', 'claim')],
      [
        ['e1', 'supports', 'p', 'q'],
        ['e2', 'undercuts', 'u', 'e1'],
      ],
    );
    const layout = layoutMap(map);
    expect(layout.treeParent.u).toBe('p');
    expect(layout.positions.u?.y).toBeGreaterThan(layout.positions.p?.y ?? 0);
  });

  it('stands several trees side by side, left to right, without overlap', () => {
    const map = mapOf(
      [node('q1', 'question'), node('q2', 'question'), node('a', 'claim'), node('lonely', 'evidence')],
      [['e1', 'supports', 'a', 'q1']],
    );
    const layout = layoutMap(map, { treeGap: 50 });
    expect(layout.roots).toEqual(['q1', 'q2', 'lonely']);
    const right = (id: string) => (layout.positions[id]?.x ?? 0) + (layout.sizes[id]?.width ?? 0);
    expect(layout.positions.q2?.x).toBeGreaterThanOrEqual(Math.max(right('q1'), right('a')) + 50);
    expect(layout.positions.lonely?.x).toBeGreaterThanOrEqual(right('q2') + 50);
    expect(overlaps(layout)).toEqual([]);
  });

  it('terminates on cycles and places every node exactly once', () => {
    const map = mapOf(
      [node('a', 'claim'), node('b', 'claim'), node('c', 'claim'), node('self', 'claim')],
      [
        ['e1', 'supports', 'a', 'b'],
        ['e2', 'opposes', 'b', 'c'],
        ['e3', 'supports', 'c', 'a'],
        ['e4', 'supports', 'self', 'self'],
      ],
    );
    const layout = layoutMap(map);
    expect(Object.keys(layout.positions).sort()).toEqual(['a', 'b', 'c', 'self']);
    expect(overlaps(layout)).toEqual([]);
  });

  it('ignores edges to missing nodes or edges', () => {
    const map = mapOf(
      [node('q', 'question'), node('a', 'claim')],
      [
        ['e1', 'supports', 'a', 'ghost'],
        ['e2', 'undercuts', 'a', 'no-such-edge'],
      ],
    );
    const layout = layoutMap(map);
    expect(layout.roots).toEqual(['q', 'a']);
  });

  it('keeps hand positions and moves their auto-placed children along', () => {
    const base = mapOf(
      [node('q', 'question'), node('p', 'position'), node('c', 'claim')],
      [
        ['e1', 'supports', 'p', 'q'],
        ['e2', 'supports', 'c', 'p'],
      ],
    );
    const auto = layoutMap(base);
    const moved = {
      ...base,
      nodes: base.nodes.update('p', (p) => ({ ...p, position: { x: 1000, y: 2000 } })),
    };
    const layout = layoutMap(moved);
    expect(layout.positions.p).toEqual({ x: 1000, y: 2000 });
    expect(layout.positions.q).toEqual(auto.positions.q);
    const dx = 1000 - (auto.positions.p?.x ?? 0);
    const dy = 2000 - (auto.positions.p?.y ?? 0);
    expect(layout.positions.c).toEqual({
      x: (auto.positions.c?.x ?? 0) + dx,
      y: (auto.positions.c?.y ?? 0) + dy,
    });
    expect(layoutMap(moved, { keepPositions: false }).positions).toEqual(auto.positions);
  });

  it('uses the caller’s node sizes and falls back on nonsense ones', () => {
    const map = mapOf([node('a', 'claim'), node('b', 'claim')], []);
    const layout = layoutMap(map, {
      nodeSize: (n) => (n.id === 'a' ? { width: 100, height: 40 } : { width: Number.NaN, height: -1 }),
    });
    expect(layout.sizes.a).toEqual({ width: 100, height: 40 });
    expect(layout.sizes.b).toEqual(estimateNodeSize(map.nodes.get('b') as never));
  });

  it('returns empty bounds for an empty map and tight bounds otherwise', () => {
    expect(layoutMap(mapOf([], [])).bounds).toEqual({ x: 0, y: 0, width: 0, height: 0 });
    const layout = layoutMap(exportControlsExample);
    for (const [id, p] of Object.entries(layout.positions)) {
      const size = layout.sizes[id];
      expect(p.x).toBeGreaterThanOrEqual(layout.bounds.x);
      expect(p.y).toBeGreaterThanOrEqual(layout.bounds.y);
      expect(p.x + (size?.width ?? 0)).toBeLessThanOrEqual(layout.bounds.x + layout.bounds.width);
      expect(p.y + (size?.height ?? 0)).toBeLessThanOrEqual(layout.bounds.y + layout.bounds.height);
    }
  });

  it('lays out a 3,000-deep chain without overflowing the stack', { timeout: 30_000 }, () => {
    const nodes = [node('n0', 'question')];
    const edges: [string, 'supports', string, string][] = [];
    for (let i = 1; i < 3000; i++) {
      nodes.push(node(`n${i}`, 'claim'));
      edges.push([`e${i}`, 'supports', `n${i}`, `n${i - 1}`]);
    }
    const layout = layoutMap(mapOf(nodes, edges));
    expect(layout.positions.n2999?.y).toBeGreaterThan(layout.positions.n2998?.y ?? 0);
    expect(centreX(layout, 'n2999')).toBeCloseTo(centreX(layout, 'n0'));
  });

  it('can stack three or more leaf children in a column under their parent', () => {
    const map = mapOf(
      [
        node('q', 'question'),
        node('c', 'claim'),
        node('d', 'claim'),
        node('e1', 'evidence'),
        node('e2', 'evidence', 'A much longer quote '.repeat(8)),
        node('e3', 'evidence'),
        node('f1', 'evidence'),
      ],
      [
        ['a', 'supports', 'c', 'q'],
        ['b', 'opposes', 'd', 'q'],
        ['x1', 'supports', 'e1', 'c'],
        ['x2', 'opposes', 'e2', 'c'],
        ['x3', 'supports', 'e3', 'c'],
        ['y1', 'supports', 'f1', 'd'],
      ],
    );
    const flat = layoutMap(map);
    const layout = layoutMap(map, { stackLeaves: true });
    expect(layout.stacks).toEqual({ c: ['e1', 'e3', 'e2'] });
    expect(flat.stacks).toEqual({});
    const p = layout.positions;
    // One column: same x, each box below the previous one, indented from the column's edge.
    expect(p.e3?.x).toBe(p.e1?.x);
    expect(p.e2?.x).toBe(p.e1?.x);
    expect(p.e3?.y).toBeGreaterThan((p.e1?.y ?? 0) + (layout.sizes.e1?.height ?? 0));
    expect(p.e2?.y).toBeGreaterThan((p.e3?.y ?? 0) + (layout.sizes.e3?.height ?? 0));
    // A single leaf is not stacked, and the map gets narrower.
    expect(p.f1?.y).toBe(p.e1?.y);
    expect(layout.bounds.width).toBeLessThan(flat.bounds.width);
    // The column's margin, where the joining line runs, is inside the bounds.
    expect(layout.bounds.x).toBeLessThanOrEqual((p.e1?.x ?? 0) - STACK_INDENT);
    expect(overlaps(layout)).toEqual([]);
  });

  it('is deterministic: the same map gives the same layout', () => {
    const map = debateOfSize(300);
    expect(layoutMap(fromDocument(structuredClone(toDocument(map))))).toEqual(layoutMap(map));
  });

  it('never overlaps two boxes, on any graph (property)', () => {
    const graph = fc.integer({ min: 1, max: 25 }).chain((n) =>
      fc.record({
        kinds: fc.array(fc.constantFrom('question', 'position', 'claim', 'evidence'), {
          minLength: n,
          maxLength: n,
        }),
        texts: fc.array(fc.string({ maxLength: 200 }), { minLength: n, maxLength: n }),
        edges: fc.array(
          fc.tuple(
            fc.constantFrom('supports', 'opposes', 'undercuts'),
            fc.nat({ max: n - 1 }),
            fc.nat({ max: n + 3 }),
          ),
          { maxLength: n * 2 },
        ),
        gaps: fc.record({
          siblingGap: fc.nat({ max: 40 }),
          levelGap: fc.nat({ max: 80 }),
          stackLeaves: fc.boolean(),
        }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ kinds, texts, edges, gaps }) => {
        const nodes = kinds.map((kind, i) => node(`n${i}`, kind, texts[i] ?? ''));
        const map: ArgMap = mapOf(
          nodes,
          edges.map(([kind, s, t], i) => [`e${i}`, kind, `n${s}`, kind === 'undercuts' ? `e${t}` : `n${t}`]),
        );
        const layout = layoutMap(map, gaps);
        expect(Object.keys(layout.positions)).toHaveLength(nodes.length);
        expect(overlaps(layout)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
