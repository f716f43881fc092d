import { type EdgeKind, type NodeKind, PALETTE } from '@argmap/core';

/** How a node kind looks: told apart by shape, icon and label, with colour only as a fourth cue. */
export interface KindStyle {
  /** Shown in the node's header and read by screen readers. */
  label: string;
  /** Accent colour from the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies. */
  accent: string;
  /** Light tint of the accent for the header band (text on it stays ≥ 4.5:1 in near-black). */
  tint: string;
  /** One-letter glyph drawn in the icon badge. */
  glyph: string;
}

const { kinds, relations } = PALETTE.light;

/**
 * Styles of each node kind. Shapes live in CSS (`.arg-node--<kind>`); colours come from the one
 * palette in `@argmap/core` that the projector and the exports use too.
 */
export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = {
  question: { label: 'Question', ...colours('question'), glyph: '?' },
  position: { label: 'Position', ...colours('position'), glyph: '!' },
  claim: { label: 'Claim', ...colours('claim'), glyph: '›' },
  evidence: { label: 'Evidence', ...colours('evidence'), glyph: '“' },
};

function colours(kind: NodeKind) {
  return { accent: kinds[kind].accent, tint: kinds[kind].tint };
}

/** How a relation looks and reads. */
export interface RelationStyle {
  /** Short sign drawn on the edge. */
  sign: string;
  /** Verb for labels: "supports". */
  verb: string;
  /** Stroke colour; supports and opposes also differ in dash pattern, so colour is never the only cue. */
  stroke: string;
  /** SVG dash pattern, or undefined for solid. */
  dash: string | undefined;
}

/** Styles of each relation. */
export const RELATION_STYLES: Readonly<Record<EdgeKind, RelationStyle>> = {
  supports: { sign: '+', verb: 'supports', stroke: relations.supports, dash: undefined },
  opposes: { sign: '−', verb: 'opposes', stroke: relations.opposes, dash: '8 5' },
  undercuts: { sign: '⨯', verb: 'undercuts', stroke: relations.undercuts, dash: '2 4' },
};
