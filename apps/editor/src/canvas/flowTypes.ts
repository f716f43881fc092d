import type { ArgNode, EdgeKind, Point } from '@argmap/core';
import type { Edge, Node } from '@xyflow/react';

/** Whether a node stands once the arguments are weighed. */
export type NodeStatus = 'accepted' | 'rejected' | 'undecided';

/** What the critique says about one node: computed strength and acceptance. */
export interface NodeVerdict {
  /** Strength in [0, 1] under the chosen gradual semantics. */
  strength: number;
  /** Acceptance under the chosen semantics. */
  status: NodeStatus;
}

/** Data of a React Flow node: the core node plus what the canvas adds around it. */
export interface ArgFlowNodeData extends Record<string, unknown> {
  node: ArgNode;
  verdict: NodeVerdict | undefined;
  /** Switched off for a what-if. */
  switchedOff: boolean;
  /** Nodes hidden under this one while it is collapsed (0 when expanded or a leaf). */
  hiddenCount: number;
  /** Whether this node has reasons under it, i.e. can be collapsed. */
  hasChildren: boolean;
  /**
   * Id of the `opposes` edge from this node to itself, if it attacks itself. Drawn as a badge on
   * the node rather than as a line, which React Flow would draw as a loop through the node.
   */
  selfAttack?: string;
  /** Evidence items that bear on it directly: zoomed out, evidence shows as this count. */
  evidenceCount: number;
  /** Width the zoomed-out title may take, centred on the box (canvas units; see `MapLayout.labelRoom`). */
  labelWidth: number;
}

/** A React Flow node of the argument map. */
export type ArgFlowNode = Node<ArgFlowNodeData, 'arg'>;

/** Data of a React Flow edge. */
export interface ArgFlowEdgeData extends Record<string, unknown> {
  kind: EdgeKind;
  /** For undercuts: the id of the edge it attacks. */
  targetEdge?: string;
  /** Text for screen readers and the label tooltip. */
  description: string;
  /** The edge's source is switched off for a what-if: drawn faded. */
  inactive: boolean;
  /**
   * The layout's bent line for this edge (children in columns, cross-links around boxes), and where
   * the layout put its ends (the source's top centre, the target's top-left, width and estimated
   * height), so the edge falls back to a plain curve once either end has moved (mid-drag).
   */
  route?: {
    points: readonly Point[];
    source: Point;
    target: { x: number; y: number; width: number; height: number };
  };
}

/** A React Flow edge of the argument map. */
export type ArgFlowEdge = Edge<ArgFlowEdgeData, 'relation' | 'undercut'>;
