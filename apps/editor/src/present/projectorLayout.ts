import type { ArgMap, ArgNode, Point } from '@argmap/core';

/** Width of a node on the projector, in canvas units (≈ CSS px at zoom 1). */
export const PROJECTOR_NODE_WIDTH = 440;
/** Evidence under one node is laid out in rows of this many, matching the tour's evidence steps. */
export const EVIDENCE_COLUMNS = 2;
const GAP = 48;
const GRID_TOP_GAP = 60;
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
  if (node.evidence) height += lines(node.evidence.quote, 3) * 38 + 2 * 32 + 16;
  return height;
}

interface Block {
  /** Non-evidence reasons, laid out as a tree below. */
  kids: string[];
  /** Evidence, laid out in a grid right under the node. */
  evidence: string[];
  width: number;
}

/**
 * Where each node sits on the projector, shaped so that tour steps can be framed at full size:
 * a tidy tree of questions, positions and claims, each reason set strongest-nearest-the-middle
 * (supports weakest to strongest, then objections strongest to weakest, so a step showing the
 * strongest of each shows two neighbours), and the evidence of each node in rows of
 * {@link EVIDENCE_COLUMNS} right under it (evidence bearing on a position is a reason like others). Hand-set editor positions are ignored on purpose: they
 * were chosen for small editor nodes. Cycles and several roots are safe.
 */
export function projectorLayout(map: ArgMap): Record<string, Point> {
  const strength = (id: string) => map.nodes[id]?.baseScore ?? 0;
  const supports = new Map<string, string[]>();
  const objections = new Map<string, string[]>();
  const evidenceOf = new Map<string, string[]>();
  const hasParent = new Set<string>();
  for (const edge of Object.values(map.edges)) {
    // An undercut hangs under the node its attacked edge points at, next to the attacked reason.
    const target = edge.kind === 'undercuts' ? map.edges[edge.target]?.target : edge.target;
    if (target === undefined || !(target in map.nodes) || !(edge.source in map.nodes)) continue;
    if (hasParent.has(edge.source) || edge.source === target) continue;
    hasParent.add(edge.source);
    const bucket =
      map.nodes[edge.source]?.kind === 'evidence'
        ? evidenceOf
        : edge.kind === 'supports'
          ? supports
          : objections;
    bucket.set(target, [...(bucket.get(target) ?? []), edge.source]);
  }

  const blocks = new Map<string, Block>();
  const depthOf = new Map<string, number>();
  const visit = (id: string, depth: number): Block => {
    depthOf.set(id, depth);
    const block: Block = { kids: [], evidence: [], width: PROJECTOR_NODE_WIDTH };
    blocks.set(id, block);
    const fresh = (ids: string[] | undefined) => (ids ?? []).filter((kid) => !depthOf.has(kid));
    block.evidence = fresh(evidenceOf.get(id));
    for (const kid of block.evidence) {
      depthOf.set(kid, depth);
      blocks.set(kid, { kids: [], evidence: [], width: PROJECTOR_NODE_WIDTH });
    }
    const ordered = [
      ...fresh(supports.get(id)).sort((a, b) => strength(a) - strength(b)),
      ...fresh(objections.get(id)).sort((a, b) => strength(b) - strength(a)),
    ];
    for (const kid of ordered) {
      // A sibling's subtree may have claimed this node already (several paths to it).
      if (depthOf.has(kid)) continue;
      visit(kid, depth + 1);
      block.kids.push(kid);
    }
    const columns = Math.min(EVIDENCE_COLUMNS, block.evidence.length);
    const gridWidth = columns * PROJECTOR_NODE_WIDTH + Math.max(0, columns - 1) * GAP;
    block.width = Math.max(PROJECTOR_NODE_WIDTH, gridWidth, spanOf(block.kids, blocks));
    return block;
  };
  const roots: string[] = [];
  for (const pass of [true, false]) {
    // First the real roots; then whatever sits only on cycles.
    for (const id of Object.keys(map.nodes)) {
      if (depthOf.has(id) || (pass && hasParent.has(id))) continue;
      roots.push(id);
      visit(id, 0);
    }
  }

  // Row heights: the tallest node of a depth plus the tallest evidence grid hanging under it.
  const evidencePitch =
    Math.max(
      0,
      ...Object.values(map.nodes)
        .filter((n) => n.evidence)
        .map(estimateProjectorHeight),
    ) + GAP;
  const nodeHeight: number[] = [];
  const rowHeight: number[] = [];
  for (const [id, block] of blocks) {
    const node = map.nodes[id];
    if (!node || (node.kind === 'evidence' && !roots.includes(id))) continue;
    const depth = depthOf.get(id) ?? 0;
    nodeHeight[depth] = Math.max(nodeHeight[depth] ?? 0, estimateProjectorHeight(node));
    const gridRows = Math.ceil(block.evidence.length / EVIDENCE_COLUMNS);
    const grid = gridRows === 0 ? 0 : GRID_TOP_GAP + gridRows * evidencePitch;
    rowHeight[depth] = Math.max(rowHeight[depth] ?? 0, (nodeHeight[depth] ?? 0) + grid);
  }
  const rowY: number[] = [];
  for (let depth = 0; depth < rowHeight.length; depth++) {
    rowY[depth] = depth === 0 ? 0 : (rowY[depth - 1] ?? 0) + (rowHeight[depth - 1] ?? 0) + ROW_GAP;
  }

  const positions: Record<string, Point> = {};
  const place = (id: string, left: number) => {
    const block = blocks.get(id);
    if (!block) return;
    const depth = depthOf.get(id) ?? 0;
    const y = rowY[depth] ?? 0;
    positions[id] = { x: left + (block.width - PROJECTOR_NODE_WIDTH) / 2, y };
    const columns = Math.min(EVIDENCE_COLUMNS, block.evidence.length);
    const gridLeft = left + (block.width - (columns * PROJECTOR_NODE_WIDTH + (columns - 1) * GAP)) / 2;
    block.evidence.forEach((kid, i) => {
      positions[kid] = {
        x: gridLeft + (i % EVIDENCE_COLUMNS) * (PROJECTOR_NODE_WIDTH + GAP),
        y: y + (nodeHeight[depth] ?? 0) + GRID_TOP_GAP + Math.floor(i / EVIDENCE_COLUMNS) * evidencePitch,
      };
    });
    let x = left + (block.width - spanOf(block.kids, blocks)) / 2;
    for (const kid of block.kids) {
      place(kid, x);
      x += (blocks.get(kid)?.width ?? 0) + GAP;
    }
  };
  let left = 0;
  for (const root of roots) {
    place(root, left);
    left += (blocks.get(root)?.width ?? 0) + GAP * 3;
  }
  return positions;
}

function spanOf(ids: string[], blocks: Map<string, Block>): number {
  if (ids.length === 0) return 0;
  return ids.reduce((sum, id) => sum + (blocks.get(id)?.width ?? 0), 0) + GAP * (ids.length - 1);
}
