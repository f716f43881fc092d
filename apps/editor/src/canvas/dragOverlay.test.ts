import { describe, expect, it } from 'vitest';
import { flowInputs } from '../test/flowInputs.ts';
import { smallDebate } from '../test/smallMap.ts';
import { createDragOverlay } from './dragOverlay.ts';
import { createFlowViewModel } from './viewModel.ts';

function settledView(map = smallDebate()) {
  return createFlowViewModel()(flowInputs({ map }));
}

describe('drag overlay', () => {
  it('moves only the dragged node, keeping every other node and all edges identical', () => {
    const view = settledView();
    const dragged = createDragOverlay()(view, { no: { x: 999, y: 5 } });
    const changed = dragged.nodes.filter((node, i) => node !== view.nodes[i]).map((node) => node.id);
    expect(changed).toEqual(['no']);
    const no = dragged.nodes.find((node) => node.id === 'no');
    expect(no?.position).toEqual({ x: 999, y: 5 });
    // Same data object, so the memoised node component skips rendering: React Flow only moves it.
    expect(no?.data).toBe(view.nodes.find((node) => node.id === 'no')?.data);
    expect(dragged.edges).toBe(view.edges);
    // The settled view is left as it was: dropping the overlay puts the node back.
    expect(view.nodes.find((node) => node.id === 'no')?.position).not.toEqual({ x: 999, y: 5 });
  });

  it('moves every node of a multi-selection, frame after frame', () => {
    const view = settledView();
    const overlay = createDragOverlay();
    overlay(view, { yes: { x: 1, y: 1 }, ev: { x: 2, y: 2 } });
    const next = overlay(view, { yes: { x: 10, y: 11 }, ev: { x: 20, y: 21 } });
    const at = (id: string) => next.nodes.find((node) => node.id === id)?.position;
    expect(at('yes')).toEqual({ x: 10, y: 11 });
    expect(at('ev')).toEqual({ x: 20, y: 21 });
    expect(next.nodes.map((node) => node.id)).toEqual(view.nodes.map((node) => node.id));
  });

  it('returns the view itself when nothing is dragged, so React Flow sees no change', () => {
    const view = settledView();
    expect(createDragOverlay()(view, {})).toBe(view);
  });

  it('ignores nodes that are not on the canvas (collapsed away or deleted mid-drag)', () => {
    const view = settledView();
    const dragged = createDragOverlay()(view, { gone: { x: 1, y: 1 } });
    expect(dragged.nodes).toEqual(view.nodes);
  });

  it('finds the dragged nodes again in a new view whose order changed', () => {
    const overlay = createDragOverlay();
    overlay(settledView(), { ev: { x: 1, y: 1 } });
    // A new position sorts before the evidence, so the evidence moves one place down the list.
    const map = smallDebate();
    map.nodes = map.nodes.set('maybe', {
      id: 'maybe',
      kind: 'position',
      text: 'Only in class',
      baseScore: 0.5,
    });
    map.edges = map.edges.set('e9', { id: 'e9', kind: 'supports', source: 'maybe', target: 'q' });
    const view = settledView(map);
    const dragged = overlay(view, { ev: { x: 70, y: 80 } });
    expect(dragged.nodes.find((node) => node.id === 'ev')?.position).toEqual({ x: 70, y: 80 });
    expect(dragged.nodes.find((node) => node.id === 'maybe')).toBe(
      view.nodes.find((node) => node.id === 'maybe'),
    );
  });
});
