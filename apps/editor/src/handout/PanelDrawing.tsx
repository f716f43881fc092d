import { type ArgMap, PALETTE, type Point } from '@argmap/core';
import { HandoutNode } from './HandoutNode.tsx';
import type { HandoutFacts } from './handoutFacts.ts';
import type { Panel, PanelBox, PanelLine } from './mapPanels.ts';

/** The documented line code, so it reads in black and white: supports solid, opposes dashed, undercuts dotted. */
const LINE_STYLE = {
  supports: { colour: PALETTE.light.relations.supports, dash: undefined },
  opposes: { colour: PALETTE.light.relations.opposes, dash: '7 4' },
  undercuts: { colour: PALETTE.light.relations.undercuts, dash: '2 3' },
} as const;

const topOf = (box: PanelBox): Point => ({ x: box.x + box.width / 2, y: box.y });
const bottomOf = (box: PanelBox): Point => ({ x: box.x + box.width / 2, y: box.y + box.height });

/** The path of one line and its middle (where an undercut of it lands). */
function pathOf(line: PanelLine, boxes: ReadonlyMap<string, PanelBox>, mids: ReadonlyMap<string, Point>) {
  const { edge, route } = line;
  const from = boxes.get(edge.source);
  if (!from) return undefined;
  if (route && route.length >= 2) {
    const [first] = route as [Point];
    const d = `M${first.x} ${first.y}${route
      .slice(1)
      .map((p) => `L${p.x} ${p.y}`)
      .join('')}`;
    const a = route[Math.floor((route.length - 1) / 2)] as Point;
    const b = route[Math.floor((route.length - 1) / 2) + 1] as Point;
    return { d, mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
  }
  const end =
    edge.kind === 'undercuts'
      ? mids.get(edge.target)
      : (() => {
          const target = boxes.get(edge.target);
          return target ? bottomOf(target) : undefined;
        })();
  if (!end) return undefined;
  const start = topOf(from);
  const my = (start.y + end.y) / 2;
  return {
    d: `M${start.x} ${start.y}C${start.x} ${my} ${end.x} ${my} ${end.x} ${end.y}`,
    mid: { x: (start.x + end.x) / 2, y: my },
  };
}

/**
 * One panel of the map handout: its boxes where the layout put them, and the lines between them
 * under the boxes, each ending in an arrowhead at what it bears on.
 */
export function PanelDrawing({
  map,
  panel,
  facts,
  partOf,
}: {
  map: ArgMap;
  panel: Panel;
  facts: HandoutFacts;
  /** The part number printed for the panel at `index`. */
  partOf: (index: number) => number;
}) {
  const boxes = new Map(panel.boxes.map((box) => [box.id, box]));
  const mids = new Map<string, Point>();
  const paths: { id: string; kind: keyof typeof LINE_STYLE; d: string }[] = [];
  // Undercuts last: they land on the middle of the line they attack.
  const ordered = [...panel.lines].sort(
    (a, b) => Number(a.edge.kind === 'undercuts') - Number(b.edge.kind === 'undercuts'),
  );
  for (const line of ordered) {
    const path = pathOf(line, boxes, mids);
    if (!path) continue;
    mids.set(line.edge.id, path.mid);
    paths.push({ id: line.edge.id, kind: line.edge.kind, d: path.d });
  }
  return (
    <div className="map-panel__drawing" style={{ width: panel.width, height: panel.height }}>
      <svg className="map-panel__lines" width={panel.width} height={panel.height} aria-hidden="true">
        <defs>
          {Object.entries(LINE_STYLE).map(([kind, style]) => (
            <marker
              key={kind}
              id={`handout-arrow-${kind}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0 0L10 5L0 10z" fill={style.colour} />
            </marker>
          ))}
        </defs>
        {paths.map((path) => (
          <path
            key={path.id}
            d={path.d}
            fill="none"
            stroke={LINE_STYLE[path.kind].colour}
            strokeWidth={1.6}
            strokeDasharray={LINE_STYLE[path.kind].dash}
            markerEnd={`url(#handout-arrow-${path.kind})`}
          />
        ))}
      </svg>
      {panel.boxes.map((box) => {
        const node = map.nodes.get(box.id);
        if (!node) return null;
        const continued = panel.continued.get(box.id);
        return (
          <div
            key={box.id}
            className="map-panel__box"
            style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
          >
            <HandoutNode
              node={node}
              facts={facts}
              note={continued === undefined ? undefined : `Its reasons: part ${partOf(continued)}`}
            />
          </div>
        );
      })}
    </div>
  );
}
