/**
 * The edges of the static SVG: curves from a reason up to what it bears on, with an arrowhead and
 * a `+` or `−` badge, and undercuts as dotted curves to the middle of the link they attack.
 *
 * @module
 */
import { type ArgEdge, PALETTE, type Point } from '@argmap/core';
import type { Size } from '@argmap/layout';

/** A placed box. */
export interface Box {
  at: Point;
  size: Size;
}

const { relations } = PALETTE.light;

/**
 * The look of each edge kind: colour (the shared palette), dash pattern and badge text. Dashes and
 * badges tell kinds apart without colour.
 */
export const EDGE_STYLE = {
  supports: { colour: relations.supports, dash: '', badge: '+' },
  opposes: { colour: relations.opposes, dash: '7 4', badge: '−' },
  undercuts: { colour: relations.undercuts, dash: '2 4', badge: 'undercut' },
} as const;

/** A drawn curve: its SVG path data, and the point halfway along it (where the badge goes). */
export interface Curve {
  d: string;
  mid: Point;
}

const r = (n: number): string => String(Math.round(n * 10) / 10);

function centre(box: Box): Point {
  return { x: box.at.x + box.size.width / 2, y: box.at.y + box.size.height / 2 };
}

// Where the straight line from the box's centre towards `toward` leaves the box.
function exitPoint(box: Box, toward: Point): Point {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Number.POSITIVE_INFINITY : box.size.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Number.POSITIVE_INFINITY : box.size.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/**
 * The curve of a reason from `source` to `target`. When the source sits below the target (the
 * usual tree case) it leaves the source's top and enters the target's bottom at `endX`, as an S
 * curve; otherwise (cross-links, cycles, hand-placed nodes) a straight line between the boxes' edges.
 */
export function linkCurve(source: Box, target: Box, endX: number): Curve {
  const sx = source.at.x + source.size.width / 2;
  const sy = source.at.y;
  const ey = target.at.y + target.size.height;
  if (sy > ey + 8) {
    const my = (sy + ey) / 2;
    return {
      d: `M${r(sx)} ${r(sy)}C${r(sx)} ${r(my)} ${r(endX)} ${r(my)} ${r(endX)} ${r(ey)}`,
      mid: { x: (sx + endX) / 2, y: my },
    };
  }
  const overlapY =
    source.at.y < target.at.y + target.size.height && target.at.y < source.at.y + source.size.height;
  if (overlapY) {
    // Side by side in one row (a cross-link between rival branches): arc over the row from top
    // to top, rather than a straight line hidden behind the boxes in between.
    const x1 = source.at.x + source.size.width / 2;
    const x2 = target.at.x + target.size.width / 2;
    const y1 = source.at.y;
    const y2 = target.at.y;
    const lift = Math.min(120, 24 + Math.abs(x2 - x1) * 0.12);
    const top = Math.min(y1, y2) - lift;
    return {
      d: `M${r(x1)} ${r(y1)}C${r(x1)} ${r(top)} ${r(x2)} ${r(top)} ${r(x2)} ${r(y2)}`,
      mid: { x: (x1 + x2) / 2, y: 0.125 * y1 + 0.75 * top + 0.125 * y2 },
    };
  }
  const start = exitPoint(source, centre(target));
  const end = exitPoint(target, centre(source));
  // The badge sits past the middle, towards the target, so two links between the same pair of
  // nodes (a cycle of two) keep their badges apart.
  return {
    d: `M${r(start.x)} ${r(start.y)}L${r(end.x)} ${r(end.y)}`,
    mid: { x: start.x + (end.x - start.x) * 0.65, y: start.y + (end.y - start.y) * 0.65 },
  };
}

/**
 * A link drawn along the route the layout gave it (children in columns, cross-links around boxes):
 * straight pieces from the source's box to the target's, the badge halfway along the first piece.
 */
export function routeCurve(route: readonly Point[]): Curve {
  const [first, second] = route;
  if (!first || !second) return { d: '', mid: first ?? { x: 0, y: 0 } };
  let d = `M${r(first.x)} ${r(first.y)}`;
  let last = first;
  for (const p of route.slice(1)) {
    if (p.y === last.y) d += `H${r(p.x)}`;
    else if (p.x === last.x) d += `V${r(p.y)}`;
    else d += `L${r(p.x)} ${r(p.y)}`;
    last = p;
  }
  return { d, mid: { x: (first.x + second.x) / 2, y: (first.y + second.y) / 2 } };
}

/**
 * The curve of an undercut from the undercutting node to `point`, the badge of the link it
 * attacks. It leaves from the node's side facing away from `avoid` (the attacked link's source,
 * which the undercutter usually hangs under) and swings round that box rather than through it.
 */
export function undercutCurve(undercutter: Box, point: Point, avoid: Box | undefined): Curve {
  const c = centre(undercutter);
  if (!avoid || undercutter.at.y < point.y) {
    const start = exitPoint(undercutter, point);
    return {
      d: `M${r(start.x)} ${r(start.y)}L${r(point.x)} ${r(point.y)}`,
      mid: { x: (start.x + point.x) / 2, y: (start.y + point.y) / 2 },
    };
  }
  const right = c.x >= centre(avoid).x;
  const startX = right ? undercutter.at.x + undercutter.size.width : undercutter.at.x;
  const sideX = right
    ? Math.max(avoid.at.x + avoid.size.width, startX) + 28
    : Math.min(avoid.at.x, startX) - 28;
  const d = `M${r(startX)} ${r(c.y)}C${r(sideX)} ${r(c.y)} ${r(sideX)} ${r(point.y)} ${r(point.x)} ${r(point.y)}`;
  return { d, mid: { x: sideX - (right ? 7 : -7), y: (c.y + point.y) / 2 } };
}

/**
 * Spreads the ends of the links entering each target along its bottom edge, ordered by where their
 * sources sit, so arrowheads do not pile up on one point. Returns the end x of each edge id.
 */
export function spreadEnds(links: ArgEdge[], boxes: ReadonlyMap<string, Box>): Map<string, number> {
  const byTarget = new Map<string, ArgEdge[]>();
  for (const edge of links) {
    const list = byTarget.get(edge.target) ?? [];
    list.push(edge);
    byTarget.set(edge.target, list);
  }
  const ends = new Map<string, number>();
  for (const [targetId, list] of byTarget) {
    const target = boxes.get(targetId);
    if (!target) continue;
    const sourceX = (edge: ArgEdge) => {
      const box = boxes.get(edge.source);
      return box ? box.at.x + box.size.width / 2 : 0;
    };
    list.sort((a, b) => sourceX(a) - sourceX(b));
    const span = Math.min(target.size.width * 0.6, (list.length - 1) * 18);
    const cx = target.at.x + target.size.width / 2;
    list.forEach((edge, i) => {
      ends.set(edge.id, list.length === 1 ? cx : cx - span / 2 + (span * i) / (list.length - 1));
    });
  }
  return ends;
}
