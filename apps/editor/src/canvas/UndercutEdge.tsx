import { type EdgeProps, useInternalNode, useStore } from '@xyflow/react';
import { memo } from 'react';
import type { ArgFlowEdge } from './flowTypes.ts';
import { SignedEdge } from './SignedEdge.tsx';

/**
 * An undercut: drawn from its source to the midpoint of the edge it attacks ("true, but it does not
 * follow"). React Flow anchors it at the attacked edge's target node; this component redraws the
 * end at the attacked edge's midpoint, which for React Flow's vertical bezier is the mean of its
 * two endpoints (bottom centre of the parent, top centre of the child).
 */
export const UndercutEdge = memo(function UndercutEdge(props: EdgeProps<ArgFlowEdge>) {
  const { id, sourceX, sourceY, data, markerEnd, selected } = props;
  const attacked = useStore((state) =>
    data?.targetEdge ? state.edgeLookup.get(data.targetEdge) : undefined,
  );
  const from = useInternalNode(attacked?.source ?? '');
  const to = useInternalNode(attacked?.target ?? '');
  if (!from || !to) return null;
  const childTop = {
    x: from.internals.positionAbsolute.x + (from.measured.width ?? 0) / 2,
    y: from.internals.positionAbsolute.y,
  };
  const parentBottom = {
    x: to.internals.positionAbsolute.x + (to.measured.width ?? 0) / 2,
    y: to.internals.positionAbsolute.y + (to.measured.height ?? 0),
  };
  const mid = { x: (childTop.x + parentBottom.x) / 2, y: (childTop.y + parentBottom.y) / 2 };
  const bend = { x: (sourceX + mid.x) / 2 + (mid.y - sourceY) * 0.15, y: (sourceY + mid.y) / 2 };
  const path = `M ${sourceX},${sourceY} Q ${bend.x},${bend.y} ${mid.x},${mid.y}`;
  return (
    <SignedEdge
      id={id}
      kind="undercuts"
      path={path}
      labelX={bend.x}
      labelY={bend.y}
      markerEnd={markerEnd}
      selected={selected}
      inactive={data?.inactive}
      description={data?.description}
    />
  );
});
