import {
  type Edge,
  type Node,
  type NodeTypes,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
} from '@xyflow/react';
import { useEffect } from 'react';
import { ProjectorNode } from './ProjectorNode.tsx';
import type { ProjectorNodeData } from './projectorFlow.ts';

const nodeTypes: NodeTypes = { projector: ProjectorNode };

/** Steps framing more nodes than this are overviews: the camera may zoom out below full size. */
export const OVERVIEW_SIZE = 8;

/** How long the camera takes to glide to a step, in ms (0 when the user asked for less motion). */
function cameraDuration(): number {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 700;
}

/**
 * Frames the step's nodes. Ordinary steps never zoom below 1, so text stays at its projector size
 * (32 px) even if a wide step has to be cropped at the sides; overviews zoom out to fit.
 */
function Camera({ focus }: { focus: string[] }) {
  const flow = useReactFlow();
  const ready = useNodesInitialized();
  // Joined into a string so the camera moves when the step's nodes change, not on every render.
  const key = focus.join('\u0000');
  useEffect(() => {
    const ids = key === '' ? [] : key.split('\u0000');
    if (!ready || ids.length === 0) return;
    void flow.fitView({
      nodes: ids.map((id) => ({ id })),
      duration: cameraDuration(),
      padding: 0.08,
      minZoom: ids.length > OVERVIEW_SIZE ? 0.05 : 1,
      maxZoom: 1.4,
    });
  }, [ready, key, flow]);
  return null;
}

/** The audience's canvas: a read-only React Flow showing one step, with the camera on its nodes. */
export function StepCanvas({
  nodes,
  edges,
  focus,
}: {
  nodes: Node<ProjectorNodeData>[];
  edges: Edge[];
  focus: string[];
}) {
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      minZoom={0.05}
      maxZoom={2}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      panOnDrag={false}
      zoomOnScroll={false}
      zoomOnPinch={false}
      preventScrolling
      zoomOnDoubleClick={false}
      disableKeyboardA11y
      aria-label="Map at this step"
    >
      <Camera focus={focus} />
    </ReactFlow>
  );
}
