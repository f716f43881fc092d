import { type ArgMap, type ArgNode, NODE_KINDS, type Point, Table } from '@argmap/core';
import { MarkerType, Position } from '@xyflow/react';
import type { ArgFlowEdge, ArgFlowNode, ArgFlowNodeData, NodeVerdict } from './flowTypes.ts';
import { RELATION_STYLES } from './palette.ts';
import { computeVisibility, type Visibility } from './visibility.ts';

/** Everything the canvas shows, gathered from the store, the layout and the critique. */
export interface FlowInputs {
  map: ArgMap;
  /** Auto-layout positions; nodes placed by hand use their own `position`. */
  layout: Readonly<Record<string, Point>>;
  /** Node widths from the layout, so text wraps where the layout expected. */
  widths: Readonly<Record<string, number>>;
  /**
   * Estimated node heights. With them React Flow can cull a big map before measuring it; without,
   * it renders every node once just to measure it.
   */
  heights?: Readonly<Record<string, number>>;
  selectedNodes: readonly string[];
  selectedEdges: readonly string[];
  switchedOff: ReadonlySet<string>;
  verdicts: Readonly<Record<string, NodeVerdict>> | undefined;
  /** Sizes React Flow measured in the DOM; it needs them back on every node it is given. */
  measured: ReadonlyMap<string, { width: number; height: number }>;
  /** Room for zoomed-out titles, by node id (see `AutoLayout.labelRoom`). */
  labelRoom?: Readonly<Record<string, { width: number; height: number }>>;
  /** The layout's bent lines, by edge id (see `AutoLayout.routes`). */
  routes?: Readonly<Record<string, readonly Point[]>>;
}

/** React Flow's nodes and edges for one state of the editor. */
export interface FlowView {
  nodes: ArgFlowNode[];
  edges: ArgFlowEdge[];
}

interface NodeCacheEntry {
  node: ArgNode;
  position: Point;
  width: number | undefined;
  height: number | undefined;
  measured: { width: number; height: number } | undefined;
  selected: boolean;
  verdict: NodeVerdict | undefined;
  switchedOff: boolean;
  hiddenCount: number;
  hasChildren: boolean;
  selfAttack: string | undefined;
  evidenceCount: number;
  labelWidth: number;
  flow: ArgFlowNode;
}

const KIND_ORDER = new Map(NODE_KINDS.map((kind, i) => [kind, i]));

/**
 * Creates the function that turns editor state into React Flow nodes and edges. It remembers the
 * previous output and returns the same node object when nothing about a node changed, so after an
 * edit only the nodes it touched re-render (React Flow's node wrappers compare by identity). It
 * walks every node, so it stays off the drag path: positions mid-drag come from
 * `createDragOverlay` (dragOverlay.ts) on top of its output.
 */
export function createFlowViewModel(): (inputs: FlowInputs) => FlowView {
  const nodeCache = new Map<string, NodeCacheEntry>();
  let orderFor: ArgMap | undefined;
  let order: ArgNode[] = [];
  let visibilityFor: ArgMap | undefined;
  let visibility: Visibility = computeVisibility({
    nodes: Table.empty(),
    edges: Table.empty(),
  } as unknown as ArgMap);
  let selfAttacks = new Map<string, string>();
  let evidence = new Map<string, number>();
  let edgesKey: unknown[] = [];
  let edges: ArgFlowEdge[] = [];

  return (inputs) => {
    const { map } = inputs;
    if (orderFor !== map) {
      // Keyboard focus follows DOM order: question first, then positions, claims, evidence.
      order = map.nodes
        .toArray()
        .sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0));
      orderFor = map;
    }
    if (visibilityFor !== map) {
      visibility = computeVisibility(map);
      selfAttacks = selfAttackEdges(map);
      evidence = countEvidence(map);
      visibilityFor = map;
    }
    const selected = new Set(inputs.selectedNodes);
    const nodes: ArgFlowNode[] = [];
    const seen = new Set<string>();
    for (const node of order) {
      if (visibility.hidden.has(node.id)) continue;
      seen.add(node.id);
      const position = node.position ?? inputs.layout[node.id] ?? { x: 0, y: 0 };
      const entry: Omit<NodeCacheEntry, 'flow'> = {
        node,
        position,
        width: inputs.widths[node.id],
        height: inputs.heights?.[node.id],
        measured: inputs.measured.get(node.id),
        selected: selected.has(node.id),
        verdict: inputs.verdicts?.[node.id],
        switchedOff: inputs.switchedOff.has(node.id),
        hiddenCount: visibility.hiddenUnder.get(node.id) ?? 0,
        hasChildren: visibility.hasChildren.has(node.id),
        selfAttack: selfAttacks.get(node.id),
        evidenceCount: evidence.get(node.id) ?? 0,
        labelWidth: inputs.labelRoom?.[node.id]?.width ?? inputs.widths[node.id] ?? 0,
      };
      const cached = nodeCache.get(node.id);
      if (cached && sameEntry(cached, entry)) {
        nodes.push(cached.flow);
        continue;
      }
      const flow = toFlowNode(entry, cached);
      nodeCache.set(node.id, { ...entry, flow });
      nodes.push(flow);
    }
    for (const id of nodeCache.keys()) if (!seen.has(id)) nodeCache.delete(id);

    const key = [map.edges, visibility, inputs.switchedOff, inputs.selectedEdges, inputs.routes];
    if (!key.every((part, i) => part === edgesKey[i])) {
      const next = toFlowEdges(map, visibility.hidden, inputs.switchedOff, new Set(inputs.selectedEdges));
      if (inputs.routes) attachRoutes(next, inputs);
      edges = reuseEdges(edges, next);
      edgesKey = key;
    }
    return { nodes, edges };
  };
}

