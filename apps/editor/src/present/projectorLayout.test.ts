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
    for (const edge of Object.values(map.edges)) {
      if (edge.kind === 'undercuts') continue;
      const source = positions[edge.source];
      const target = positions[edge.target];
      if (!source || !target) throw new Error('unplaced node');
      expect(source.y).not.toBe(target.y);
    }
    // A claim's evidence fits within one projector width of it, so a step can frame them at zoom 1.
    const claim = 'c-controls-bite';
    const quotes = Object.values(map.edges)
      .filter((edge) => edge.target === claim && map.nodes[edge.source]?.kind === 'evidence')
      .map((edge) => positions[edge.source]?.x ?? 0);
    const xs = [positions[claim]?.x ?? 0, ...quotes];
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(1920);
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
