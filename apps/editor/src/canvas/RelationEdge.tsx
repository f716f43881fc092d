import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo } from 'react';
import type { ArgFlowEdge } from './flowTypes.ts';
import { RELATION_STYLES } from './palette.ts';

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
  const style = RELATION_STYLES[kind];
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{
          stroke: style.stroke,
          strokeWidth: selected ? 3.5 : 2,
          strokeDasharray: style.dash,
          opacity: data?.inactive ? 0.35 : 1,
        }}
      />
      <EdgeLabelRenderer>
        <div
          className={`edge-sign edge-sign--${kind}${data?.inactive ? ' is-off' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={data?.description}
          aria-hidden="true"
        >
          {style.sign}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
