import { describe, expect, it } from 'vitest';
import { smallDebate } from '../test/smallMap.ts';
import { createLayoutCache } from './autoLayout.ts';
import { fitAspect, overviewPoint, overviewShapes, unionBox, visibleBox } from './overview.ts';
import { createFlowViewModel } from './viewModel.ts';

function flowNodes() {
  const map = smallDebate();
  const layout = createLayoutCache()(map);
  return createFlowViewModel()({
    map,
    layout: layout.positions,
    widths: layout.widths,
    heights: layout.heights,
    selectedNodes: [],
    selectedEdges: [],
    switchedOff: new Set(),
    verdicts: undefined,
    measured: new Map(),
  }).nodes;
}

describe('overview', () => {
  it('draws each node as a rectangle in the path of its kind, inside the bounds', () => {
    const nodes = flowNodes();
    const { paths, bounds } = overviewShapes(nodes);
    expect(paths.position?.match(/M/g)).toHaveLength(2);
    expect(paths.question?.match(/M/g)).toHaveLength(1);
    expect(paths.evidence?.match(/M/g)).toHaveLength(1);
    expect(paths.claim).toBeUndefined();
    for (const node of nodes) {
      expect(node.position.x).toBeGreaterThanOrEqual(bounds.x);
      expect(node.position.y + (node.initialHeight ?? 0)).toBeLessThanOrEqual(bounds.y + bounds.height);
    }
    // A measured size wins over the layout's estimate.
    const first = nodes[0];
    if (!first) throw new Error('no node');
    const measured = overviewShapes([
      { ...first, position: { x: 0, y: 0 }, measured: { width: 10, height: 20 } },
    ]);
    expect(measured.paths.question).toBe('M0 0h10v20h-10z');
  });

  it('turns the viewport transform into the visible part of the flow', () => {
    expect(visibleBox([-100, -50, 0.5], 800, 600)).toEqual({ x: 200, y: 100, width: 1600, height: 1200 });
    expect(unionBox({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: -5, width: 20, height: 5 }, 1)).toEqual(
      {
        x: -1,
        y: -6,
        width: 27,
        height: 17,
      },
    );
  });

  it('widens a long, flat map to the shape of the overview, keeping it centred', () => {
    expect(fitAspect({ x: 0, y: 0, width: 4000, height: 100 }, { width: 200, height: 150 })).toEqual({
      x: 0,
      y: -1450,
      width: 4000,
      height: 3000,
    });
  });

  it('finds the flow point under the pointer, with the drawing centred in the element', () => {
    // A 400×100 view in a 200×150 element: scale 0.5, so 200×50 drawn 50 px down from the top.
    const view = { x: 1000, y: 0, width: 400, height: 100 };
    expect(overviewPoint({ x: 0, y: 50 }, { width: 200, height: 150 }, view)).toEqual({ x: 1000, y: 0 });
    expect(overviewPoint({ x: 100, y: 75 }, { width: 200, height: 150 }, view)).toEqual({ x: 1200, y: 50 });
  });
});
