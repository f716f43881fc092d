/**
 * Long relation edges, drawn cheaply. On a big map a tidy tree spreads a node's children over
 * thousands of pixels, and Chromium's Skia dashes a stroke along its whole length, on screen or
 * not: a few long dashed curves made every drag frame of a 1,000-node map re-raster for tens of
 * milliseconds (with the dashes switched off, the same drag ran at 60 fps). So an edge longer than
 * {@link LONG_EDGE} is drawn as a straight line clipped to the part near the screen, with the dash
 * offset that keeps its dashes where the whole line would have them.
 *
 * @module
 */

/** Edges longer than this (flow units, Manhattan length) are drawn straight and clipped. */
export const LONG_EDGE = 2000;

/** Margin around the screen, in flow units, so a small pan does not redraw long edges. */
const MARGIN = 400;

/** An axis-aligned rectangle in flow coordinates. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What to draw for a long edge: the visible piece of the line, and whether its end is on it. */
export interface ClippedLine {
  path: string;
  /** Distance from the edge's source to the piece's start: the stroke's dash offset. */
  offset: number;
  /** The piece reaches the edge's target, so the arrowhead belongs on it. */
  reachesTarget: boolean;
}

/** True when the edge from (sx, sy) to (tx, ty) should be drawn as a clipped line. */
export function isLongEdge(sx: number, sy: number, tx: number, ty: number): boolean {
  return Math.abs(tx - sx) + Math.abs(ty - sy) > LONG_EDGE;
}

/**
 * The screen in flow coordinates, widened by a margin and snapped outwards to a grid of that margin,
 * so that it changes (and long edges redraw) only every few hundred pixels of panning.
 */
export function visibleRect(
  transform: readonly [number, number, number],
  width: number,
  height: number,
): Rect {
  const [tx, ty, zoom] = transform;
  const snapDown = (v: number) => Math.floor(v / MARGIN) * MARGIN;
  const snapUp = (v: number) => Math.ceil(v / MARGIN) * MARGIN;
  return {
    x0: snapDown(-tx / zoom - MARGIN),
    y0: snapDown(-ty / zoom - MARGIN),
    x1: snapUp((width - tx) / zoom + MARGIN),
    y1: snapUp((height - ty) / zoom + MARGIN),
  };
}

/**
 * The part of the segment from (sx, sy) to (tx, ty) inside `rect` (Liang–Barsky), or undefined
 * when the segment misses it.
 */
export function clipLine(
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  rect: Rect,
): ClippedLine | undefined {
  const dx = tx - sx;
  const dy = ty - sy;
  let t0 = 0;
  let t1 = 1;
  // Each pair: how fast the point leaves through one side (p), and how far it has to go (q).
  const sides: [number, number][] = [
    [-dx, sx - rect.x0],
    [dx, rect.x1 - sx],
    [-dy, sy - rect.y0],
    [dy, rect.y1 - sy],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return undefined;
  }
  const length = Math.hypot(dx, dy);
  const ax = sx + t0 * dx;
  const ay = sy + t0 * dy;
  const bx = sx + t1 * dx;
  const by = sy + t1 * dy;
  return { path: `M${ax},${ay} L${bx},${by}`, offset: t0 * length, reachesTarget: t1 === 1 };
}
