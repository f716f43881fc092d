/**
 * The export-only formats, in the order the registry lists them.
 *
 * @module
 */
import type { FormatAdapter } from '../adapter.ts';
import { csvFormat } from './csvExport.ts';
import { dotFormat } from './dotExport.ts';
import { markdownFormat } from './markdownExport.ts';
import { mermaidFormat } from './mermaidExport.ts';
import { svgFormat } from './svgExport.ts';

/** Markdown outline, Mermaid, Graphviz DOT, CSV of evidence and SVG: map in, text out. */
export const exportFormats: readonly FormatAdapter[] = [
  markdownFormat,
  mermaidFormat,
  dotFormat,
  csvFormat,
  svgFormat,
];
