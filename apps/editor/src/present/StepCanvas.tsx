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
import { useCallback, useEffect, useState } from 'react';
import { CAMERA_MARGIN, MIN_READABLE_ZOOM } from './frame.ts';
import { ProjectorNode } from './ProjectorNode.tsx';
import type { ProjectorNodeData } from './projectorFlow.ts';

const nodeTypes: NodeTypes = { projector: ProjectorNode };

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
  // The key of the nodes the camera last finished framing: until it equals the current key, the
  // camera is still on its way (the step changed, nodes are being measured, or it is gliding).
  const [framed, setFramed] = useState<string | null>(null);
  useEffect(() => {
    if (!ready || key === '' || width === 0 || height === 0) return;
    let current = true;
    void flow
      .fitView({
        nodes: key.split('\u0000').map((entry) => ({ id: entry.split(' ')[0] as string })),
        duration: cameraDuration(),
        padding: { x: `${CAMERA_MARGIN.x}px`, y: `${CAMERA_MARGIN.y}px` },
        minZoom: fits ? MIN_READABLE_ZOOM : 0.05,
        maxZoom: 1.25,
      })
      .then(() => {
        if (current) setFramed(key);
      });
    return () => {
      current = false;
    };
  }, [ready, key, fits, flow, width, height]);
  // Says whether the camera has come to rest on this step, for tests and screen recorders that
  // must wait for the picture to be final rather than for a guessed number of milliseconds.
  return <span hidden data-camera={ready && framed === key ? 'still' : 'moving'} />;
}

/** The audience's canvas: a read-only React Flow showing one step, with the camera on its nodes. */
export function StepCanvas({
  nodes,
  edges,
  fits,
}: {
  nodes: Node<ProjectorNodeData>[];
  edges: Edge[];
  /** Whether the nodes fit at a readable zoom. */
  fits: boolean;
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
      <Camera nodes={measured} fits={fits} />
    </ReactFlow>
  );
}
