import {
  applyNodeChanges,
  type Edge,
  type Node,
  type NodeChange,
  type NodeTypes,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ProjectorNode } from './ProjectorNode.tsx';
import type { ProjectorNodeData } from './projectorFlow.ts';

const nodeTypes: NodeTypes = { projector: ProjectorNode };

/** Steps framing more nodes than this are overviews: the camera may zoom out below full size. */
export const OVERVIEW_SIZE = 8;

/** How long the camera takes to glide to a step, in ms (0 when the user asked for less motion). */
function cameraDuration(): number {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 700;
}

/** Projector text is 32 px; below this zoom it would be under the 28 px a back row can read. */
export const MIN_READABLE_ZOOM = 28 / 32;
const PADDING = 0.06;

/**
 * Frames the step's nodes at a size the back row can read. If they do not fit at that size (a
 * reason with its second row of quotes), the camera frames what the step introduces instead, and
 * zooms out below full size only when even that does not fit.
 * Overviews (the whole map) zoom out as far as they need.
 */
function Camera({ focus, introduced }: { focus: string[]; introduced: string[] }) {
  const flow = useReactFlow();
  const ready = useNodesInitialized();
  // Re-frame when the stage changes size: entering full screen resizes it after the first frame.
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  // Joined into strings so the camera moves when the step changes, not on every render.
  const focusKey = focus.join('\u0000');
  const newKey = introduced.join('\u0000');
  useEffect(() => {
    const split = (key: string) => (key === '' ? [] : key.split('\u0000'));
    const ids = split(focusKey);
    if (!ready || ids.length === 0 || width === 0 || height === 0) return;
    const zoomToFit = (target: string[]) => {
      const bounds = flow.getNodesBounds(target);
      return Math.min(
        (width * (1 - 2 * PADDING)) / Math.max(1, bounds.width),
        (height * (1 - 2 * PADDING)) / Math.max(1, bounds.height),
      );
    };
    const overview = ids.length > OVERVIEW_SIZE;
    const fresh = split(newKey);
    const target = !overview && zoomToFit(ids) < MIN_READABLE_ZOOM && fresh.length > 0 ? fresh : ids;
    // Cropping new nodes would hide what the teacher is talking about, so if even they do not fit
    // at full size, the camera zooms out just enough to show them.
    const minZoom = overview ? 0.05 : Math.min(MIN_READABLE_ZOOM, zoomToFit(target));
    void flow.fitView({
      nodes: target.map((id) => ({ id })),
      duration: cameraDuration(),
      padding: PADDING,
      minZoom,
      maxZoom: 1.4,
    });
  }, [ready, focusKey, newKey, flow, width, height]);
  return null;
}

/** The audience's canvas: a read-only React Flow showing one step, with the camera on its nodes. */
export function StepCanvas({
  nodes,
  edges,
  focus,
  introduced,
}: {
  nodes: Node<ProjectorNodeData>[];
  edges: Edge[];
  focus: string[];
  introduced: string[];
}) {
  // Hidden nodes are left out rather than passed with `hidden`, so their text is not in the page.
  const shown = useMemo(() => nodes.filter((node) => !node.hidden), [nodes]);
  // React Flow reports each node's measured size through onNodesChange and only frames nodes whose
  // size it has been given back, so the measurements are kept across steps.
  const [measured, setMeasured] = useState<Node<ProjectorNodeData>[]>(shown);
  useEffect(() => {
    setMeasured((previous) => {
      const sizes = new Map(previous.map((node) => [node.id, node.measured]));
      return shown.map((node) => {
        const size = sizes.get(node.id);
        return size ? { ...node, measured: size } : node;
      });
    });
  }, [shown]);
  const onNodesChange = useCallback(
    (changes: NodeChange<Node<ProjectorNodeData>>[]) =>
      setMeasured((current) => applyNodeChanges(changes, current)),
    [],
  );
  return (
    <ReactFlow
      nodes={measured}
      onNodesChange={onNodesChange}
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
      <Camera focus={focus} introduced={introduced} />
    </ReactFlow>
  );
}
