/**
 * `layoutMap`: where every node of an argument map goes, top to bottom from the question to the
 * evidence.
 *
 * @module
 */
import type { ArgMap, ArgNode, Point } from '@argmap/core';
import { buildForest } from './forest.ts';
import { estimateNodeSize, type Size } from './nodeContent.ts';
import { planStacks, STACK_GAP, STACK_INDENT, type Stack } from './stacks.ts';
import { placeTidy } from './tidyTree.ts';

/** Options of {@link layoutMap}. Every gap is in canvas units. */
export interface LayoutOptions {
  /** The box of each node; defaults to {@link estimateNodeSize}. */
  nodeSize?: (node: ArgNode) => Size;
  /** Horizontal space between neighbouring boxes in one tree (default 24). */
  siblingGap?: number;
  /** Vertical space between a row and the next (default 56). */
  levelGap?: number;
  /** Horizontal space between two trees placed side by side (default 80). */
  treeGap?: number;
  /**
   * Whether nodes with a `position` set by hand keep it (default `true`). Their auto-placed
   * descendants move along with them, so new children appear under a node the user dragged.
   */
  keepPositions?: boolean;
  /**
   * Put three or more leaf children of a node (typically its evidence) in one column under it,
   * instead of side by side (default `false`). Much narrower maps; renderers should then join the
   * column with a line down its left side (see `MapLayout.stacks`).
   */
  stackLeaves?: boolean;
}

/** An axis-aligned rectangle; `x`, `y` is its top-left corner. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where every node goes. */
export interface MapLayout {
  /** Top-left corner of each node's box (as React Flow positions nodes). */
  positions: Record<string, Point>;
  /** Each node's box size. */
  sizes: Record<string, Size>;
  /** The rectangle that holds every box; all zero for an empty map. */
  bounds: Bounds;
  /** Ids of the tree roots, left to right. */
  roots: string[];
  /**
   * The node each node is drawn under (`null` for roots). Edges that do not follow this are
   * cross-links: drawn, but they did not place anything.
   */
  treeParent: Record<string, string | null>;
  /**
   * With `stackLeaves`: each node whose leaf children sit in a column under it → those children,
   * top to bottom. Their boxes are indented by `STACK_INDENT` from the column's left edge, so a
   * line can run down that margin up to the parent. Empty otherwise.
   */
  stacks: Record<string, string[]>;
}

const DEFAULTS = { siblingGap: 24, levelGap: 56, treeGap: 80 };

function gap(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}

function safeSize(size: Size | undefined, node: ArgNode): Size {
  const ok = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;
  if (size && ok(size.width) && ok(size.height)) return { width: size.width, height: size.height };
  return estimateNodeSize(node);
}

function isPoint(p: Point | undefined): p is Point {
  return p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
}

// Which leaves may go in a column: evidence that supports or opposes the parent directly.
function evidenceOf(map: ArgMap): (parent: string, leaf: string) => boolean {
  const direct = new Set<string>();
  for (const edge of map.edges.toArray()) {
    if (edge.kind !== 'undercuts') direct.add(`${edge.source}\u0000${edge.target}`);
  }
  return (parent, leaf) => map.nodes.get(leaf)?.kind === 'evidence' && direct.has(`${leaf}\u0000${parent}`);
}

/**
 * Lays out `map` as a tidy tree: the question at the top, the reasons that bear on a node in the
 * row below it (supports left of opposes), evidence at the bottom; rows line up across the whole
 * map. A node with several parents sits under one of them (see `buildForest`), several roots stand
 * side by side, cycles are safe, and (unless `keepPositions` is `false`) hand-placed nodes keep
 * their position. Without hand positions, no two boxes overlap.
 *
 * Pure and deterministic: the same map and options give the same layout.
 */
