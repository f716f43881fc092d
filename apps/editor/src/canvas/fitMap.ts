import type { Edge, Node, ReactFlowInstance } from '@xyflow/react';
import { FAR_ZOOM } from './semanticZoom.ts';

/** A rectangle in canvas units or screen pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** React Flow's viewport: screen = canvas × zoom + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Screen pixels kept free around a fitted map. */
export const FIT_MARGIN = 24;
/** Fit never zooms in past this: a small map is shown at its natural size. */
export const FIT_MAX_ZOOM = 1;

/**
 * The viewport that shows all of `bounds` in a `canvas` of that size, with `FIT_MARGIN` around it,
 * never over the overlay in the bottom-right corner (the minimap, `corner`): the map is fitted
 * either beside it or above it, whichever leaves it bigger. No lower zoom limit: Fit always fits.
 */
export function fitViewport(
  bounds: Rect,
  canvas: { width: number; height: number },
  corner: { width: number; height: number } | undefined,
  maxZoom = FIT_MAX_ZOOM,
): Viewport {
  const width = Math.max(bounds.width, 1);
  const height = Math.max(bounds.height, 1);
  const areas = [{ width: canvas.width, height: canvas.height }];
  if (corner) {
    areas[0] = { width: canvas.width - corner.width - FIT_MARGIN, height: canvas.height };
    areas.push({ width: canvas.width, height: canvas.height - corner.height - FIT_MARGIN });
  }
  let best: Viewport = { x: 0, y: 0, zoom: 0 };
  for (const area of areas) {
    const room = { width: area.width - 2 * FIT_MARGIN, height: area.height - 2 * FIT_MARGIN };
    if (room.width <= 0 || room.height <= 0) continue;
    const zoom = Math.min(room.width / width, room.height / height, maxZoom);
    if (zoom <= best.zoom) continue;
    best = {
      zoom,
      x: FIT_MARGIN + (room.width - width * zoom) / 2 - bounds.x * zoom,
      y: FIT_MARGIN + (room.height - height * zoom) / 2 - bounds.y * zoom,
    };
  }
  if (best.zoom === 0) best = { x: -bounds.x, y: -bounds.y, zoom: Math.min(1, maxZoom) };
  return best;
}

/**
 * Zoomed out past reading, the question's title is drawn above its box (`.arg-node__far-title`:
 * under it, the positions' titles would cover it). Screen pixels kept free above the map for it.
 */
export const FAR_QUESTION_ROOM = 64;

/**
 * `fitViewport`, with room above the map for the question's zoomed-out title when the fitted zoom
 * is past reading (below `farZoom`).
 */
export function fitViewportWithTitles(
  bounds: Rect,
  canvas: { width: number; height: number },
  corner: { width: number; height: number } | undefined,
  farZoom: number,
): Viewport {
  const view = fitViewport(bounds, canvas, corner);
  if (view.zoom >= farZoom) return view;
  const lower = fitViewport(
    bounds,
    { width: canvas.width, height: canvas.height - FAR_QUESTION_ROOM },
    corner,
  );
  return { ...lower, y: lower.y + FAR_QUESTION_ROOM };
}

/**
 * The lowest zoom the canvas allows for a map of this size: a little below what fits it, so the
 * whole of any map can be seen (React Flow's fixed 0.1 left big maps eight screens wide).
 */
export function minZoomFor(bounds: Rect, canvas: { width: number; height: number }): number {
  if (canvas.width <= 0 || canvas.height <= 0 || bounds.width <= 0 || bounds.height <= 0) return 0.1;
  const fit = Math.min(canvas.width / bounds.width, canvas.height / bounds.height);
  return Math.max(0.002, Math.min(0.1, fit * 0.5));
}

/** The editor's canvas and its minimap, found in the page. */
function canvasElements(): { canvas: HTMLElement | null; minimap: HTMLElement | null } {
  const canvas = document.querySelector<HTMLElement>('.canvas-frame .react-flow');
  return { canvas, minimap: canvas?.querySelector<HTMLElement>('.react-flow__minimap') ?? null };
}

/**
 * Set on the canvas frame while the view shows what it promised ("opening": the opening view,
 * "fit": the whole map, "follow": the selected node) and the student has not moved it or selected
 * anything else since. The canvas frames the view again when the layout changes under it (see
 * `MapCanvas`).
 */
export const VIEW_HELD = 'data-view-held';

/**
 * Fits the whole map on screen, clear of the minimap (the Fit button and F). Uses the boxes React
 * Flow knows (measured, or estimated before that), so it works with culling on. The view stays
 * fitted (`VIEW_HELD`) while the boxes of nodes that come on screen are measured.
 */
export function fitMap<N extends Node, E extends Edge>(
  flow: Pick<ReactFlowInstance<N, E>, 'getNodes' | 'getNodesBounds' | 'setViewport'>,
  options: { animate?: boolean } = {},
): void {
  const { canvas, minimap } = canvasElements();
  if (!canvas) return;
  const nodes = flow.getNodes();
  if (nodes.length === 0) return;
  const bounds = flow.getNodesBounds(nodes);
  const corner = minimap ? { width: minimap.offsetWidth + 15, height: minimap.offsetHeight + 15 } : undefined;
  const view = fitViewportWithTitles(
    bounds,
    { width: canvas.clientWidth, height: canvas.clientHeight },
    corner,
    FAR_ZOOM,
  );
  canvas.closest('.canvas-frame')?.setAttribute(VIEW_HELD, 'fit');
  void flow.setViewport(view, options.animate === false ? undefined : { duration: 200 });
}

/**
 * Set on the canvas frame by {@link fitAfter}: the canvas fits the map once React Flow has the
 * nodes of the change (MapCanvas), and does not follow the selection that change moved.
 */
export const FIT_PENDING = 'data-fit-pending';

/**
 * Runs a change of what the canvas shows (collapse all, show N levels) and fits the map it leaves.
 * `change` returns whether anything changed; when nothing did, the map is fitted as it is.
 */
export function fitAfter<N extends Node, E extends Edge>(
  flow: Pick<ReactFlowInstance<N, E>, 'getNodes' | 'getNodesBounds' | 'setViewport'>,
  change: () => boolean,
): void {
  const frame = canvasElements().canvas?.closest('.canvas-frame');
  frame?.setAttribute(FIT_PENDING, '');
  if (change()) return;
  frame?.removeAttribute(FIT_PENDING);
  fitMap(flow);
}
