import { type EdgeProps, getBezierPath, type ReactFlowState, useStore } from '@xyflow/react';
import { memo, useCallback } from 'react';
import type { ArgFlowEdge } from './flowTypes.ts';
import { clipLine, isLongEdge, type Rect, visibleRect } from './longEdge.ts';
import { SignedEdge } from './SignedEdge.tsx';

/**
 * A supports (solid, "+") or opposes (dashed, "−") edge from a reason up to what it bears on. The
 * sign sits in a badge halfway along, so the relation reads without colour. An edge the layout
 * routed (a child in a column, a cross-link) follows that bent line around the boxes. A long edge
 * (on big maps) is a straight line clipped to near the screen: see longEdge.ts for why.
 */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<ArgFlowEdge>) {
  const {
    id,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    data,
    markerEnd,
    selected,
  } = props;
  const kind = data?.kind ?? 'supports';
  const long = isLongEdge(sourceX, sourceY, targetX, targetY);
  // Only long edges follow the viewport; every other edge's selector returns null and never re-renders.
  const rect = useStore(
    useCallback(
      (state: ReactFlowState) => (long ? visibleRect(state.transform, state.width, state.height) : null),
      [long],
    ),
    sameRect,
  );
  const route =
    data?.route && routeStillFits(data.route, sourceX, sourceY, targetX, targetY) ? data.route : undefined;
  const drawn = route
    ? routed(route.points, targetX, targetY)
    : rect
      ? longLine(sourceX, sourceY, targetX, targetY, rect)
      : bezier(getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition }));
  if (!drawn) return null;
  return (
    <SignedEdge
      id={id}
      kind={kind}
      path={drawn.path}
      dashOffset={drawn.dashOffset}
      labelX={drawn.labelX}
      labelY={drawn.labelY}
      markerEnd={drawn.arrow ? markerEnd : undefined}
      selected={selected}
      inactive={data?.inactive}
      description={data?.description}
    />
  );
});

/** The stroke an edge draws, where its sign badge sits, and whether its arrowhead is on it. */
interface Drawn {
  path: string;
  dashOffset: number | undefined;
  labelX: number;
  labelY: number;
  arrow: boolean;
}

function bezier([path, labelX, labelY]: [string, number, number, number, number]): Drawn {
  return { path, dashOffset: undefined, labelX, labelY, arrow: true };
}

type Route = NonNullable<NonNullable<ArgFlowEdge['data']>['route']>;

/**
 * Whether both ends are still where the layout put them. The target's handle is at its measured
 * bottom, which the layout only estimated, so its height may differ; a node being dragged moves
 * its top or its centre line, and the edge falls back to a plain curve until the drop.
 */
function routeStillFits(route: Route, sx: number, sy: number, tx: number, ty: number): boolean {
  const { source, target } = route;
  return (
    Math.abs(sx - source.x) < 1 &&
    Math.abs(sy - source.y) < 1 &&
    Math.abs(tx - (target.x + target.width / 2)) < 1 &&
    ty > target.y &&
    ty < target.y + Math.max(target.height, 40) * 1.6
  );
}

/** The layout's bent line, its end moved onto the target's measured bottom when it enters from below. */
function routed(points: readonly { x: number; y: number }[], tx: number, ty: number): Drawn | undefined {
  const [first, second] = points;
  if (!first || !second) return undefined;
  const last = points[points.length - 1] as { x: number; y: number };
  const before = points[points.length - 2] as { x: number; y: number };
  const fromBelow = Math.abs(last.x - tx) < 1 && before.x === last.x && before.y > last.y;
  let path = `M${first.x} ${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as { x: number; y: number };
    const y = i === points.length - 1 && fromBelow ? ty : p.y;
    path += `L${p.x} ${y}`;
  }
  return {
    path,
    dashOffset: undefined,
    labelX: (first.x + second.x) / 2,
    labelY: (first.y + second.y) / 2,
    arrow: true,
  };
}

/** A long edge: the clipped straight line, or undefined when none of it is near the screen. */
function longLine(sx: number, sy: number, tx: number, ty: number, rect: Rect): Drawn | undefined {
  const line = clipLine(sx, sy, tx, ty, rect);
  if (!line) return undefined;
  const labelX = (sx + tx) / 2;
  const labelY = (sy + ty) / 2;
  return { path: line.path, dashOffset: line.offset, labelX, labelY, arrow: line.reachesTarget };
}

function sameRect(a: Rect | null, b: Rect | null): boolean {
  if (a === null || b === null) return a === b;
  return a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;
}
