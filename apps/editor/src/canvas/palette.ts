import type { EdgeKind, NodeKind } from '@argmap/core';

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

/** Styles of each node kind. Shapes live in CSS (`.arg-node--<kind>`). */
export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = {
  question: { label: 'Question', accent: '#0072B2', tint: '#dcecf7', glyph: '?' },
  position: { label: 'Position', accent: '#D55E00', tint: '#fbe6d8', glyph: '!' },
  claim: { label: 'Claim', accent: '#009E73', tint: '#d9f2ea', glyph: '›' },
  evidence: { label: 'Evidence', accent: '#7E4A9E', tint: '#efe4f5', glyph: '“' },
};

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
  supports: { sign: '+', verb: 'supports', stroke: '#1b6e3a', dash: undefined },
  opposes: { sign: '−', verb: 'opposes', stroke: '#b3261e', dash: '8 5' },
  undercuts: { sign: '⨯', verb: 'undercuts', stroke: '#6b4c00', dash: '2 4' },
};
