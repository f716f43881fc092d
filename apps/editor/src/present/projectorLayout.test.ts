import { exportControlsExample } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { PROJECTOR_NODE_WIDTH, projectorLayout } from './projectorLayout.ts';

describe('projectorLayout', () => {
  const map = exportControlsExample;
  const positions = projectorLayout(map);

  it('places every node, the question on top', () => {
    expect(Object.keys(positions).sort()).toEqual(Object.keys(map.nodes).sort());
    const top = Math.min(...Object.values(positions).map((p) => p.y));
    expect(positions.q?.y).toBe(top);
  });

  it('never overlaps two nodes of one row', () => {
    const rows = new Map<number, number[]>();
    for (const p of Object.values(positions)) rows.set(p.y, [...(rows.get(p.y) ?? []), p.x]);
    for (const xs of rows.values()) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) {
        expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(PROJECTOR_NODE_WIDTH);
      }
    }
  });

  it('puts each reason below what it bears on, and keeps the quotes of a claim close to it', () => {
    const placedUnder = new Set<string>();
    for (const edge of Object.values(map.edges)) {
      // Only the first edge from a node places it; later ones are cross-links drawn across the map.
      if (placedUnder.has(edge.source)) continue;
      placedUnder.add(edge.source);
      if (edge.kind === 'undercuts') continue;
      const source = positions[edge.source];
      const target = positions[edge.target];
      if (!source || !target) throw new Error('unplaced node');
      expect(source.y).toBeGreaterThan(target.y);
    }
    // A claim's evidence sits in rows of three under it, so a step can frame a row with its claim.
    const claim = 'c-controls-bite';
    const quotes = Object.values(map.edges)
      .filter((edge) => edge.target === claim && map.nodes[edge.source]?.kind === 'evidence')
      .map((edge) => positions[edge.source]?.x ?? 0);
    const xs = [positions[claim]?.x ?? 0, ...quotes];
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(2 * (PROJECTOR_NODE_WIDTH + 48));
  });

  it('survives cycles', () => {
    const cyclic = {
      ...map,
      nodes: {
        a: { id: 'a', kind: 'claim' as const, text: 'A', baseScore: 0.5 },
        b: { id: 'b', kind: 'claim' as const, text: 'B', baseScore: 0.5 },
      },
      edges: {
        ab: { id: 'ab', kind: 'supports' as const, source: 'a', target: 'b' },
        ba: { id: 'ba', kind: 'supports' as const, source: 'b', target: 'a' },
      },
    };
    expect(Object.keys(projectorLayout(cyclic)).sort()).toEqual(['a', 'b']);
  });
});
