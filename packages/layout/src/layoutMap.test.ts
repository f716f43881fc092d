import { type ArgMap, exportControlsExample, fromDocument, toDocument } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutMap, type MapLayout, STACK_INDENT } from './layoutMap.ts';
import { estimateNodeSize } from './nodeContent.ts';
import { segmentHitsBox } from './routeLinks.ts';
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

/** The pieces of `route` that pass through the inside of a box other than its two ends'. */
function segmentsThroughBoxes(
  layout: MapLayout,
  route: { x: number; y: number }[],
  ends: string[],
): string[] {
  const hits: string[] = [];
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1] as { x: number; y: number };
    const b = route[i] as { x: number; y: number };
    for (const [id, p] of Object.entries(layout.positions)) {
      if (ends.includes(id)) continue;
      const size = layout.sizes[id] as { width: number; height: number };
      if (segmentHitsBox(a.x, a.y, b.x, b.y, { ...p, ...size })) hits.push(`${i}:${id}`);
    }
  }
  return hits;
}

/** How renderers draw an edge with no route: an S curve from the source's top to the target's bottom, in pieces. */
function plainLine(layout: MapLayout, source: string, target: string) {
  const s = layout.positions[source] as { x: number; y: number };
  const t = layout.positions[target] as { x: number; y: number };
  const ss = layout.sizes[source] as { width: number; height: number };
  const ts = layout.sizes[target] as { width: number; height: number };
  const [sx, sy, tx, ty] = [s.x + ss.width / 2, s.y, t.x + ts.width / 2, t.y + ts.height];
  const my = (sy + ty) / 2;
  return Array.from({ length: 33 }, (_, i) => {
    const k = i / 32;
    const u = 1 - k;
    return {
      x: u * u * u * sx + 3 * u * u * k * sx + 3 * u * k * k * tx + k * k * k * tx,
      y: u * u * u * sy + 3 * u * u * k * my + 3 * u * k * k * my + k * k * k * ty,
    };
  });
}

/** A tree-shaped debate: a question, positions, then claims and evidence, up to `branching` reasons each. */
function randomDebate(size: number, seed: number, branching: number): ArgMap {
  let state = seed;
  const random = (): number => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const nodes = [node('n0', 'question', 'Should we?')];
  const edges: [string, 'supports' | 'opposes', string, string][] = [];
  const queue = ['n0'];
  for (let head = 0; head < queue.length && nodes.length < size; head++) {
    const parent = queue[head] as string;
    const count = 1 + Math.floor(random() * branching);
    for (let i = 0; i < count && nodes.length < size; i++) {
      const id = `n${nodes.length}`;
      const kind = parent === 'n0' ? 'position' : random() < 0.4 ? 'evidence' : 'claim';
      nodes.push(node(id, kind, 'word '.repeat(3 + Math.floor(random() * 40))));
      edges.push([`e${id}`, random() < 0.7 ? 'supports' : 'opposes', id, parent]);
      if (kind !== 'evidence') queue.push(id);
    }
  }
  return mapOf(nodes, edges);
}

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

  it('wraps several trees like the children of one node, without overlap', () => {
    const map = mapOf(
      [node('q1', 'question'), node('q2', 'question'), node('a', 'claim'), node('lonely', 'evidence')],
      [['e1', 'supports', 'a', 'q1']],
    );
    const layout = layoutMap(map);
    expect(layout.roots).toEqual(['q1', 'q2', 'lonely']);
    expect(Object.keys(layout.positions).sort()).toEqual(['a', 'lonely', 'q1', 'q2']);
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

  it('wraps a long row of children into columns, each joined by a line down its margin', () => {
    const evidence = Array.from({ length: 30 }, (_, i) => node(`e${i}`, 'evidence', `Quote number ${i}`));
    const map = mapOf(
      [node('q', 'question'), node('c', 'claim'), ...evidence],
      [
        ['a', 'supports', 'c', 'q'],
        ...evidence.map((e, i): [string, 'supports', string, string] => [`x${i}`, 'supports', e.id, 'c']),
      ],
    );
    const layout = layoutMap(map);
    expect(layout.stacks.c).toHaveLength(30);
    // Near the screen's shape, not one row 30 boxes wide.
    expect(layout.bounds.width / layout.bounds.height).toBeLessThan(3);
    expect(layout.bounds.width / layout.bounds.height).toBeGreaterThan(1 / 3);
    const p = layout.positions;
    for (let i = 0; i < 30; i++) {
      const route = layout.routes[`x${i}`] as { x: number; y: number }[];
      expect(route).toBeDefined();
      // From the left edge of the evidence box to the bottom of the claim, in straight pieces.
      expect(route[0]?.x).toBeCloseTo(p[`e${i}`]?.x ?? Number.NaN);
      const end = route[route.length - 1];
      expect(end?.y).toBeCloseTo((p.c?.y ?? 0) + (layout.sizes.c?.height ?? 0));
      expect(segmentsThroughBoxes(layout, route, [`e${i}`, 'c'])).toEqual([]);
      // The margin line sits left of the box, inside the column's indent.
      expect(route[1]?.x).toBeCloseTo((p[`e${i}`]?.x ?? 0) - STACK_INDENT / 2);
    }
    expect(overlaps(layout)).toEqual([]);
  });

  it('routes every cross-link of the example around the boxes, never through one', () => {
    const layout = layoutMap(exportControlsExample, { levelGap: 72 });
    const crossLinks = exportControlsExample.edges
      .toArray()
      .filter((edge) => edge.kind !== 'undercuts' && layout.treeParent[edge.source] !== edge.target);
    expect(crossLinks.length).toBeGreaterThan(0);
    for (const edge of exportControlsExample.edges.toArray()) {
      if (edge.kind === 'undercuts') continue;
      const route = layout.routes[edge.id] ?? plainLine(layout, edge.source, edge.target);
      expect(segmentsThroughBoxes(layout, route, [edge.source, edge.target]), edge.id).toEqual([]);
    }
  });

  it('keeps any debate-shaped tree of 20 to 5,000 nodes within 3:1 either way (property)', () => {
    const debate = fc.record({
      size: fc.integer({ min: 20, max: 5000 }),
      seed: fc.integer({ min: 1, max: 2 ** 30 }),
      // From 3 up: with at most one reason per node a debate is a chain, as tall as it is long in any layout.
      branching: fc.integer({ min: 3, max: 12 }),
    });
    fc.assert(
      fc.property(debate, ({ size, seed, branching }) => {
        const layout = layoutMap(randomDebate(size, seed, branching));
        const ratio = layout.bounds.width / layout.bounds.height;
        expect(ratio).toBeLessThanOrEqual(3);
        expect(ratio).toBeGreaterThanOrEqual(1 / 3);
      }),
      { numRuns: 30 },
    );
  }, 240_000);

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
