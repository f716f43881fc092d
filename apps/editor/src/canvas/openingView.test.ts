import { exportControlsExample, fromDocument } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generateMap.ts';
import { autoLayout } from './autoLayout.ts';
import { fitViewport } from './fitMap.ts';
import { MINIMAP_CORNER, openingView } from './openingView.ts';

describe('openingView', () => {
  it('opens the example with the question and every position on a 1440×900 screen', () => {
    const layout = autoLayout(exportControlsExample);
    const canvas = { width: 1120, height: 740 };
    const view = openingView(exportControlsExample, layout, canvas);
    expect(view).toBeDefined();
    if (!view) return;
    const top = exportControlsExample.nodes
      .toArray()
      .filter((n) => n.kind === 'question' || n.kind === 'position');
    expect(top).toHaveLength(5);
    for (const node of top) {
      const at = node.position ?? layout.positions[node.id];
      if (!at) throw new Error(`no position for ${node.id}`);
      const left = at.x * view.zoom + view.x;
      const top = at.y * view.zoom + view.y;
      const right = left + (layout.widths[node.id] ?? 0) * view.zoom;
      const bottom = top + (layout.heights[node.id] ?? 0) * view.zoom;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(canvas.width);
      expect(bottom).toBeLessThanOrEqual(canvas.height - MINIMAP_CORNER.height);
    }
  });

  it('opens the example on a phone on its question, whole and readable', () => {
    const layout = autoLayout(exportControlsExample);
    const canvas = { width: 390, height: 700 };
    const view = openingView(exportControlsExample, layout, canvas);
    if (!view) throw new Error('no view');
    // Statements are 14 px: at this zoom at least 11 px on screen, not blocks with cards.
    expect(view.zoom * 14).toBeGreaterThanOrEqual(11);
    const at = layout.positions.q;
    if (!at) throw new Error('no question');
    const left = at.x * view.zoom + view.x;
    const right = left + (layout.widths.q ?? 0) * view.zoom;
    const top = at.y * view.zoom + view.y;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(canvas.width);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top + (layout.heights.q ?? 0) * view.zoom).toBeLessThanOrEqual(canvas.height);
  });

  it('fits a small map whole', () => {
    const map = fromDocument(generateMap(12));
    const layout = autoLayout(map);
    const canvas = { width: 1120, height: 740 };
    expect(openingView(map, layout, canvas)).toEqual(fitViewport(layout.bounds, canvas, MINIMAP_CORNER));
  });

  it('opens a very big map on its question and positions', () => {
    const map = fromDocument(generateMap(1500));
    const layout = autoLayout(map);
    const view = openingView(map, layout, { width: 1120, height: 740 });
    const question = layout.positions.n0;
    expect(view && question).toBeTruthy();
    if (!view || !question) return;
    // The question is on screen; the deepest evidence is not all squeezed in.
    expect(question.x * view.zoom + view.x).toBeGreaterThanOrEqual(0);
    expect(question.y * view.zoom + view.y).toBeGreaterThanOrEqual(0);
    // Closer than fitting the whole map would be.
    const whole = fitViewport(layout.bounds, { width: 1120, height: 740 }, MINIMAP_CORNER);
    expect(view.zoom).toBeGreaterThan(whole.zoom);
  });

  it('has nothing to show for an empty map or a canvas not yet sized', () => {
    const layout = autoLayout(exportControlsExample);
    expect(openingView(exportControlsExample, layout, { width: 0, height: 0 })).toBeUndefined();
  });
});
