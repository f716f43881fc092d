import {
  applyNodeChanges,
  type Edge,
  type EdgeTypes,
  getViewportForBounds,
  type Node,
  type NodeChange,
  type NodeTypes,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  useStore,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CAMERA_MARGIN, MIN_READABLE_ZOOM } from './frame.ts';
import { ProjectorEdge } from './ProjectorEdge.tsx';
import { ProjectorNode } from './ProjectorNode.tsx';
import type { ProjectorNodeData } from './projectorFlow.ts';

const nodeTypes: NodeTypes = { projector: ProjectorNode };
const edgeTypes: EdgeTypes = { projector: ProjectorEdge };

/** How long the camera takes to glide to a step, in ms (0 when the user asked for less motion). */
function cameraDuration(): number {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 700;
}

/**
 * Frames the whole stage. A stage that fits (see {@link stageLayout}) is never shown below the
 * zoom where text reads from the back row; one that does not is zoomed out until it fits, since
 * cropping would hide what the teacher is talking about.
 */
function Camera({ nodes, fits }: { nodes: Node<ProjectorNodeData>[]; fits: boolean }) {
  const flow = useReactFlow();
  const ready = useNodesInitialized();
  // Re-frame when the stage changes size: entering full screen resizes it after the first frame.
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  // The camera moves when the step or a node's place or size changes (revealing the verdict
  // re-measures the nodes), not on every render: hence a key of ids, places and sizes.
  const key = nodes
    .map(
      (node) =>
        `${node.id} ${node.position.x} ${node.position.y} ${node.measured?.width} ${node.measured?.height}`,
    )
    .join('\u0000');
  // Where the camera is going, for which nodes. The camera has come to rest when React Flow's
  // transform is that viewport: not when a transition's promise settles, which may never happen for
  // a glide cut short by the next step, and which React Flow shares between queued fits.
  const [target, setTarget] = useState<{ key: string; viewport: Viewport } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the nodes' places and sizes.
  useEffect(() => {
    if (!ready || key === '' || width === 0 || height === 0) return;
    const viewport = getViewportForBounds(
      boundsOf(nodes),
      width,
      height,
      fits ? MIN_READABLE_ZOOM : 0.05,
      1.25,
      { x: `${CAMERA_MARGIN.x}px`, y: `${CAMERA_MARGIN.y}px` },
    );
    setTarget({ key, viewport });
    void flow.setViewport(viewport, { duration: cameraDuration() });
  }, [ready, key, fits, flow, width, height]);
  const [x, y, zoom] = useStore((state) => state.transform);
  const still =
    ready &&
    target !== null &&
    target.key === key &&
    Math.abs(x - target.viewport.x) < 0.5 &&
    Math.abs(y - target.viewport.y) < 0.5 &&
    Math.abs(zoom - target.viewport.zoom) < 1e-4;
  // Says whether the camera has come to rest on this step, for tests and screen recorders that
  // must wait for the picture to be final rather than for a guessed number of milliseconds.
  return <span hidden data-camera={still ? 'still' : 'moving'} />;
}

/**
 * The box around the nodes' places and measured sizes (projector nodes have no parents). Not React
 * Flow's `getNodesBounds`, which warns in development when it is not given the store's node lookup.
 */
function boundsOf(nodes: Node<ProjectorNodeData>[]): { x: number; y: number; width: number; height: number } {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const node of nodes) {
    x0 = Math.min(x0, node.position.x);
    y0 = Math.min(y0, node.position.y);
    x1 = Math.max(x1, node.position.x + (node.measured?.width ?? 0));
    y1 = Math.max(y1, node.position.y + (node.measured?.height ?? 0));
  }
  return { x: x0, y: y0, width: Math.max(x1 - x0, 1), height: Math.max(y1 - y0, 1) };
}

/** The audience's canvas: a read-only React Flow showing one step, with the camera on its nodes. */
export function StepCanvas({
  nodes,
  edges,
  fits,
  onShowQuote,
}: {
  nodes: Node<ProjectorNodeData>[];
  edges: Edge[];
  /** Whether the nodes fit at a readable zoom. */
  fits: boolean;
  /** Called with an evidence node's id when it is clicked: show its whole quote. */
  onShowQuote?: (nodeId: string) => void;
}) {
  // React Flow reports each node's measured size through onNodesChange and only frames nodes whose
  // size it has been given back, so the measurements are kept across steps.
  const [measured, setMeasured] = useState<Node<ProjectorNodeData>[]>(nodes);
  useEffect(() => {
    setMeasured((previous) => {
      const sizes = new Map(previous.map((node) => [node.id, node.measured]));
      return nodes.map((node) => {
        const size = sizes.get(node.id);
        return size ? { ...node, measured: size } : node;
      });
    });
  }, [nodes]);
  const onNodesChange = useCallback(
    (changes: NodeChange<Node<ProjectorNodeData>>[]) =>
      setMeasured((current) => applyNodeChanges(changes, current)),
    [],
  );
  const onNodeClick = useCallback(
    (_: unknown, node: Node<ProjectorNodeData>) => {
      if (node.data.quote) onShowQuote?.(node.id);
    },
    [onShowQuote],
  );
  // React Flow's attribution link stays in the corner (its licence asks for the credit) but out of
  // the presentation's tab order: a teacher's Tab goes to the stage's buttons, not to a website.
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const link of frame.current?.querySelectorAll('.react-flow__attribution a') ?? []) {
      link.setAttribute('tabindex', '-1');
    }
  });
  return (
    <ReactFlow
      ref={frame}
      edgeTypes={edgeTypes}
      onNodeClick={onNodeClick}
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
      <Camera nodes={measured} fits={fits} />
    </ReactFlow>
  );
}
