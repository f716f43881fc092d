/**
 * One node of the static SVG: its shape (which tells the kind without colour), the kind header,
 * the wrapped statement and, for evidence, the citation, linked when its URL is http(s).
 *
 * @module
 */
import { type ArgNode, type NodeKind, PALETTE, type Point } from '@argmap/core';
import { NODE_METRICS, nodeContent, type Size } from '@argmap/layout';
import { safeHttpUrl } from './citation.ts';
import { escapeXml } from './xmlEscape.ts';

/**
 * Fill and stroke per kind, from the one palette the editor and the projector use. Shapes and
 * header labels carry the kind too, so colour is never the only cue.
 */
export const KIND_COLOURS: Readonly<Record<NodeKind, { fill: string; stroke: string; header: string }>> = {
  question: colours('question'),
  position: colours('position'),
  claim: colours('claim'),
  evidence: colours('evidence'),
};

function colours(kind: NodeKind) {
  const { accent, tint, ink } = PALETTE.light.kinds[kind];
  return { fill: tint, stroke: accent, header: ink };
}

const r = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * The outline of a node's box, by kind: a double-bordered box for the question, a rounded box with
 * a heavy border for a position, a plain box for a claim, a page with a folded corner for evidence.
 */
export function nodeShape(kind: NodeKind, size: Size): string {
  const { width: w, height: h } = size;
  const c = KIND_COLOURS[kind] ?? KIND_COLOURS.claim;
  const paint = `fill="${c.fill}" stroke="${c.stroke}"`;
  switch (kind) {
    case 'question':
      return `<rect width="${r(w)}" height="${r(h)}" rx="4" ${paint} stroke-width="2"/><rect x="4" y="4" width="${r(w - 8)}" height="${r(h - 8)}" rx="2" fill="none" stroke="${c.stroke}" stroke-width="1"/>`;
    case 'position':
      return `<rect width="${r(w)}" height="${r(h)}" rx="14" ${paint} stroke-width="2.5"/>`;
    case 'evidence': {
      const fold = 14;
      return `<path d="M0 0H${r(w - fold)}L${r(w)} ${fold}V${r(h)}H0Z" ${paint} stroke-width="1.2"/><path d="M${r(w - fold)} 0V${fold}H${r(w)}" fill="none" stroke="${c.stroke}" stroke-width="1.2"/>`;
    }
    default:
      return `<rect width="${r(w)}" height="${r(h)}" rx="3" ${paint} stroke-width="1.2"/>`;
  }
}

/** The `<g>` drawing `node` with its top-left corner at `at`. Every user string is escaped. */
export function renderNode(node: ArgNode, at: Point, size: Size): string {
  const m = NODE_METRICS;
  const content = nodeContent(node);
  const kind: NodeKind = KIND_COLOURS[node.kind] ? node.kind : 'claim';
  const colours = KIND_COLOURS[kind];
  const parts: string[] = [
    `<g class="node ${kind}" transform="translate(${r(at.x)} ${r(at.y)})">`,
    `<title>${escapeXml(`${node.kind}: ${node.text}`)}</title>`,
    nodeShape(kind, size),
    `<text x="${m.padding}" y="${m.padding + m.smallFontSize}" class="header" fill="${colours.header}">${escapeXml(content.header)}</text>`,
  ];
  let baseline = m.padding + m.headerHeight;
  for (const line of content.lines) {
    baseline += m.lineHeight;
    parts.push(`<text x="${m.padding}" y="${r(baseline - 4)}" class="statement">${escapeXml(line)}</text>`);
  }
  if (content.citation.length > 0) {
    baseline += 4;
    const citation: string[] = [];
    for (const line of content.citation) {
      baseline += m.smallLineHeight;
      citation.push(
        `<text x="${m.padding}" y="${r(baseline - 3)}" class="citation">${escapeXml(line)}</text>`,
      );
    }
    const url = safeHttpUrl(node.evidence?.source.url);
    parts.push(url ? `<a href="${escapeXml(url)}">${citation.join('')}</a>` : citation.join(''));
  }
  parts.push('</g>');
  return parts.join('');
}
