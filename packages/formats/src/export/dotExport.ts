/**
 * A Graphviz DOT graph of a map: `dot -Tsvg map.dot` lays it out with Graphviz's own engine.
 *
 * @module
 */
import { type ArgMap, type NodeKind, ok, PALETTE, type Result } from '@argmap/core';
import { wrapText } from '@argmap/layout';
import type { FormatAdapter } from '../adapter.ts';
import { mapSerializer } from '../mapSerializer.ts';
import { toursDropped } from '../toursDropped.ts';
import { oneLine } from './citation.ts';
import { type ExportLossSpec, exportLosses } from './exportLosses.ts';
import { drawnEdges } from './graphEdges.ts';
import { inert, invisibleTextWarning } from './inertText.ts';

/**
 * Escapes text for a double-quoted DOT string. Inside quotes DOT only treats `\"` specially, but
 * labels are "escString"s where a backslash starts `\n`, `\l`, `\N`, `\G`…: so backslashes are
 * doubled, quotes escaped, and line breaks written as `\n`.
 */
export function escapeDot(text: string): string {
  // Control characters first (Graphviz passes ESC into the SVG it writes, which then fails to parse).
  return inert(text, '\n\r')
    .replace(/\\/gu, '\\\\')
    .replace(/"/gu, '\\"')
    .replace(/\r\n|\r|\n/gu, '\\n');
}

// Colours from the one palette the editor, the projector and the SVG use.
const { kinds, relations } = PALETTE.light;
const paint = (kind: NodeKind) => `fillcolor="${kinds[kind].tint}", color="${kinds[kind].accent}"`;

const NODE_STYLE: Record<NodeKind, string> = {
  question: `shape=hexagon, style="filled,bold", ${paint('question')}`,
  position: `shape=box, style="filled,rounded,bold", ${paint('position')}`,
  claim: `shape=box, style="filled", ${paint('claim')}`,
  evidence: `shape=note, style="filled", ${paint('evidence')}`,
};

const LINK_STYLE = {
  supports: `label="+", color="${relations.supports}", fontcolor="${relations.supports}"`,
  opposes: `label="−", style=dashed, arrowhead=tee, color="${relations.opposes}", fontcolor="${relations.opposes}"`,
} as const;

/**
 * Renders `map` as a DOT digraph, bottom to top (`rankdir=BT`: reasons below what they bear on).
 * Node ids are the map's ids, quoted; labels are wrapped at about 32 characters. Kinds differ by
 * shape and by a label line naming the kind; opposing links are dashed with a bar arrowhead.
 */
export function exportDot(map: ArgMap): Result<string> {
  const q = (id: string) => `"${escapeDot(id)}"`;
  const lines = [
    `digraph "${escapeDot(oneLine(map.meta.title || 'Argument map'))}" {`,
    '  rankdir=BT;',
    '  node [fontname="Helvetica", fontsize=11, margin="0.15,0.08"];',
    '  edge [fontname="Helvetica", fontsize=12];',
  ];
  for (const node of map.nodes.toArray()) {
    const body = wrapText(node.text.trim().length > 0 ? node.text : '(no text)', 32).join('\n');
    const label = escapeDot(`${node.kind.toUpperCase()}\n${body}`);
    lines.push(`  ${q(node.id)} [label="${label}", ${NODE_STYLE[node.kind] ?? NODE_STYLE.claim}];`);
  }
  const { links, undercuts, warnings } = drawnEdges(map, 'DOT');
  // A junction's id must not collide with a node id, however odd the map's ids are.
  const junctionId = (edgeId: string): string => {
    let id = `link:${edgeId}`;
    while (map.nodes.has(id)) id = `${id}'`;
    return q(id);
  };
  for (const { edge, undercut } of links) {
    const style = LINK_STYLE[edge.kind as 'supports' | 'opposes'];
    if (undercut) {
      const junction = junctionId(edge.id);
      lines.push(`  ${junction} [shape=point, width=0.08, label=""];`);
      lines.push(`  ${q(edge.source)} -> ${junction} [arrowhead=none, color="#555555"];`);
      lines.push(`  ${junction} -> ${q(edge.target)} [${style}];`);
    } else {
      lines.push(`  ${q(edge.source)} -> ${q(edge.target)} [${style}];`);
    }
  }
  for (const { edge, link } of undercuts) {
    lines.push(
      `  ${q(edge.source)} -> ${junctionId(link.id)} [label="undercuts", style=dotted, arrowhead=odiamond, color="${relations.undercuts}", fontcolor="${relations.undercuts}"];`,
    );
  }
  lines.push('}');
  return ok(`${lines.join('\n')}\n`, [
    ...warnings,
    ...exportLosses(map, DOT_LOSES),
    ...invisibleTextWarning(map, 'Graphviz DOT'),
    ...toursDropped(map, 'Graphviz DOT'),
  ]);
}

/** What a DOT graph cannot hold: statements, relations and the title, nothing more. */
const DOT_LOSES: ExportLossSpec = {
  parts: ['quotes', 'citations', 'notes', 'scores', 'tags', 'positions', 'collapsed'],
  meta: ['description', 'authors', 'language', 'dates'],
};

/** The `dot` (Graphviz) export adapter. */
export const dotFormat: FormatAdapter = {
  id: 'dot',
  name: 'Graphviz DOT',
  extensions: ['.dot', '.gv'],
  mediaType: 'text/vnd.graphviz',
  serialize: mapSerializer(exportDot),
};
