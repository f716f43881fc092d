import { describe, expect, it } from 'vitest';
import { followViewport } from './followSelection.ts';

const canvas = { width: 1000, height: 700 };
const corner = { width: 215, height: 165 };
const node = { x: 5000, y: 3000, width: 260, height: 120 };

describe('followViewport', () => {
  it('leaves the view alone when the node is on screen at a readable zoom', () => {
    expect(followViewport(node, { x: -4800, y: -2900, zoom: 1 }, canvas, corner)).toBeUndefined();
  });

  it('brings an off-screen node to the middle at the same zoom', () => {
    const view = followViewport(node, { x: 0, y: 0, zoom: 1 }, canvas, corner);
    expect(view?.zoom).toBe(1);
    const centre = (node.x + node.width / 2) * (view?.zoom ?? 0) + (view?.x ?? 0);
    expect(centre).toBeCloseTo(500);
  });

  it('moves a node out from under the minimap', () => {
    const under = { x: 900, y: 600, width: 80, height: 60 };
    expect(followViewport(under, { x: 0, y: 0, zoom: 1 }, canvas, corner)).toBeDefined();
  });

  it('zooms in to a readable zoom when zoomed out past reading', () => {
    const view = followViewport(node, { x: -4800 * 0.1, y: -2900 * 0.1, zoom: 0.1 }, canvas, corner);
    expect(view?.zoom).toBe(0.8);
  });
});
