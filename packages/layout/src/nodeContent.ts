/**
 * What a node shows on a static map, line by line, and how big that makes it. One source of truth
 * for the layout, the SVG exporter and the editor's first paint.
 *
 * @module
 */
import type { ArgNode, NodeKind, Source } from '@argmap/core';
import { clampLines, wrapText } from './text.ts';

/** A width and a height, in canvas units (CSS pixels at zoom 1). */
export interface Size {
  width: number;
  height: number;
}

/**
 * The typography that node sizes are computed from. A renderer that draws with these numbers
 * (font size, line height, padding) fits the text inside the estimated box.
 */
export const NODE_METRICS = {
  /** Font size of the statement, in px. */
  fontSize: 14,
  /** Font size of the kind header and the citation, in px. */
  smallFontSize: 11,
  /** Distance between two baselines of the statement. */
  lineHeight: 18,
  /** Distance between two baselines of the citation. */
  smallLineHeight: 15,
  /** Height reserved for the kind header (e.g. "POSITION") above the statement. */
  headerHeight: 16,
  /** Inner padding on every side. */
  padding: 10,
  /**
   * Average advance of one character at `fontSize`, in px. Generous on purpose: sans-serif
   * text averages about 0.5 em, so lines wrapped at this width rarely overflow.
   */
  charWidth: 7.6,
  /** Average advance of one character at `smallFontSize`. */
  smallCharWidth: 6,
  /** Most lines of statement shown; longer texts end in an ellipsis. */
  maxLines: 8,
  /** Most lines of citation shown. */
  maxCitationLines: 2,
} as const;

/** Box width by node kind: the question is the widest, evidence leaves room for its citation. */
export const NODE_WIDTHS: Readonly<Record<NodeKind, number>> = {
  question: 300,
  position: 260,
  claim: 240,
  evidence: 260,
};

/** The lines a node shows: a kind header, the wrapped statement and, for evidence, the citation. */
export interface NodeContent {
  /** Upper-case kind label, e.g. `POSITION` or `EVIDENCE · STATISTIC`. */
  header: string;
  /** The statement, wrapped and clamped to {@link NODE_METRICS}.maxLines. */
  lines: string[];
  /** For evidence: "— speaker, role · outlet · date", wrapped; empty otherwise. */
  citation: string[];
  /** The box this content needs. */
  size: Size;
}

/** One line naming who said a piece of evidence and where, or `''` when the source is empty. */
export function formatCitation(source: Source | undefined): string {
  if (!source) return '';
  const who = [source.speaker, source.role].filter(Boolean).join(', ');
  const where = [source.title ? `“${source.title}”` : '', source.outlet, source.date].filter(Boolean);
  const parts = [who, ...where].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? `— ${parts.join(' · ')}` : '';
}

/** The lines `node` shows and the box they need. */
export function nodeContent(node: ArgNode): NodeContent {
  const m = NODE_METRICS;
  const width = NODE_WIDTHS[node.kind] ?? NODE_WIDTHS.claim;
  const inner = width - 2 * m.padding;
  const textUnits = inner / m.charWidth;
  const smallUnits = inner / m.smallCharWidth;
  const text = node.text.trim().length > 0 ? node.text : '(no text)';
  const lines = clampLines(wrapText(text, textUnits), m.maxLines, textUnits);
  const evidenceKind = node.evidence?.kind ? ` · ${node.evidence.kind.replace('-', ' ')}` : '';
  const header = `${node.kind}${node.kind === 'evidence' ? evidenceKind : ''}`.toUpperCase();
  const citationText = node.kind === 'evidence' ? formatCitation(node.evidence?.source) : '';
  const citation =
    citationText.length > 0
      ? clampLines(wrapText(citationText, smallUnits), m.maxCitationLines, smallUnits)
      : node.kind === 'evidence'
        ? ['— no source given']
        : [];
  const height =
    m.padding * 2 +
    m.headerHeight +
    lines.length * m.lineHeight +
    (citation.length > 0 ? 4 + citation.length * m.smallLineHeight : 0);
  return { header, lines, citation, size: { width, height } };
}

/**
 * The size a node needs on the canvas, estimated from its text length (no font measurement), so a
 * static SVG and the editor's first paint agree. Always at least one line tall.
 */
export function estimateNodeSize(node: ArgNode): Size {
  return nodeContent(node).size;
}
