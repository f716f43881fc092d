import { type EdgeProps, getBezierPath, type ReactFlowState, useStore } from '@xyflow/react';
import { memo, useCallback } from 'react';
import type { ArgFlowEdge } from './flowTypes.ts';
import { clipLine, isLongEdge, type Rect, visibleRect } from './longEdge.ts';
import { SignedEdge } from './SignedEdge.tsx';

/**
 * A supports (solid, "+") or opposes (dashed, "−") edge from a reason up to what it bears on. The
 * sign sits in a badge halfway along, so the relation reads without colour. A long edge (on big
 * maps) is a straight line clipped to near the screen: see longEdge.ts for why.
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
  const drawn = rect
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
