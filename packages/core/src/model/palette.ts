/**
 * One palette for the kinds of node and of link, used by everything that draws a map: the editor,
 * the projector, the SVG/PNG, DOT and Mermaid exports. A student who learns "the question is blue,
 * evidence is purple" in the editor sees the same on the projector and on a printout. Colour is
 * never the only cue (shapes, icons, labels, dash patterns carry the kind too), and every pair
 * used for text or lines meets WCAG contrast in both schemes (`palette.test.ts` checks it).
 *
 * Based on the Okabe–Ito palette, which stays distinguishable with the common colour-vision
 * deficiencies.
 *
 * @module
 */
import type { EdgeKind, NodeKind } from './types.ts';

/** The colours of one kind of node. */
export interface KindColours {
  /** Border, badge and stroke: at least 3:1 against the scheme's background (a graphic). */
  readonly accent: string;
  /** A light (dark, in the dark scheme) wash of the accent: header bands, node fills. */
  readonly tint: string;
  /** Text on the tint, such as the kind label: at least 4.5:1 against the tint. */
  readonly ink: string;
}

/** One scheme: the node kinds, the link kinds, and the page they are drawn on. */
export interface PaletteScheme {
  readonly background: string;
  /** Body text on the background and on every tint: at least 4.5:1. */
  readonly text: string;
  readonly kinds: Readonly<Record<NodeKind, KindColours>>;
  /** Link strokes and their signs: at least 3:1 against the background. */
  readonly relations: Readonly<Record<EdgeKind, string>>;
}

/** The light scheme (editor, exports, print) and the dark one (the projector's dark theme). */
export const PALETTE: { readonly light: PaletteScheme; readonly dark: PaletteScheme } = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    kinds: {
      question: { accent: '#0072B2', tint: '#dcecf7', ink: '#00507d' },
      position: { accent: '#D55E00', tint: '#fbe6d8', ink: '#943f00' },
      claim: { accent: '#009E73', tint: '#d9f2ea', ink: '#00634a' },
      evidence: { accent: '#7E4A9E', tint: '#efe4f5', ink: '#653b80' },
    },
    relations: { supports: '#1b6e3a', opposes: '#b3261e', undercuts: '#6b4c00' },
  },
  dark: {
    background: '#0d1117',
    text: '#f5f7fa',
    kinds: {
      question: { accent: '#56B4E9', tint: '#10283a', ink: '#a9dbf7' },
      position: { accent: '#F08A3C', tint: '#3a2110', ink: '#ffc9a0' },
      claim: { accent: '#3CCB9F', tint: '#0e3027', ink: '#a6ecd6' },
      evidence: { accent: '#C39BE0', tint: '#2c1d3a', ink: '#e3cdf3' },
    },
    relations: { supports: '#56d364', opposes: '#ff7b72', undercuts: '#e3b341' },
  },
};

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
