import { type ArgMap, fromDocument } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedAbove, revealNode, visibilityOf, visibleSelection } from './reveal.ts';

/**
 * A random map: node i argues for or against an earlier node, a few nodes have a second parent,
 * some undercut an earlier link, and any node may be collapsed.
 */
const randomMap = fc
  .record({
    size: fc.integer({ min: 2, max: 12 }),
    parents: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    undercuts: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
    collapsed: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  })
  .map(({ size, parents, extra, undercuts, collapsed }): ArgMap => {
    const nodes: Record<string, object> = {};
    const edges: Record<string, object> = {};
    for (let i = 0; i < size; i++) {
      nodes[`n${i}`] = { id: `n${i}`, kind: i === 0 ? 'question' : 'claim', text: `n${i}`, baseScore: 0.5 };
      if (collapsed[i]) Object.assign(nodes[`n${i}`] as object, { collapsed: true });
      if (i > 0) {
        const id = `e${i}`;
        edges[id] = { id, kind: 'supports', source: `n${i}`, target: `n${(parents[i] ?? 0) % i}` };
      }
    }
    extra.forEach(([a, b], k) => {
      const source = (a % (size - 1)) + 1;
      const target = b % source;
      edges[`x${k}`] = { id: `x${k}`, kind: 'opposes', source: `n${source}`, target: `n${target}` };
    });
    undercuts.forEach(([a, b], k) => {
      const link = `e${(b % (size - 1)) + 1}`;
      edges[`u${k}`] = { id: `u${k}`, kind: 'undercuts', source: `n${a % size}`, target: link };
    });
    return fromDocument({ format: 'argmap', version: 2, meta: { title: 'm' }, nodes, edges } as never);
  });

describe('revealing what collapsing hides', () => {
  it('expanding what collapsedAbove names shows the node', () => {
    fc.assert(
      fc.property(randomMap, fc.nat(), (map, index) => {
        const ids = [...map.nodes.keys()];
        const id = ids[index % ids.length] as string;
        const revealed = revealNode(map, id);
        if (!visibilityOf(map).hidden.has(id)) {
          expect(revealed).toBeUndefined();
          return;
        }
        expect(revealed?.ok).toBe(true);
        if (!revealed?.ok) return;
        expect(visibilityOf(revealed.value.map).hidden.has(id)).toBe(false);
        // Only collapsed nodes above it were touched.
        for (const touched of collapsedAbove(map, id)) expect(map.nodes.get(touched)?.collapsed).toBe(true);
      }),
    );
  });

  it('a selection never holds a hidden node: each stands in with a visible node above it', () => {
    fc.assert(
      fc.property(randomMap, fc.array(fc.nat(), { maxLength: 4 }), (map, picks) => {
        const ids = [...map.nodes.keys()];
        const chosen = picks.map((i) => ids[i % ids.length] as string);
        const shown = visibleSelection(map, chosen);
        const { hidden } = visibilityOf(map);
        for (const id of shown) expect(hidden.has(id)).toBe(false);
        for (const id of chosen) if (!hidden.has(id)) expect(shown).toContain(id);
      }),
    );
  });

  it('selecting inside a collapsed branch selects the collapsed node that hides it', () => {
    const map = fromDocument({
      format: 'argmap',
      version: 2,
      meta: { title: 'm' },
      nodes: {
        q: { id: 'q', kind: 'question', text: 'Q', baseScore: 0.5, collapsed: true },
        p: { id: 'p', kind: 'position', text: 'P', baseScore: 0.5 },
        c: { id: 'c', kind: 'claim', text: 'C', baseScore: 0.5 },
      },
      edges: {
        a: { id: 'a', kind: 'supports', source: 'p', target: 'q' },
        b: { id: 'b', kind: 'supports', source: 'c', target: 'p' },
      },
    });
    expect(visibleSelection(map, ['c'])).toEqual(['q']);
    expect(visibleSelection(map, ['c', 'p', 'q'])).toEqual(['q']);
    expect(collapsedAbove(map, 'c')).toEqual(['q']);
  });
});
