/**
 * A Markdown outline of a map, for handouts: question → positions → reasons and objections →
 * evidence with full citations, then a numbered list of sources.
 *
 * @module
 */
import type { ArgEdge, ArgMap, ArgNode } from '@argmap/core';
import { buildForest } from '@argmap/layout';
import type { FormatAdapter } from '../adapter.ts';
import { citationText, oneLine, safeHttpUrl } from './citation.ts';

/**
 * Escapes text for use inside a Markdown line so it renders literally: a backslash before the
 * characters that start inline markup (emphasis, code, links, strikethrough, table cells), and
 * `<` / `&` as entities so no raw HTML (`<script>`, `<img onerror>`) reaches the rendered page.
 * Whitespace runs, newlines included, become one space.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]~|]/gu, (char) => `\\${char}`)
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;');
}

/**
 * Like {@link escapeMarkdown}, for text that starts a line: also neutralises what would make the
 * line a heading, quote, list item or rule (`#`, `>`, `-`, `+`, `=`, `1.`).
 */
export function escapeMarkdownBlock(text: string): string {
  return escapeMarkdown(text)
    .replace(/^([#>+=-])/u, '\\$1')
    .replace(/^(\d+)([.)])/u, '$1\\$2');
}

// How a child relates to the parent it is listed under, in the words of a handout.
function relationLabel(edge: ArgEdge | undefined, child: ArgNode): string {
  const evidence = child.kind === 'evidence';
  if (edge === undefined) return child.kind.charAt(0).toUpperCase() + child.kind.slice(1);
  if (edge?.kind === 'opposes') return evidence ? 'Evidence against' : 'Against';
  if (edge?.kind === 'undercuts') return 'Undercut';
  return evidence ? 'Evidence for' : 'For';
}

/** Renders `map` as a Markdown handout. Deterministic; every user text is escaped. */
export function exportMarkdown(map: ArgMap): string {
  const forest = buildForest(map);
  const out: string[] = [];
  const sources: string[] = [];
  const sourceNumber = new Map<string, number>();
  const edges = Object.values(map.edges);
  const text = (id: string) => escapeMarkdown(map.nodes[id]?.text ?? id);

  // The edge that put `child` under `parent` in the forest (an undercut hangs under the source of
  // the edge it attacks).
  const placingEdge = (child: string, parent: string): ArgEdge | undefined =>
    edges.find(
      (edge) =>
        edge.source === child &&
        (edge.target === parent || (edge.kind === 'undercuts' && map.edges[edge.target]?.source === parent)),
    );

  // Other edges out of a node than the one that placed it: shown as "also …" so nothing is lost.
  const crossLinks = (id: string, placedBy: ArgEdge | undefined): string[] =>
    edges
      .filter((edge) => edge.source === id && edge !== placedBy)
      .map((edge) => {
        if (edge.kind === 'undercuts') {
          const attacked = map.edges[edge.target];
          return attacked
            ? `undercuts the link from “${text(attacked.source)}” to “${text(attacked.target)}”`
            : `undercuts a missing link (${escapeMarkdown(edge.target)})`;
        }
        return `${edge.kind === 'supports' ? 'also supports' : 'also opposes'} “${text(edge.target)}”`;
      });

  const cite = (node: ArgNode): string => {
    const citation = citationText(node.evidence?.source);
    if (citation.length === 0) return ' — *no source given*';
    let number = sourceNumber.get(citation);
    if (number === undefined) {
      number = sources.length + 1;
      sourceNumber.set(citation, number);
      const url = safeHttpUrl(node.evidence?.source.url);
      const link = url ? ` <${url.replace(/[<>\s]/gu, encodeURIComponent)}>` : '';
      sources.push(`${number}. ${escapeMarkdown(citation)}${link}`);
    }
    return ` — ${escapeMarkdown(citation)} \\[${number}\\]`;
  };

  out.push(`# ${escapeMarkdown(map.meta.title || 'Untitled map')}`, '');
  if (map.meta.description) out.push(escapeMarkdownBlock(map.meta.description), '');
  if (map.meta.authors && map.meta.authors.length > 0) {
    out.push(`*By ${map.meta.authors.map(escapeMarkdown).join(', ')}*`, '');
  }

  const writeItem = (id: string, parent: string, indent: number): void => {
    const node = map.nodes[id];
    if (!node) return;
    const edge = placingEdge(id, parent);
    const pad = '  '.repeat(indent);
    let line = `${pad}- **${relationLabel(edge, node)}:** ${text(id)}`;
    if (node.kind === 'evidence' && node.evidence) {
      const quote = oneLine(node.evidence.quote);
      if (quote.length > 0 && quote !== oneLine(node.text)) line += ` — “${escapeMarkdown(quote)}”`;
      line += cite(node);
    } else if (node.kind === 'evidence') {
      line += cite(node);
    }
    const also = crossLinks(id, edge);
    if (also.length > 0) line += ` *(${also.join('; ')})*`;
    out.push(line);
    if (node.notes) out.push(`${pad}  *Note:* ${escapeMarkdown(node.notes)}`);
    for (const child of forest.children.get(id) ?? []) writeItem(child, id, indent + 1);
  };

  const writeSection = (id: string, level: number): void => {
    const node = map.nodes[id];
    if (!node) return;
    const kind = node.kind === 'question' ? 'Question' : node.kind === 'position' ? 'Position' : 'Claim';
    out.push(`${'#'.repeat(level)} ${kind}: ${text(id)}`, '');
    const also = crossLinks(
      id,
      forest.parent.get(id) ? placingEdge(id, forest.parent.get(id) as string) : undefined,
    );
    if (also.length > 0) out.push(`*(${also.join('; ')})*`, '');
    if (node.notes) out.push(escapeMarkdownBlock(node.notes), '');
    const items: string[] = [];
    for (const child of forest.children.get(id) ?? []) {
      const childNode = map.nodes[child];
      // Positions answering a question get their own section; everything else is a list item.
      if (node.kind === 'question' && childNode?.kind === 'position') continue;
      items.push(child);
    }
    for (const child of items) writeItem(child, id, 0);
    if (items.length > 0) out.push('');
    if (node.kind === 'question') {
      for (const child of forest.children.get(id) ?? []) {
        if (map.nodes[child]?.kind === 'position') writeSection(child, level + 1);
      }
    }
  };

  for (const root of forest.roots) {
    const node = map.nodes[root];
    if (
      node?.kind === 'question' ||
      node?.kind === 'position' ||
      (forest.children.get(root)?.length ?? 0) > 0
    ) {
      writeSection(root, 2);
    }
  }
  const loose = forest.roots.filter(
    (root) =>
      map.nodes[root]?.kind !== 'question' &&
      map.nodes[root]?.kind !== 'position' &&
      (forest.children.get(root)?.length ?? 0) === 0,
  );
  if (loose.length > 0) {
    out.push('## Not yet connected', '');
    for (const id of loose) writeItem(id, '', 0);
    out.push('');
  }
  if (sources.length > 0) out.push('## Sources', '', ...sources, '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trimEnd()}\n`;
}

/** The `markdown` export adapter (export only: an outline cannot be read back faithfully). */
export const markdownFormat: FormatAdapter = {
  id: 'markdown',
  name: 'Markdown outline',
  extensions: ['.md', '.markdown'],
  mediaType: 'text/markdown',
  serialize: exportMarkdown,
};
