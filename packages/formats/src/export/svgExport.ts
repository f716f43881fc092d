/**
 * A static SVG of the laid-out map: readable without the editor, printable, embeddable in a page.
 *
 * @module
 */
import { type ArgMap, type Diagnostic, fail, ok, type Point, type Result } from '@argmap/core';
import { type LayoutOptions, layoutMap, NODE_METRICS } from '@argmap/layout';
import type { FormatAdapter } from '../adapter.ts';
import { mapSerializer } from '../mapSerializer.ts';
import { toursDropped } from '../toursDropped.ts';
import { type ExportLossSpec, exportLosses } from './exportLosses.ts';
import { drawnEdges } from './graphEdges.ts';
import { invisibleTextWarning } from './inertText.ts';
import {
  type Box,
  type Curve,
  EDGE_STYLE,
  linkCurve,
  routeCurve,
  spreadEnds,
  undercutCurve,
} from './svgEdges.ts';
import { renderNode } from './svgNode.ts';
import { escapeXml } from './xmlEscape.ts';

/** Options of {@link exportSvg}. */
export interface SvgOptions {
  /**
   * Passed to `layoutMap` (node sizes, gaps, whether hand positions are kept): the same compact
   * layout as the editor, so the picture is the map the student edited.
   */
  layout?: LayoutOptions;
  /** Draw the map's title and a legend above the map (default `true`). */
  header?: boolean;
}

/**
 * Most statements `exportSvg` draws: about 60 MB of SVG and a few seconds (docs/benchmarks.md,
 * 1.2 kB and ~60 µs per node). Larger maps are refused at once with a message, instead of
 * spending minutes and gigabytes on a picture no viewer opens.
 */
export const MAX_SVG_NODES = 50_000;

/**
 * Hand positions further than this from the origin are ignored (the node is laid out like an
 * unplaced one): no map is drawn that wide, and ±1e308 would make the picture Infinity wide.
 */
export const MAX_POSITION = 1_000_000;

const MARGIN = 24;
const HEADER_HEIGHT = 78;
const LEGEND_WIDTH = 1080;
const r = (n: number): string => String(Math.round(n * 10) / 10);

const STYLE = `text{font-family:Helvetica,Arial,sans-serif;fill:#1a1a1a}
.statement{font-size:${NODE_METRICS.fontSize}px}
.header{font-size:${NODE_METRICS.smallFontSize}px;font-weight:bold;letter-spacing:.06em}
.citation{font-size:${NODE_METRICS.smallFontSize}px;font-style:italic;fill:#333}
a .citation{fill:#0b57d0;text-decoration:underline}
.badge{font-size:13px;font-weight:bold;text-anchor:middle}
.map-title{font-size:20px;font-weight:bold}
.legend{font-size:12px}`;

function markers(): string {
  return Object.entries(EDGE_STYLE)
    .map(
      ([kind, style]) =>
        `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${style.colour}"/></marker>`,
    )
    .join('');
}

function badge(kind: keyof typeof EDGE_STYLE, at: Point): string {
  const style = EDGE_STYLE[kind];
  if (kind === 'undercuts') {
    return `<g transform="translate(${r(at.x)} ${r(at.y)})"><rect x="-30" y="-9" width="60" height="18" rx="9" fill="#fff" stroke="${style.colour}"/><text y="4" class="badge" style="font-size:11px" fill="${style.colour}">${style.badge}</text></g>`;
  }
  return `<g transform="translate(${r(at.x)} ${r(at.y)})"><circle r="9" fill="#fff" stroke="${style.colour}" stroke-width="1.5"/><text y="4.5" class="badge" fill="${style.colour}">${style.badge}</text></g>`;
}

function edgePath(kind: keyof typeof EDGE_STYLE, curve: Curve): string {
  const style = EDGE_STYLE[kind];
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  return `<path d="${curve.d}" fill="none" stroke="${style.colour}" stroke-width="1.6"${dash} marker-end="url(#arrow-${kind})"/>`;
}

function legend(y: number): string {
  const items: string[] = [];
  let x = 0;
  const labels = { supports: '+ supports', opposes: '− opposes', undercuts: 'undercuts (a link)' } as const;
  for (const kind of ['supports', 'opposes', 'undercuts'] as const) {
    const style = EDGE_STYLE[kind];
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    items.push(
      `<path d="M${x} ${y}H${x + 40}" stroke="${style.colour}" stroke-width="1.6"${dash} marker-end="url(#arrow-${kind})"/>`,
      `<text x="${x + 48}" y="${y + 4}" class="legend">${labels[kind]}</text>`,
    );
    x += kind === 'undercuts' ? 190 : 140;
  }
  items.push(
    `<text x="${x}" y="${y + 4}" class="legend">Boxes: double border = question · heavy rounded = position · plain = claim · folded page = evidence</text>`,
  );
  return items.join('');
}

/**
 * Lays out `map` with `@argmap/layout` and draws it as a standalone SVG document: title and legend,
 * nodes (kind shown by shape and header), reasons as arrows with `+` / `−` badges (opposes dashed),
 * undercuts dotted to the link they attack. All map text is escaped; only http(s) URLs become
 * links. Warnings list edges that could not be drawn.
 */
