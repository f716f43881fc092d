import { moveNodes, updateNode } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { flowInputs } from '../test/flowInputs.ts';
import { smallDebate } from '../test/smallMap.ts';
import { createFlowViewModel } from './viewModel.ts';

const inputs = flowInputs;

describe('flow view model', () => {
  it('lists the question first and positions next, so Tab starts there', () => {
    const view = createFlowViewModel()(inputs());
    expect(view.nodes.map((node) => node.data.node.kind)).toEqual([
      'question',
      'position',
      'position',
      'evidence',
    ]);
  });

  it('re-creates only the moved node when a drop moves it on the map', () => {
    const viewModel = createFlowViewModel();
    const base = inputs();
    const before = viewModel(base);
    const moved = moveNodes(base.map, { no: { x: 999, y: 5 } });
    if (!moved.ok) throw new Error('move refused');
    const after = viewModel({ ...base, map: moved.value.map });
    const changed = after.nodes.filter((node, i) => node !== before.nodes[i]).map((node) => node.id);
    expect(changed).toEqual(['no']);
    expect(after.nodes.find((node) => node.id === 'no')?.position).toEqual({ x: 999, y: 5 });
    // No edge changed, so React Flow gets the same edge array and redraws none of them.
    expect(after.edges).toBe(before.edges);
  });

  it('re-creates only the edges whose label quotes an edited text', () => {
    const viewModel = createFlowViewModel();
    const base = inputs();
    const before = viewModel(base);
    const renamed = updateNode(base.map, 'no', { text: 'Allow them' });
    if (!renamed.ok) throw new Error('edit refused');
    const after = viewModel({ ...base, map: renamed.value.map });
    const changed = after.edges.filter((edge, i) => edge !== before.edges[i]).map((edge) => edge.id);
    expect(changed).toEqual(['e2']);
    expect(after.edges.find((edge) => edge.id === 'e2')?.ariaLabel).toBe(
      '"Allow them" opposes "Should schools ban phones?"',
    );
  });

  it('draws supports, opposes and undercuts with arrowheads and readable labels', () => {
    const map = smallDebate();
    map.nodes = map.nodes.set('u', {
      id: 'u',
      kind: 'claim',
      text: 'Scores rose for other reasons',
      baseScore: 0.5,
    });
    map.edges = map.edges.set('e4', { id: 'e4', kind: 'undercuts', source: 'u', target: 'e3' });
    const { edges } = createFlowViewModel()(inputs({ map }));
    const undercut = edges.find((edge) => edge.id === 'e4');
    expect(undercut).toMatchObject({
      type: 'undercut',
      source: 'u',
      target: 'yes',
      data: { targetEdge: 'e3' },
    });
    expect(undercut?.ariaLabel).toBe(
      '"Scores rose for other reasons" undercuts the link from "Scores rose after bans" to "Ban them"',
    );
    expect(edges.find((edge) => edge.id === 'e2')?.ariaLabel).toBe(
      '"Keep them" opposes "Should schools ban phones?"',
    );
    expect(edges.every((edge) => edge.markerEnd !== undefined)).toBe(true);
  });

  it('hides a collapsed subtree and counts what it hides', () => {
    const map = smallDebate();
    map.nodes = map.nodes.update('q', (node) => ({ ...node, collapsed: true }));
    const view = createFlowViewModel()(inputs({ map }));
    expect(view.nodes.map((node) => node.id)).toEqual(['q']);
    expect(view.nodes[0]?.data.hiddenCount).toBe(3);
    expect(view.edges).toEqual([]);
  });
});
