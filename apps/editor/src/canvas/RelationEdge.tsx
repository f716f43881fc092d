import { type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo } from 'react';
import type { ArgFlowEdge } from './flowTypes.ts';
import { SignedEdge } from './SignedEdge.tsx';

/**
 * A supports (solid, "+") or opposes (dashed, "−") edge from a reason up to what it bears on. The
 * sign sits in a badge halfway along, so the relation reads without colour.
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
