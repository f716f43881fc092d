import type { NodeKind } from '@argmap/core';
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { memo, useMemo, useRef } from 'react';
import type { ArgFlowNode } from './flowTypes.ts';
import { type Box, fitAspect, overviewPoint, overviewShapes, unionBox, visibleBox } from './overview.ts';
import { KIND_STYLES } from './palette.ts';

const SIZE = { width: 200, height: 150 };
const KINDS = Object.keys(KIND_STYLES) as NodeKind[];

/**
 * The minimap of a big map: every node drawn in one path per kind, the part on screen left clear
 * under a grey mask; press or drag on it to move the view there. It redraws when the settled view
 * changes (an edit, a drop) or the viewport moves, never per drag frame: a node being dragged
 * reaches the overview when it is dropped. It reuses React Flow's minimap classes, so it looks like
 * the `<MiniMap>` that small maps keep.
 */
export const OverviewMap = memo(function OverviewMap({ nodes }: { nodes: readonly ArgFlowNode[] }) {
  const shapes = useMemo(() => overviewShapes(nodes), [nodes]);
  // The transform array is replaced only when the viewport moves.
  const transform = useStore((state) => state.transform);
  const width = useStore((state) => state.width);
  const height = useStore((state) => state.height);
  const flow = useReactFlow();
  const visible = visibleBox(transform, width, height);
  const margin = Math.max(shapes.bounds.width, shapes.bounds.height) * 0.03;
  const view = fitAspect(unionBox(shapes.bounds, visible, margin), SIZE);
  // Keep the frame still while the pointer pans, or the point under it would slide.
  const panning = useRef<Box | null>(null);

  const moveTo = (event: React.PointerEvent<SVGSVGElement>, frame: Box) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const at = overviewPoint({ x: event.clientX - rect.left, y: event.clientY - rect.top }, rect, frame);
    void flow.setCenter(at.x, at.y, { zoom: transform[2] });
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap">
      <svg
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label="Minimap"
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          panning.current = view;
          moveTo(event, view);
        }}
        onPointerMove={(event) => {
          if (panning.current) moveTo(event, panning.current);
        }}
        onPointerUp={() => {
          panning.current = null;
        }}
      >
        {KINDS.map((kind) =>
          shapes.paths[kind] ? (
            // crispEdges keeps nodes a pixel wide when a big map shrinks them below one.
            <path
              key={kind}
              d={shapes.paths[kind]}
              fill={KIND_STYLES[kind].accent}
              shapeRendering="crispEdges"
            />
          ) : null,
        )}
        <path
          className="react-flow__minimap-mask"
          fillRule="evenodd"
          d={`M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z M${visible.x},${visible.y}h${visible.width}v${visible.height}h${-visible.width}z`}
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
});
