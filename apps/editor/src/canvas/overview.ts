import type { NodeKind } from '@argmap/core';
import type { ArgFlowNode } from './flowTypes.ts';

/** A rectangle in flow coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the overview draws of a map: one SVG path per node kind, and the box around all nodes. */
export interface OverviewShapes {
  paths: Partial<Record<NodeKind, string>>;
  bounds: Box;
}

/** Size used for a node React Flow has not measured and the layout gave no estimate for. */
const FALLBACK = { width: 240, height: 90 };

/**
 * Every node of the map as rectangles in a few SVG paths (one per kind, for its colour): a few
 * DOM elements for thousands of nodes, where React Flow's minimap keeps one element and one store
 * subscription per node, all re-checked on every frame of a drag.
 */
export function overviewShapes(nodes: readonly ArgFlowNode[]): OverviewShapes {
  const parts: Partial<Record<NodeKind, string[]>> = {};
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const node of nodes) {
    const { x, y } = node.position;
    const width = node.measured?.width ?? node.initialWidth ?? FALLBACK.width;
    const height = node.measured?.height ?? node.initialHeight ?? FALLBACK.height;
    const kind = node.data.node.kind;
    const list = parts[kind] ?? [];
    list.push(
      `M${Math.round(x)} ${Math.round(y)}h${Math.round(width)}v${Math.round(height)}h${-Math.round(width)}z`,
    );
    parts[kind] = list;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + width);
    maxY = Math.max(maxY, y + height);
  }
  const paths: Partial<Record<NodeKind, string>> = {};
  for (const [kind, list] of Object.entries(parts) as [NodeKind, string[]][]) paths[kind] = list.join('');
  const bounds =
    nodes.length === 0
      ? { x: 0, y: 0, width: 0, height: 0 }
      : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  return { paths, bounds };
}

/** The part of the flow the screen shows, from React Flow's transform `[x, y, zoom]` and the canvas size. */
export function visibleBox(transform: readonly [number, number, number], width: number, height: number): Box {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

/** The smallest box holding both, grown by `padding` on every side. */
export function unionBox(a: Box, b: Box, padding = 0): Box {
  const x = Math.min(a.x, b.x) - padding;
  const y = Math.min(a.y, b.y) - padding;
  const right = Math.max(a.x + a.width, b.x + b.width) + padding;
  const bottom = Math.max(a.y + a.height, b.y + b.height) + padding;
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * `box` grown around its centre to the aspect ratio of an element of `size` pixels, so the whole
 * element shows flow (and the mask) rather than empty bands beside a long, flat tree.
 */
export function fitAspect(box: Box, size: { width: number; height: number }): Box {
  const scale = Math.max(box.width / size.width, box.height / size.height, Number.MIN_VALUE);
  const width = size.width * scale;
  const height = size.height * scale;
  return { x: box.x - (width - box.width) / 2, y: box.y - (height - box.height) / 2, width, height };
}

/**
 * The flow point under a pointer on the overview, which draws `view` (its viewBox) scaled to fit
 * an element of `size` pixels, centred, as SVG's default `preserveAspectRatio` does.
 */
export function overviewPoint(
  pointer: { x: number; y: number },
  size: { width: number; height: number },
  view: Box,
): { x: number; y: number } {
  const scale = Math.min(size.width / view.width, size.height / view.height);
  const offsetX = (size.width - view.width * scale) / 2;
  const offsetY = (size.height - view.height * scale) / 2;
  return { x: view.x + (pointer.x - offsetX) / scale, y: view.y + (pointer.y - offsetY) / scale };
}
