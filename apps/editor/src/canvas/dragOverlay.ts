import type { Point } from '@argmap/core';
import type { ArgFlowNode } from './flowTypes.ts';
import type { FlowView } from './viewModel.ts';

/** Lays the positions of the nodes being dragged over a finished view. */
export type DragOverlay = (view: FlowView, dragging: Readonly<Record<string, Point>>) => FlowView;

/**
 * Creates the function that moves the dragged nodes of a view, leaving the view model out of the
 * drag: a drag frame changes only `dragging`, so the view (built once per map, selection or
 * critique change) is reused and only the dragged entries are replaced. The work per frame is a
 * copy of the node array (React Flow needs a new array to see the move) plus one object per
 * dragged node; finding them uses an index built once per view, on the first frame of a drag.
 *
 * Returns `view` itself when nothing is being dragged, so React Flow sees no change.
 */
export function createDragOverlay(): DragOverlay {
  let indexFor: ArgFlowNode[] | undefined;
  let index = new Map<string, number>();

  return (view, dragging) => {
    const ids = Object.keys(dragging);
    if (ids.length === 0) return view;
    if (indexFor !== view.nodes) {
      index = new Map(view.nodes.map((node, i) => [node.id, i]));
      indexFor = view.nodes;
    }
    const nodes = view.nodes.slice();
    for (const id of ids) {
      const at = index.get(id);
      const position = dragging[id];
      // A node hidden by a collapse (or deleted mid-drag) is not on the canvas: nothing to move.
      if (at === undefined || !position) continue;
      const node = nodes[at] as ArgFlowNode;
      // Same `data`, so the memoised node component skips rendering; React Flow only moves it.
      nodes[at] = { ...node, position };
    }
    return { nodes, edges: view.edges };
  };
}
