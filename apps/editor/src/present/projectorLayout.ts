import type { ArgMap, ArgNode, Point } from '@argmap/core';

/** Width of a node on the projector, in canvas units (≈ CSS px at zoom 1, the size steps are shown at). */
export const PROJECTOR_NODE_WIDTH = 440;
const SIBLING_GAP = 48;
const TREE_GAP = 120;
const ROW_GAP = 110;

/**
 * A node's height on the projector, estimated from its text at the projector theme's sizes
 * (32 px text, 28 px quote clamped to 3 lines, citation up to 2 lines). Only used to space the
 * rows; the browser draws the real box.
 */
export function estimateProjectorHeight(node: ArgNode): number {
  const charsPerLine = 22;
  const lines = (text: string, max: number) =>
    Math.min(max, Math.max(1, Math.ceil(text.length / charsPerLine)));
  let height = 40 + 34 + lines(node.text, 8) * 40;
  if (node.evidence) height += lines(node.evidence.quote, 3) * 38 + 2 * 36 + 16;
  return height;
}

/**
 * Where each node sits on the projector: a tidy tree with the question on top, each node centred
 * over the reasons that bear on it (supports left of objections), so a step showing one reason and
 * its quotes is compact enough to frame at full size. Hand-set editor positions are ignored on
 * purpose: they were chosen for small editor nodes. Cycles and several roots are safe.
 */
export function projectorLayout(map: ArgMap): Record<string, Point> {
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  const edges = Object.values(map.edges).sort((a, b) => rank(a.kind) - rank(b.kind));
  for (const edge of edges) {
    // An undercut hangs under the node its attacked edge points at, next to the attacked reason.
    const target = edge.kind === 'undercuts' ? map.edges[edge.target]?.target : edge.target;
    if (target === undefined || !(target in map.nodes) || !(edge.source in map.nodes)) continue;
    if (hasParent.has(edge.source) || edge.source === target) continue;
    hasParent.add(edge.source);
    children.set(target, [...(children.get(target) ?? []), edge.source]);
  }

  // Each node is placed once; a cycle's back edge is ignored by the `placed` check.
  const placed = new Set<string>();
  const width = new Map<string, number>();
  const depthOf = new Map<string, number>();
  const treeOf = (id: string, depth: number): string[] => {
    placed.add(id);
    depthOf.set(id, depth);
    const kids = (children.get(id) ?? []).filter((kid) => !placed.has(kid));
    const own: string[] = [];
    for (const kid of kids) {
      // A sibling's subtree may have claimed this node already (several paths to it).
      if (placed.has(kid)) continue;
      treeOf(kid, depth + 1);
      own.push(kid);
    }
    children.set(id, own);
    const span =
      own.reduce((sum, kid) => sum + (width.get(kid) ?? 0), 0) + SIBLING_GAP * Math.max(0, own.length - 1);
    width.set(id, Math.max(PROJECTOR_NODE_WIDTH, span));
    return own;
  };
  const roots: string[] = [];
  for (const id of Object.keys(map.nodes)) {
    if (hasParent.has(id) || placed.has(id)) continue;
    roots.push(id);
    treeOf(id, 0);
  }
  for (const id of Object.keys(map.nodes)) {
    if (placed.has(id)) continue;
    roots.push(id);
    treeOf(id, 0);
  }

  const rowHeight: number[] = [];
  for (const node of Object.values(map.nodes)) {
    const depth = depthOf.get(node.id) ?? 0;
    rowHeight[depth] = Math.max(rowHeight[depth] ?? 0, estimateProjectorHeight(node));
  }
  const rowY: number[] = [];
  for (let depth = 0; depth < rowHeight.length; depth++) {
    rowY[depth] = depth === 0 ? 0 : (rowY[depth - 1] ?? 0) + (rowHeight[depth - 1] ?? 0) + ROW_GAP;
  }

  const positions: Record<string, Point> = {};
  const place = (id: string, left: number) => {
    const w = width.get(id) ?? PROJECTOR_NODE_WIDTH;
    const depth = depthOf.get(id) ?? 0;
    positions[id] = { x: left + (w - PROJECTOR_NODE_WIDTH) / 2, y: rowY[depth] ?? 0 };
    const kids = children.get(id) ?? [];
    const span =
      kids.reduce((sum, kid) => sum + (width.get(kid) ?? 0), 0) + SIBLING_GAP * Math.max(0, kids.length - 1);
    let x = left + (w - span) / 2;
    for (const kid of children.get(id) ?? []) {
      place(kid, x);
      x += (width.get(kid) ?? 0) + SIBLING_GAP;
    }
  };
  let left = 0;
  for (const root of roots) {
    place(root, left);
    left += (width.get(root) ?? 0) + TREE_GAP;
  }
  return positions;
}

function rank(kind: string): number {
  return kind === 'supports' ? 0 : kind === 'opposes' ? 1 : 2;
}
