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
  if (rect) {
    const line = clipLine(sourceX, sourceY, targetX, targetY, rect);
    if (!line) return null;
    return (
      <SignedEdge
        id={id}
        kind={kind}
        path={line.path}
        dashOffset={line.offset}
        labelX={(sourceX + targetX) / 2}
        labelY={(sourceY + targetY) / 2}
        markerEnd={line.reachesTarget ? markerEnd : undefined}
        selected={selected}
        inactive={data?.inactive}
        description={data?.description}
      />
    );
  }
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  return (
    <SignedEdge
      id={id}
      kind={kind}
      path={path}
      labelX={labelX}
      labelY={labelY}
      markerEnd={markerEnd}
      selected={selected}
      inactive={data?.inactive}
      description={data?.description}
    />
  );
});

function sameRect(a: Rect | null, b: Rect | null): boolean {
  if (a === null || b === null) return a === b;
  return a.x0 === b.x0 && a.y0 === b.y0 && a.x1 === b.x1 && a.y1 === b.y1;
}
