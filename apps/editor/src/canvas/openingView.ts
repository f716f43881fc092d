import type { ArgMap } from '@argmap/core';
import type { AutoLayout } from './autoLayout.ts';
import { FAR_QUESTION_ROOM, FIT_MARGIN, fitViewport, type Rect, type Viewport } from './fitMap.ts';
import { FAR_ZOOM } from './semanticZoom.ts';

/** The minimap's corner (200 × 150 and React Flow's 15 px panel margin), kept clear when fitting. */
export const MINIMAP_CORNER = { width: 215, height: 165 };

/**
 * Where a map opens: the whole map, clear of the minimap, when it fits at a readable zoom;
 * otherwise the question and every position across the top of the screen, with as much of the
 * map under them as fits. Zoomed out past reading, the canvas draws titles at a readable size
 * (semantic zoom), so the question and the positions can be read at once. On a phone, where the
 * positions' titles would cover each other, it opens on the question at a readable zoom.
 */
export function openingView(
  map: ArgMap,
  layout: Pick<AutoLayout, 'positions' | 'widths' | 'heights'> & Partial<Pick<AutoLayout, 'labelRoom'>>,
  canvas: { width: number; height: number },
): Viewport | undefined {
  const nodes = map.nodes.toArray();
  if (nodes.length === 0 || canvas.width <= 0 || canvas.height <= 0) return undefined;
  const all = nodes.map((node) => node.id);
  const whole = boundsOf(map, layout, all, 0);
  if (!whole) return undefined;
  const fitted = fitViewport(whole, canvas, MINIMAP_CORNER);
  const question = nodes.find((node) => node.kind === 'question');
  if (fitted.zoom >= FAR_ZOOM || !question) return fitted;
  // A phone cannot show the positions side by side with their titles readable: it opens on the
  // question, readable, with what hangs under it, for the student to pan along.
  if (canvas.width < NARROW_CANVAS_PX) {
    const at = map.nodes.get(question.id)?.position ?? layout.positions[question.id];
    if (at) {
      const zoom = NARROW_OPENING_ZOOM;
      const centre = at.x + (layout.widths[question.id] ?? 0) / 2;
      return { zoom, x: canvas.width / 2 - centre * zoom, y: FIT_MARGIN - at.y * zoom };
    }
  }
  // Every position, wherever it hangs (a rebuttal position sits under the one it answers).
  let positions = nodes.filter((node) => node.kind === 'position').map((node) => node.id);
  if (positions.length === 0) {
    positions = map.edges
      .toArray()
      .filter((edge) => edge.target === question.id && edge.kind !== 'undercuts')
      .map((edge) => edge.source);
  }
  // Fitted to the positions' span, titles included, the question at the top of the screen. A
  // title's width on screen depends on the zoom: fit the boxes, then the titles at that zoom.
  const ids = [question.id, ...positions];
  const boxes = boundsOf(map, layout, ids, 0);
  if (!boxes) return fitted;
  // Zooming out widens titles (in canvas units), so repeat until the titles fit at the zoom reached.
  // The question's title is drawn above its box: room for it at the top.
  const under = { width: canvas.width, height: canvas.height - FAR_QUESTION_ROOM };
  let top = boxes;
  let view = fitViewport(boxes, under, MINIMAP_CORNER);
  for (let i = 0; i < 8; i++) {
    top = boundsOf(map, layout, ids, view.zoom) ?? boxes;
    const next = fitViewport(top, under, MINIMAP_CORNER);
    const settled = next.zoom >= view.zoom * 0.999;
    view = next;
    if (settled) break;
  }
  // Titles sized for a zoom a little below the one reached, so the last step's widening fits too.
  top = boundsOf(map, layout, ids, view.zoom * 0.97) ?? boxes;
  view = fitViewport(top, under, MINIMAP_CORNER);
  return { ...view, y: FIT_MARGIN + FAR_QUESTION_ROOM - top.y * view.zoom };
}

/** Below this canvas width (a phone), the map opens on its question at a readable zoom. */
export const NARROW_CANVAS_PX = 600;
/** The zoom a phone opens at: statements at about 11 px, the question's box and its children. */
export const NARROW_OPENING_ZOOM = 0.8;

/** A zoomed-out title of a question or position is at most this wide on screen (`.arg-node__far-title`). */
export const TITLE_MAX_PX = 360;
/** …and at least this wide, where the layout left it less room. */
export const TITLE_MIN_PX = 180;

function boundsOf(
  map: ArgMap,
  layout: Pick<AutoLayout, 'positions' | 'widths' | 'heights'> & Partial<Pick<AutoLayout, 'labelRoom'>>,
  ids: readonly string[],
  /** The zoom the titles are drawn for (0: boxes only). */
  zoom = 0,
): Rect | undefined {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    const at = map.nodes.get(id)?.position ?? layout.positions[id];
    if (!at) continue;
    const width = layout.widths[id] ?? 0;
    // Room for the title too, which is centred on the box and may be wider than it.
    const room = layout.labelRoom?.[id]?.width ?? width;
    const title = zoom > 0 ? Math.min(Math.max(room, TITLE_MIN_PX / zoom), TITLE_MAX_PX / zoom) : 0;
    const spill = Math.max(0, (title - width) / 2);
    x0 = Math.min(x0, at.x - spill);
    y0 = Math.min(y0, at.y);
    x1 = Math.max(x1, at.x + width + spill);
    y1 = Math.max(y1, at.y + (layout.heights[id] ?? 0));
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : undefined;
}
