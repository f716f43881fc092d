/**
 * A Mermaid flowchart of a map, for Markdown documents and wikis that render Mermaid.
 *
 * @module
 */
import { type ArgMap, type NodeKind, ok, PALETTE, type Result } from '@argmap/core';
import type { FormatAdapter } from '../adapter.ts';
import { mapSerializer } from '../mapSerializer.ts';
import { toursDropped } from '../toursDropped.ts';
import { oneLine } from './citation.ts';
import { type ExportLossSpec, exportLosses } from './exportLosses.ts';
import { drawnEdges } from './graphEdges.ts';
import { inert, invisibleTextWarning } from './inertText.ts';

const ENTITIES: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
};

/**
 * Escapes text for a double-quoted Mermaid label. Mermaid has no backslash escapes; it has its
 * own entity codes (`#quot;`, `#35;`), so every character that could end the string, start an
 * entity, open HTML or turn the label into a Markdown string is written as one.
 */
export function escapeMermaidLabel(text: string): string {
  return oneLine(inert(text, '\n\r\t')).replace(/["#&<>`]/gu, (char) => ENTITIES[char] ?? char);
}

// Shape by kind, so kinds differ without colour: hexagon, stadium, rectangle, parallelogram.
const SHAPES: Record<NodeKind, [string, string]> = {
  question: ['{{', '}}'],
  position: ['([', '])'],
  claim: ['[', ']'],
  evidence: ['[/', '/]'],
};

// Colours from the one palette the editor, the projector and the SVG use.
const { kinds } = PALETTE.light;
const CLASSES = [
  `classDef question fill:${kinds.question.tint},stroke:${kinds.question.accent},stroke-width:2px`,
  `classDef position fill:${kinds.position.tint},stroke:${kinds.position.accent},stroke-width:2px`,
  `classDef claim fill:${kinds.claim.tint},stroke:${kinds.claim.accent}`,
  `classDef evidence fill:${kinds.evidence.tint},stroke:${kinds.evidence.accent}`,
  'classDef junction fill:#555555,stroke:#555555',
];

/**
 * Renders `map` as a Mermaid flowchart, bottom to top (reasons below what they bear on, so the
 * question is on top). Node ids are generated (`n0`, `n1`, …) because map ids may hold characters
 * Mermaid reserves. Warnings list edges that could not be drawn (dangling ends).
 */
export function exportMermaid(map: ArgMap): Result<string> {
  const ids = new Map<string, string>();
  const lines = ['flowchart BT'];
  for (const [index, node] of map.nodes.toArray().entries()) {
    const id = `n${index}`;
    ids.set(node.id, id);
    const [open, close] = SHAPES[node.kind] ?? SHAPES.claim;
    const label = `${node.kind.toUpperCase()}: ${escapeMermaidLabel(node.text)}`;
    lines.push(`  ${id}${open}"${label}"${close}:::${SHAPES[node.kind] ? node.kind : 'claim'}`);
  }
  const { links, undercuts, warnings } = drawnEdges(map, 'Mermaid');
  const junctions = new Map<string, string>();
  for (const { edge, undercut } of links) {
    const from = ids.get(edge.source) as string;
    const to = ids.get(edge.target) as string;
    const label = edge.kind === 'supports' ? '"+"' : '"−"';
    const arrow = edge.kind === 'supports' ? '-->' : '--x';
    if (undercut) {
      const junction = `j${junctions.size}`;
      junctions.set(edge.id, junction);
      lines.push(`  ${junction}(( )):::junction`);
      lines.push(`  ${from} --- ${junction}`);
      lines.push(`  ${junction} ${arrow}|${label}| ${to}`);
    } else {
      lines.push(`  ${from} ${arrow}|${label}| ${to}`);
    }
  }
  for (const { edge, link } of undercuts) {
    lines.push(`  ${ids.get(edge.source)} -.->|"undercuts"| ${junctions.get(link.id)}`);
  }
  lines.push(...CLASSES.map((line) => `  ${line}`));
  return ok(`${lines.join('\n')}\n`, [
    ...warnings,
    ...exportLosses(map, MERMAID_LOSES),
    ...invisibleTextWarning(map, 'Mermaid'),
    ...toursDropped(map, 'Mermaid'),
  ]);
}

/** What a Mermaid flowchart cannot hold: it draws statements and relations, nothing more. */
const MERMAID_LOSES: ExportLossSpec = {
  parts: ['quotes', 'citations', 'notes', 'scores', 'tags', 'positions', 'collapsed'],
  meta: ['title', 'description', 'authors', 'language', 'dates'],
};

/** The `mermaid` export adapter. */
export const mermaidFormat: FormatAdapter = {
  id: 'mermaid',
  name: 'Mermaid flowchart',
  extensions: ['.mmd', '.mermaid'],
  mediaType: 'text/vnd.mermaid',
  serialize: mapSerializer(exportMermaid),
};
