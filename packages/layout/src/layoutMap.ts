/**
 * `layoutMap`: where every node of an argument map goes, top to bottom from the question to the
 * evidence.
 *
 * @module
 */
import type { ArgMap, ArgNode, Point } from '@argmap/core';
import { placeCompact } from './compact.ts';
import { buildForest } from './forest.ts';
import { estimateNodeSize, type Size } from './nodeContent.ts';
import { type LinkToRoute, routeLinks } from './routeLinks.ts';

/** Options of {@link layoutMap}. Every gap is in canvas units. */
export interface LayoutOptions {
  /** The box of each node; defaults to {@link estimateNodeSize}. */
  nodeSize?: (node: ArgNode) => Size;
  /** Horizontal space between neighbouring boxes in one tree (default 24). */
  siblingGap?: number;
  /** Vertical space between a row and the next (default 56). */
  levelGap?: number;
  /** Ignored: separate trees now wrap like the children of one node. Kept so old callers compile. */
  treeGap?: number;
  /**
   * The width : height the drawing aims for (default 1.6, a laptop screen): children wrap into
   * columns as needed to get close to it. Clamped to 0.1–10.
   */
  aspect?: number;
  /**
   * Whether nodes with a `position` set by hand keep it (default `true`). Their auto-placed
   * descendants move along with them, so new children appear under a node the user dragged.
   */
  keepPositions?: boolean;
  /** Ignored: every layout is compact now (children wrap into columns where a row runs wide). */
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
   * Each node whose children wrap into columns → those children. Their boxes are indented from
   * their column's left edge, and `routes` runs their lines down that margin.
   */
  stacks: Record<string, string[]>;
  /**
   * Edge id → the bent line to draw it along, from the source's box to the target's box, where a
   * plain curve would cross boxes: children in columns, and cross-links (links that did not place
   * their source), routed around every box. Edges missing here are drawn as usual, from the
   * source's top to the target's bottom. Dropped for lines whose ends were moved by hand.
   */
  routes: Record<string, Point[]>;
  /**
   * Room for a label centred on each node's box, from the box's top: as wide as the node's subtree
   * and, over a node with children, reaching into the gap below it. No other box enters it, so a
   * zoomed-out view can draw a title bigger than its box. Hand-placed nodes may crowd it.
   */
  labelRoom: Record<string, Size>;
}

const DEFAULTS = { siblingGap: 24, levelGap: 56, aspect: 1.6 };

/** How far a column is indented from its left edge, leaving room for the line that joins it. */
export const STACK_INDENT = 44;
/** Vertical space between two subtrees stacked in a column. */
export const STACK_GAP = 18;

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

/**
 * Lays out `map` compactly: the question at the top, the reasons that bear on a node under it
 * (supports before opposes), evidence at the bottom. A node's children stand in one row under it
 * unless that row would run wide; then they wrap into columns hung from it, each joined by a line
 * down the column's left margin (`MapLayout.routes`). How readily rows wrap is tuned so the whole
 * drawing comes out near `aspect` (width : height). A node with several parents sits under one of
 * them (see `buildForest`); its other links are routed around the boxes (`MapLayout.routes`).
 * Cycles are safe, and (unless `keepPositions` is `false`) hand-placed nodes keep their position.
 * Without hand positions, no two boxes overlap.
 *
 * Pure and deterministic: the same map and options give the same layout.
 */
export function layoutMap(map: ArgMap, options: LayoutOptions = {}): MapLayout {
  const siblingGap = gap(options.siblingGap, DEFAULTS.siblingGap);
  const levelGap = gap(options.levelGap, DEFAULTS.levelGap);
  const aspect =
    options.aspect !== undefined && Number.isFinite(options.aspect) && options.aspect > 0
      ? Math.min(Math.max(options.aspect, 0.1), 10)
      : DEFAULTS.aspect;
  const keepPositions = options.keepPositions ?? true;

  const sizes: Record<string, Size> = {};
  for (const [id, node] of [...map.nodes.entries()]) {
    sizes[id] = safeSize(options.nodeSize?.(node), node);
  }
  const forest = buildForest(map);
  const placed = placeCompact(
    { roots: forest.roots, children: forest.children, size: (id) => sizes[id] ?? { width: 0, height: 0 } },
    { siblingGap, levelGap, indent: STACK_INDENT, stackGap: STACK_GAP, aspect },
  );
  const positions: Record<string, Point> = {};
  for (const [id, at] of placed.positions) positions[id] = at;

  const moved = keepPositions ? applyHandPositions(map, forest.roots, forest.children, positions) : new Map();
  const treeParent: Record<string, string | null> = {};
  for (const [id, parent] of forest.parent) treeParent[id] = parent;

  // A child's bent line is kept only if it and its parent moved together (or not at all).
  const treeRoutes = new Map<string, Point[]>();
  for (const [child, route] of placed.routes) {
    const parent = forest.parent.get(child);
    const a = moved.get(child) ?? ZERO;
    const b = (parent ? moved.get(parent) : undefined) ?? ZERO;
    if (a.x !== b.x || a.y !== b.y || isPoint(map.nodes.get(child)?.position)) continue;
    treeRoutes.set(
      child,
      route.map((p) => ({ x: p.x + a.x, y: p.y + a.y })),
    );
  }
  const stacks: Record<string, string[]> = {};
  for (const [parent, kids] of placed.columns) {
    const routed = kids.filter((kid) => treeRoutes.has(kid));
    if (routed.length > 0) stacks[parent] = routed;
  }
  const routes: Record<string, Point[]> = {};
  const links: LinkToRoute[] = [];
  for (const edge of map.edges.toArray()) {
    if (edge.kind === 'undercuts' || !sizes[edge.source] || !sizes[edge.target]) continue;
    if (forest.parent.get(edge.source) === edge.target) {
      const route = treeRoutes.get(edge.source);
      if (route) routes[edge.id] = route;
    } else if (edge.source !== edge.target) {
      links.push({ id: edge.id, source: edge.source, target: edge.target });
    }
  }
  const boxes = new Map<string, Bounds>();
  for (const [id, at] of Object.entries(positions)) {
    const size = sizes[id] as Size;
    boxes.set(id, { x: at.x, y: at.y, width: size.width, height: size.height });
  }
  Object.assign(routes, routeLinks(links, boxes));

  const bounds = boundsOf(positions, sizes);
  const labelRoom: Record<string, Size> = {};
  for (const [id, room] of placed.labelRoom) labelRoom[id] = room;
  return { positions, sizes, bounds, roots: forest.roots, treeParent, stacks, routes, labelRoom };
}

const ZERO: Point = { x: 0, y: 0 };

// Walks each tree from its root, carrying the offset between the nearest hand-placed ancestor's
// stored position and its computed one, so auto-placed descendants keep their place relative to it.
function applyHandPositions(
  map: ArgMap,
  roots: string[],
  children: ReadonlyMap<string, readonly string[]>,
  positions: Record<string, Point>,
): Map<string, Point> {
  const moved = new Map<string, Point>();
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
    if (next.dx !== 0 || next.dy !== 0 || isPoint(hand)) moved.set(id, { x: next.dx, y: next.dy });
    for (const child of children.get(id) ?? []) stack.push({ id: child, ...next });
  }
  return moved;
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
