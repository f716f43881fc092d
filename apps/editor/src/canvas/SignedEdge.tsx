import type { EdgeKind } from '@argmap/core';
import { BaseEdge } from '@xyflow/react';
import { EdgeLabel } from './labelLayer.tsx';
import { RELATION_STYLES } from './palette.ts';

/** What {@link SignedEdge} draws: a computed path and where its sign badge sits. */
export interface SignedEdgeProps {
  id: string;
  kind: EdgeKind;
  path: string;
  labelX: number;
  labelY: number;
  markerEnd: string | undefined;
  selected: boolean | undefined;
  /** Where along the dash pattern the path starts (a clipped long edge keeps its dashes in place). */
  dashOffset?: number | undefined;
  /** Switched off by a what-if: drawn faint. */
  inactive: boolean | undefined;
  description: string | undefined;
}

/**
 * The drawing every relation shares: the stroke in its kind's style (solid, dashed or dotted) and a
 * badge with its sign, so the relation reads without colour. The edge components only compute the
 * path and where the badge goes.
 */
export function SignedEdge({
  id,
  kind,
  path,
  labelX,
  labelY,
  markerEnd,
  selected,
  inactive,
  description,
  dashOffset,
}: SignedEdgeProps) {
  const style = RELATION_STYLES[kind];
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
          strokeDashoffset: style.dash ? dashOffset : undefined,
          opacity: inactive ? 0.35 : 1,
        }}
      />
      <EdgeLabel>
        <div
          className={`edge-sign edge-sign--${kind}${inactive ? ' is-off' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={description}
          aria-hidden="true"
        >
          {style.sign}
        </div>
      </EdgeLabel>
    </>
  );
}
