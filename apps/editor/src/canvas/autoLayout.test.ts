import { exportControlsExample } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { type AutoLayout, autoLayout, createLayoutCache } from './autoLayout.ts';

/** Pairs of boxes that overlap ("a × b"), with each node as tall as it is drawn. */
function overlaps(layout: AutoLayout, drawn: ReadonlyMap<string, number>): string[] {
  const boxes = Object.entries(layout.positions).map(([id, at]) => ({
    id,
    x0: at.x,
    y0: at.y,
    x1: at.x + (layout.widths[id] ?? 0),
    y1: at.y + (drawn.get(id) ?? layout.heights[id] ?? 0),
  }));
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (
        Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 &&
        Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5
      ) {
        pairs.push(`${a.id} × ${b.id}`);
      }
    }
  }
  return pairs;
}

describe('the editor layout with drawn heights', () => {
  const map = exportControlsExample;
  const estimated = autoLayout(map);
  // Every evidence item drawn 120 px taller than estimated (a long source line wrapping).
  const drawn = new Map(
    map.nodes
      .toArray()
      .filter((node) => node.kind === 'evidence')
      .map((node) => [node.id, (estimated.heights[node.id] ?? 0) + 120]),
  );

  it('lays nodes out at the height the browser drew them, so none overlaps another', () => {
    expect(overlaps(estimated, drawn).length).toBeGreaterThan(0);
    const measured = autoLayout(map, drawn);
    expect(overlaps(measured, drawn)).toEqual([]);
    for (const [id, height] of drawn) expect(measured.heights[id]).toBe(height);
  });

  it('recomputes a cached layout when the drawn heights change, and only then', () => {
    const cache = createLayoutCache();
    const first = cache(map, new Map(), 0);
    expect(cache(map, new Map(), 0)).toBe(first);
    const second = cache(map, drawn, 1);
    expect(second).not.toBe(first);
    expect(overlaps(second, drawn)).toEqual([]);
  });
});