export function layoutMap(map: ArgMap, options: LayoutOptions = {}): MapLayout {
  const siblingGap = gap(options.siblingGap, DEFAULTS.siblingGap);
  const levelGap = gap(options.levelGap, DEFAULTS.levelGap);
  const treeGap = gap(options.treeGap, DEFAULTS.treeGap);
  const keepPositions = options.keepPositions ?? true;

  const sizes: Record<string, Size> = {};
  for (const [id, node] of [...map.nodes.entries()]) {
    sizes[id] = safeSize(options.nodeSize?.(node), node);
  }
  const forest = buildForest(map);
  const plan = options.stackLeaves
    ? planStacks(forest, sizes, new Set([...map.nodes.keys()]), evidenceOf(map))
    : { stacks: new Map<string, Stack>(), children: forest.children, stacked: new Set<string>() };
  const depthOf = (id: string): number => {
    const stack = plan.stacks.get(id);
    return stack ? (forest.depth.get(stack.parent) ?? 0) + 1 : (forest.depth.get(id) ?? 0);
  };
  const sizeOf = (id: string): Size => sizes[id] ?? plan.stacks.get(id)?.size ?? { width: 0, height: 0 };

  // One height per row, shared by every tree, so rows line up across the whole map. Columns of
  // stacked leaves are taller than a row and sit outside this (the tidy layout keeps them clear).
  const rowHeight: number[] = [];
  for (const [id, depth] of forest.depth) {
    if (plan.stacked.has(id)) continue;
    rowHeight[depth] = Math.max(rowHeight[depth] ?? 0, sizes[id]?.height ?? 0);
  }
  const rowTop: number[] = [0];
  for (let d = 1; d <= rowHeight.length; d++) {
    rowTop[d] = (rowTop[d - 1] ?? 0) + (rowHeight[d - 1] ?? 0) + levelGap;
  }

  const maxDepth = new Map<string, number>();
  for (const root of forest.roots) {
    let deepest = 0;
    const stack = [root];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      deepest = Math.max(deepest, forest.depth.get(id) ?? 0);
      for (const child of forest.children.get(id) ?? []) stack.push(child);
    }
    maxDepth.set(root, deepest);
  }

  const positions: Record<string, Point> = {};
  let cursor = 0;
  for (const root of forest.roots) {
    const xs = placeTidy(
      {
        root,
        children: plan.children,
        xSize: (id) => sizeOf(id).width + siblingGap,
        ySize: (id) => (plan.stacks.has(id) ? sizeOf(id).height : (rowHeight[depthOf(id)] ?? 0)) + levelGap,
      },
      maxDepth.get(root) ?? 0,
    );
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    for (const [id, cx] of xs) {
      const width = sizeOf(id).width;
      left = Math.min(left, cx - width / 2);
      right = Math.max(right, cx + width / 2);
    }
    const shift = cursor - left;
    for (const [id, cx] of xs) {
      const x = cx + shift - sizeOf(id).width / 2;
      const y = rowTop[depthOf(id)] ?? 0;
      const stack = plan.stacks.get(id);
      if (!stack) {
        positions[id] = { x, y };
        continue;
      }
      let top = y;
      for (const member of stack.members) {
        positions[member] = { x: x + STACK_INDENT, y: top };
        top += (sizes[member]?.height ?? 0) + STACK_GAP;
      }
    }
    cursor = right + shift + treeGap;
  }

  if (keepPositions) applyHandPositions(map, forest.roots, forest.children, positions);

  const treeParent: Record<string, string | null> = {};
  for (const [id, parent] of forest.parent) treeParent[id] = parent;
  const stacks: Record<string, string[]> = {};
  const bounds = boundsOf(positions, sizes);
  for (const stack of plan.stacks.values()) {
    stacks[stack.parent] = stack.members;
    // The column's margin (where renderers draw the joining line) belongs to the drawing too.
    const marginX = Math.min(...stack.members.map((id) => (positions[id]?.x ?? 0) - STACK_INDENT));
    if (marginX < bounds.x) {
      bounds.width += bounds.x - marginX;
      bounds.x = marginX;
    }
  }
  return { positions, sizes, bounds, roots: forest.roots, treeParent, stacks };
}

// Walks each tree from its root, carrying the offset between the nearest hand-placed ancestor's
// stored position and its computed one, so auto-placed descendants keep their place relative to it.
function applyHandPositions(
  map: ArgMap,
  roots: string[],
  children: ReadonlyMap<string, readonly string[]>,
  positions: Record<string, Point>,
): void {
  const stack: { id: string; dx: number; dy: number }[] = roots.map((id) => ({ id, dx: 0, dy: 0 }));
  while (stack.length > 0) {
    const { id, dx, dy } = stack.pop() as { id: string; dx: number; dy: number };
    const computed = positions[id] ?? { x: 0, y: 0 };
    const hand = map.nodes.get(id)?.position;
    let next = { dx, dy };
    if (isPoint(hand)) {
      next = { dx: hand.x - computed.x, dy: hand.y - computed.y };
      positions[id] = { x: hand.x, y: hand.y };
    } else {
      positions[id] = { x: computed.x + dx, y: computed.y + dy };
    }
    for (const child of children.get(id) ?? []) stack.push({ id: child, ...next });
  }
}

function boundsOf(positions: Record<string, Point>, sizes: Record<string, Size>): Bounds {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const [id, p] of Object.entries(positions)) {
    const size = sizes[id] ?? { width: 0, height: 0 };
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + size.width);
    maxY = Math.max(maxY, p.y + size.height);
  }
  if (!Number.isFinite(minX)) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
