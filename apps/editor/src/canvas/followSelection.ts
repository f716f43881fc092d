import type { Viewport } from './fitMap.ts';
import { FAR_ZOOM } from './semanticZoom.ts';

/** Screen pixels kept between a followed node and the canvas edge. */
const FOLLOW_MARGIN = 32;
/** The zoom the view moves to when it follows a node while zoomed out past reading. */
const FOLLOW_ZOOM = 0.8;

/**
 * Where the view should move so the node with box `node` (canvas units) is wholly on screen, clear
 * of the minimap corner; `undefined` when it already is. A new, edited or found node is selected,
 * so following the selection brings it into view; when zoomed out past reading, the view also
 * zooms in so the node can be read and typed into.
 */
export function followViewport(
  node: { x: number; y: number; width: number; height: number },
  view: Viewport,
  canvas: { width: number; height: number },
  corner: { width: number; height: number } | undefined,
): Viewport | undefined {
  const left = node.x * view.zoom + view.x;
  const top = node.y * view.zoom + view.y;
  const right = left + node.width * view.zoom;
  const bottom = top + node.height * view.zoom;
  const underCorner =
    corner !== undefined && right > canvas.width - corner.width && bottom > canvas.height - corner.height;
  const inside = left >= 0 && top >= 0 && right <= canvas.width && bottom <= canvas.height && !underCorner;
  if (inside && view.zoom >= FAR_ZOOM) return undefined;
  const zoom = view.zoom >= FAR_ZOOM ? view.zoom : FOLLOW_ZOOM;
  // Centred, unless the node is taller or wider than the screen: then its top-left corner shows.
  const wide = node.width * zoom > canvas.width - 2 * FOLLOW_MARGIN;
  const tall = node.height * zoom > canvas.height - 2 * FOLLOW_MARGIN;
  const x = wide ? FOLLOW_MARGIN - node.x * zoom : canvas.width / 2 - (node.x + node.width / 2) * zoom;
  const y = tall ? FOLLOW_MARGIN - node.y * zoom : canvas.height / 2 - (node.y + node.height / 2) * zoom;
  return { x, y, zoom };
}