export function exportSvg(given: ArgMap, options: SvgOptions = {}): Result<string> {
  if (given.nodes.size > MAX_SVG_NODES) {
    return fail([
      {
        severity: 'error',
        code: 'svg-too-large',
        message: `This map has ${given.nodes.size.toLocaleString('en')} statements; an SVG picture holds at most ${MAX_SVG_NODES.toLocaleString('en')} (beyond that it would be hundreds of megabytes no viewer opens). Export Markdown, DOT or CSV instead, or draw a part of the map.`,
      },
    ]);
  }
  const { map, warnings: positionWarnings } = withinCanvas(given);
  const layout = layoutMap(map, options.layout);
  const header = options.header ?? true;
  const top = MARGIN + (header ? HEADER_HEIGHT : 0);
  const dx = MARGIN - layout.bounds.x;
  const dy = top - layout.bounds.y;
  const boxes = new Map<string, Box>();
  for (const [id, at] of Object.entries(layout.positions)) {
    const size = layout.sizes[id];
    if (size) boxes.set(id, { at: { x: at.x + dx, y: at.y + dy }, size });
  }
  const width = Math.max(layout.bounds.width + 2 * MARGIN, header ? LEGEND_WIDTH + 2 * MARGIN : 0, 1);
  const height = Math.max(layout.bounds.height + top + MARGIN, top + MARGIN);

  const { links, undercuts, warnings } = drawnEdges(map, 'SVG');
  const ends = spreadEnds(
    links.map((link) => link.edge),
    boxes,
  );
  const edgeSvg: string[] = [];
  const badges: string[] = [];
  const linkMid = new Map<string, Point>();
  for (const { edge } of links) {
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (!source || !target) continue;
    const kind = edge.kind === 'opposes' ? 'opposes' : 'supports';
    const endX = ends.get(edge.id) ?? target.at.x + target.size.width / 2;
    const route = layout.routes[edge.id];
    const curve = route
      ? routeCurve(route.map((p) => ({ x: p.x + dx, y: p.y + dy })))
      : linkCurve(source, target, endX);
    linkMid.set(edge.id, curve.mid);
    edgeSvg.push(edgePath(kind, curve));
    badges.push(badge(kind, curve.mid));
  }
  for (const { edge, link } of undercuts) {
    const undercutter = boxes.get(edge.source);
    const mid = linkMid.get(link.id);
    if (!undercutter || !mid) continue;
    const curve = undercutCurve(undercutter, { x: mid.x, y: mid.y + 9 }, boxes.get(link.source));
    edgeSvg.push(edgePath('undercuts', curve));
    badges.push(badge('undercuts', curve.mid));
  }
  const nodeSvg: string[] = [];
  for (const node of map.nodes.toArray()) {
    const box = boxes.get(node.id);
    if (box) nodeSvg.push(renderNode(node, box.at, box.size));
  }

  const title = escapeXml(map.meta.title || 'Argument map');
  const description = escapeXml(map.meta.description ?? `An argument map with ${nodeSvg.length} statements.`);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r(width)}" height="${r(height)}" viewBox="0 0 ${r(width)} ${r(height)}" role="img" aria-labelledby="map-title map-desc">`,
    `<title id="map-title">${title}</title>`,
    `<desc id="map-desc">${description}</desc>`,
    `<style>${STYLE}</style>`,
    `<defs>${markers()}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ];
  if (header) {
    parts.push(`<text x="${MARGIN}" y="${MARGIN + 20}" class="map-title">${title}</text>`);
    parts.push(`<g transform="translate(${MARGIN} ${MARGIN + 52})">${legend(0)}</g>`);
  }
  parts.push(`<g class="edges">${edgeSvg.join('')}</g>`);
  parts.push(`<g class="nodes">${nodeSvg.join('')}</g>`);
  parts.push(`<g class="badges">${badges.join('')}</g>`);
  parts.push('</svg>');
  return ok(`${parts.join('\n')}\n`, [
    ...positionWarnings,
    ...warnings,
    ...exportLosses(map, SVG_LOSES),
    ...invisibleTextWarning(map, 'SVG'),
    ...toursDropped(map, 'SVG'),
  ]);
}

/** The map without hand positions beyond {@link MAX_POSITION}, and one warning counting them. */
function withinCanvas(map: ArgMap): { map: ArgMap; warnings: Diagnostic[] } {
  let nodes = map.nodes;
  let count = 0;
  for (const node of map.nodes.values()) {
    const at = node.position;
    if (at && !(Math.abs(at.x) <= MAX_POSITION && Math.abs(at.y) <= MAX_POSITION)) {
      const { position: _, ...rest } = node;
      nodes = nodes.set(node.id, rest);
      count++;
    }
  }
  if (count === 0) return { map, warnings: [] };
  return {
    map: { ...map, nodes },
    warnings: [
      {
        severity: 'warning',
        code: 'svg-position-ignored',
        message: `${count.toLocaleString('en')} ${count === 1 ? 'node was' : 'nodes were'} placed more than ${MAX_POSITION.toLocaleString('en')} pixels from the origin; ${count === 1 ? 'it was' : 'they were'} laid out automatically instead.`,
      },
    ],
  };
}

/** What the picture leaves out: it keeps hand positions and citations, but not quotes or notes. */
const SVG_LOSES: ExportLossSpec = {
  parts: ['quotes', 'notes', 'scores', 'tags', 'collapsed'],
  meta: ['authors', 'language', 'dates'],
};

/** The `svg` export adapter: the laid-out map as a static picture. */
export const svgFormat: FormatAdapter = {
  id: 'svg',
  name: 'SVG image',
  extensions: ['.svg'],
  mediaType: 'image/svg+xml',
  serialize: mapSerializer((map) => exportSvg(map)),
};
