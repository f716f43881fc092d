import { BaseEdge, type Edge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';

/** Where along the line, from the reason up, its label sits. */
const LABEL_HEIGHT = 0.3;

/** What a projector line says: its relation, as a word. */
export interface ProjectorEdgeData extends Record<string, unknown> {
  kind: 'supports' | 'opposes' | 'undercuts';
}

/**
 * One line on the projector, from a reason's top up to what it bears on. Its style is the
 * documented code (supports solid, opposes dashed, undercuts dotted; present.css), and its label
 * sits beside the line, never on it: lines between rows are short, and a label box over the middle
 * cut a solid line in two (it read as dashed) and left a dashed one two stubs (it read as dotted).
 * The label goes low on the line, where it still rises straight from the reason, on the side the
 * line does not bend towards.
 */
export function ProjectorEdge({
  id,
  sourceX,
  sourceY,
  sourcePosition,
  targetX,
  targetY,
  targetPosition,
  data,
}: EdgeProps<Edge<ProjectorEdgeData>>) {
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  const kind = data?.kind ?? 'supports';
  const y = sourceY + (targetY - sourceY) * LABEL_HEIGHT;
  const side = targetX > sourceX + 1 ? 'calc(-100% - 12px)' : '12px';
  return (
    <>
      <BaseEdge id={id} path={path} />
      <EdgeLabelRenderer>
        <div
          className={`projector-edge__label projector-edge__label--${kind}`}
          style={{ transform: `translate(${side}, -50%) translate(${sourceX}px, ${y}px)` }}
        >
          {kind}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