function sameEntry(a: NodeCacheEntry, b: Omit<NodeCacheEntry, 'flow'>): boolean {
  return (
    a.node === b.node &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.measured === b.measured &&
    a.selected === b.selected &&
    a.switchedOff === b.switchedOff &&
    a.hiddenCount === b.hiddenCount &&
    a.hasChildren === b.hasChildren &&
    a.selfAttack === b.selfAttack &&
    a.evidenceCount === b.evidenceCount &&
    a.labelWidth === b.labelWidth &&
    a.verdict?.strength === b.verdict?.strength &&
    a.verdict?.status === b.verdict?.status
  );
}

function toFlowNode(entry: Omit<NodeCacheEntry, 'flow'>, cached: NodeCacheEntry | undefined): ArgFlowNode {
  const { node } = entry;
  const previous = cached?.flow.data;
  const dataChanged =
    !previous ||
    previous.node !== node ||
    previous.switchedOff !== entry.switchedOff ||
    previous.hiddenCount !== entry.hiddenCount ||
    previous.hasChildren !== entry.hasChildren ||
    previous.selfAttack !== entry.selfAttack ||
    previous.evidenceCount !== entry.evidenceCount ||
    previous.labelWidth !== entry.labelWidth ||
    previous.verdict?.strength !== entry.verdict?.strength ||
    previous.verdict?.status !== entry.verdict?.status;
  // Keep `data` identical across moves so the memoised node component skips rendering.
  const data: ArgFlowNodeData = dataChanged
    ? {
        node,
        verdict: entry.verdict,
        switchedOff: entry.switchedOff,
        hiddenCount: entry.hiddenCount,
        hasChildren: entry.hasChildren,
        ...(entry.selfAttack !== undefined ? { selfAttack: entry.selfAttack } : {}),
        evidenceCount: entry.evidenceCount,
        labelWidth: entry.labelWidth,
      }
    : previous;
  const flow: ArgFlowNode = {
    id: node.id,
    type: 'arg',
    position: entry.position,
    data,
    selected: entry.selected,
    ariaLabel: describeNode(node, entry.verdict, entry.switchedOff, entry.selfAttack !== undefined),
  };
  if (entry.width !== undefined) {
    flow.style = { width: entry.width };
    flow.initialWidth = entry.width;
  }
  if (entry.height !== undefined) flow.initialHeight = entry.height;
  // Until React Flow has measured a node it renders it even when culling is on, just to find its
  // handles. Estimated handles let a big map skip that: only on-screen nodes are drawn at first.
  // Once measured, the handles React Flow found in the DOM take over.
  if (!entry.measured && entry.width !== undefined && entry.height !== undefined) {
    flow.handles = estimatedHandles(node.kind === 'question', entry.width, entry.height);
  }
  if (entry.measured) flow.measured = entry.measured;
  return flow;
}

/** How many evidence items support or oppose each node directly. */
function countEvidence(map: ArgMap): Map<string, number> {
  const counts = new Map<string, number>();
  for (const edge of map.edges.toArray()) {
    if (edge.kind === 'undercuts' || map.nodes.get(edge.source)?.kind !== 'evidence') continue;
    counts.set(edge.target, (counts.get(edge.target) ?? 0) + 1);
  }
  return counts;
}

/** What a screen reader announces for a node: kind, text, and the critique's verdict. */
export function describeNode(
  node: ArgNode,
  verdict: NodeVerdict | undefined,
  switchedOff: boolean,
  selfAttack = false,
): string {
  const parts = [`${node.kind}: ${node.text || '(no text)'}`];
  if (selfAttack) parts.push('opposes itself');
  if (node.kind === 'evidence' && node.evidence?.source.speaker)
    parts.push(`said by ${node.evidence.source.speaker}`);
  if (switchedOff) parts.push('switched off');
  else if (verdict) {
    parts.push(`strength ${Math.round(verdict.strength * 100)} percent`);
    if (node.kind !== 'question') parts.push(verdict.status);
  }
  return parts.join(', ');
}

