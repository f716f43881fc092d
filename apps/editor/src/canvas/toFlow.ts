import type { ArgMap } from '@argmap/core';
import type { Edge, Node } from '@xyflow/react';

/** Data carried by each React Flow node: the core node's id, kind and text. */
export interface ArgFlowNodeData extends Record<string, unknown> {
  kind: string;
  text: string;
}

const ROW_HEIGHT = 160;
const COLUMN_WIDTH = 280;

/**
 * Turns a core map into React Flow nodes and edges. Nodes with a hand-set position keep it;
 * the rest are placed in rows by their distance from the map's roots.
 */
export function toFlow(map: ArgMap): { nodes: Node<ArgFlowNodeData>[]; edges: Edge[] } {
  const depth = depthFromRoots(map);
  const perRow = new Map<number, number>();
  const nodes: Node<ArgFlowNodeData>[] = [];
  for (const node of map.nodes.toArray()) {
    const row = depth.get(node.id) ?? 0;
    const column = perRow.get(row) ?? 0;
    perRow.set(row, column + 1);
    nodes.push({
      id: node.id,
      position: node.position ?? { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT },
      data: { kind: node.kind, text: node.text, label: node.text },
      ariaLabel: `${node.kind}: ${node.text}`,
    });
  }
  const edges: Edge[] = [];
  for (const edge of map.edges.toArray()) {
    if (edge.kind === 'undercuts') continue;
    edges.push({ id: edge.id, source: edge.source, target: edge.target, label: edge.kind });
  }
  return { nodes, edges };
}

/** Rows counted down from the nodes nothing points to (the question), following edges backwards. */
function depthFromRoots(map: ArgMap): Map<string, number> {
  const incoming = new Map<string, string[]>();
  for (const edge of map.edges.toArray()) {
    if (edge.kind === 'undercuts') continue;
    const list = incoming.get(edge.target) ?? [];
    list.push(edge.source);
    incoming.set(edge.target, list);
  }
  const hasOutgoing = new Set(map.edges.toArray().map((edge) => edge.source));
  const depth = new Map<string, number>();
  const queue = [...map.nodes.keys()].filter((id) => !hasOutgoing.has(id));
  for (const id of queue) depth.set(id, 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const child of incoming.get(id) ?? []) {
      if (depth.has(child)) continue;
      depth.set(child, (depth.get(id) ?? 0) + 1);
      queue.push(child);
    }
  }
  return depth;
}