function toFlowEdges(
  map: ArgMap,
  hidden: ReadonlySet<string>,
  switchedOff: ReadonlySet<string>,
  selected: ReadonlySet<string>,
): ArgFlowEdge[] {
  const edges: ArgFlowEdge[] = [];
  const text = (id: string) => map.nodes.get(id)?.text ?? id;
  for (const edge of map.edges.toArray()) {
    if (hidden.has(edge.source)) continue;
    const style = RELATION_STYLES[edge.kind];
    if (edge.kind === 'undercuts') {
      const attacked = map.edges.get(edge.target);
      if (!attacked || hidden.has(attacked.source) || hidden.has(attacked.target)) continue;
      edges.push({
        id: edge.id,
        type: 'undercut',
        source: edge.source,
        // React Flow needs a node at each end; the edge component redirects the line to the
        // attacked edge's midpoint, so the target node only anchors it.
        target: attacked.target,
        selected: selected.has(edge.id),
        focusable: false,
        markerEnd: marker(style.stroke),
        data: {
          kind: edge.kind,
          targetEdge: attacked.id,
          inactive: switchedOff.has(edge.source),
          description: `"${text(edge.source)}" undercuts the link from "${text(attacked.source)}" to "${text(attacked.target)}"`,
        },
      });
      continue;
    }
    // A self-attack is the node's badge (ArgNodeView), not a line.
    if (hidden.has(edge.target) || edge.source === edge.target) continue;
    edges.push({
      id: edge.id,
      type: 'relation',
      source: edge.source,
      target: edge.target,
      selected: selected.has(edge.id),
      focusable: false,
      markerEnd: marker(style.stroke),
      data: {
        kind: edge.kind,
        inactive: switchedOff.has(edge.source),
        description: `"${text(edge.source)}" ${style.verb} "${text(edge.target)}"`,
      },
    });
  }
  for (const edge of edges) edge.ariaLabel = edge.data?.description;
  return edges;
}

/** Gives each edge the layout routed its line and where the layout put its ends. */
function attachRoutes(edges: ArgFlowEdge[], inputs: FlowInputs): void {
  for (const edge of edges) {
    const points = inputs.routes?.[edge.id];
    if (!points || !edge.data || edge.type !== 'relation') continue;
    const source = inputs.layout[edge.source];
    const target = inputs.layout[edge.target];
    const sourceWidth = inputs.widths[edge.source];
    const targetWidth = inputs.widths[edge.target];
    if (!source || !target || sourceWidth === undefined || targetWidth === undefined) continue;
    edge.data.route = {
      points,
      source: { x: source.x + sourceWidth / 2, y: source.y },
      target: { x: target.x, y: target.y, width: targetWidth, height: inputs.heights?.[edge.target] ?? 0 },
    };
  }
}

/**
 * Keeps the previous edge objects (and the previous array, when every edge is kept) where nothing
 * about an edge changed. Any map edit re-derives the edges, since their labels quote node texts;
 * without this, dropping a dragged node would hand React Flow a new object for every edge, and it
 * would re-index and redraw them all in the frame that shows the drop.
 */
function reuseEdges(previous: ArgFlowEdge[], next: ArgFlowEdge[]): ArgFlowEdge[] {
  const byId = new Map(previous.map((edge) => [edge.id, edge]));
  let reusedAll = previous.length === next.length;
  const result = next.map((edge, i) => {
    const old = byId.get(edge.id);
    if (old && sameEdge(old, edge)) {
      if (previous[i] !== old) reusedAll = false;
      return old;
    }
    reusedAll = false;
    return edge;
  });
  return reusedAll ? previous : result;
}

function sameEdge(a: ArgFlowEdge, b: ArgFlowEdge): boolean {
  return (
    a.type === b.type &&
    a.source === b.source &&
    a.target === b.target &&
    a.selected === b.selected &&
    a.ariaLabel === b.ariaLabel &&
    a.data?.kind === b.data?.kind &&
    a.data?.targetEdge === b.data?.targetEdge &&
    a.data?.inactive === b.data?.inactive &&
    a.data?.route?.points === b.data?.route?.points &&
    a.data?.description === b.data?.description
  );
}

function marker(color: string) {
  return { type: MarkerType.ArrowClosed, color, width: 16, height: 16 };
}

/** Where the editor's handles sit on a node of the given size (see ArgNodeView and .arg-handle). */
function estimatedHandles(isQuestion: boolean, width: number, height: number) {
  const size = 12;
  const target = {
    type: 'target' as const,
    position: Position.Bottom,
    x: width / 2 - size / 2,
    y: height - size / 2,
    width: size,
    height: size,
  };
  if (isQuestion) return [target];
  return [
    target,
    {
      type: 'source' as const,
      position: Position.Top,
      x: width / 2 - size / 2,
      y: -size / 2,
      width: size,
      height: size,
    },
  ];
}

/** The self-attack edge of each node that opposes itself, by node id. */
function selfAttackEdges(map: ArgMap): Map<string, string> {
  const found = new Map<string, string>();
  map.edges.forEach((edge) => {
    if (edge.source === edge.target && edge.kind === 'opposes') found.set(edge.source, edge.id);
  });
  return found;
}
