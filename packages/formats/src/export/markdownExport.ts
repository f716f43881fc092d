/**
 * A Markdown outline of a map, for handouts: question → positions → reasons and objections →
 * evidence with full citations (a premise of a linked argument names its co-premises), then the tours step by step, then a numbered list of sources.
 *
 * @module
 */
import { type ArgEdge, type ArgMap, type ArgNode, linkedArgument, ok } from '@argmap/core';
import { buildForest } from '@argmap/layout';
import type { FormatAdapter } from '../adapter.ts';
import { mapSerializer } from '../mapSerializer.ts';
import { citationText, oneLine, safeHttpUrl } from './citation.ts';
import { type ExportLossSpec, exportLosses } from './exportLosses.ts';
import { invisibleTextWarning } from './inertText.ts';
import { escapeMarkdown, escapeMarkdownBlock } from './markdownEscape.ts';
import { markdownTours } from './markdownTours.ts';

// How a child relates to the parent it is listed under, in the words of a handout.
function relationLabel(edge: ArgEdge | undefined, child: ArgNode): string {
  const evidence = child.kind === 'evidence';
  if (edge === undefined) return child.kind.charAt(0).toUpperCase() + child.kind.slice(1);
  if (edge?.kind === 'opposes') return evidence ? 'Evidence against' : 'Against';
  if (edge?.kind === 'undercuts') return 'Undercut';
  return evidence ? 'Evidence for' : 'For';
}

/**
 * Renders `map` as a Markdown handout: the title and description, a section per question and per
 * position, their reasons and objections as nested lists with evidence (quote and full citation)
 * under them, then the numbered sources. A node with several parents is written once, under the
 * parent the layout puts it under; elsewhere a one-line "see under" item points to it. Nodes linked
 * to nothing are listed after the positions, then each tour as a numbered list of steps. Deterministic; every user text is escaped; never recurses, so
 * a very deep map cannot overflow the stack.
 */
export function exportMarkdown(map: ArgMap): string {
  const forest = buildForest(map);
  const out: string[] = [];
  const sources: string[] = [];
  const sourceNumber = new Map<string, number>();
  const text = (id: string) => escapeMarkdown(map.nodes.get(id)?.text ?? id);
  const outgoing = new Map<string, ArgEdge[]>();
  // Edges that bear on a node (for undercuts: on a link out of it), by that node.
  const bearingOn = new Map<string, ArgEdge[]>();
  for (const edge of map.edges.toArray()) {
    outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), edge]);
    const parent = edge.kind === 'undercuts' ? map.edges.get(edge.target)?.source : edge.target;
    if (parent !== undefined && map.nodes.get(parent) && map.nodes.get(edge.source)) {
      bearingOn.set(parent, [...(bearingOn.get(parent) ?? []), edge]);
    }
  }

  // A relation label, and for one premise of a linked argument its co-premises; the argument's
  // name and scheme go with its first premise, so a handout shows which reasons count only together.
  const label = (edge: ArgEdge | undefined, node: ArgNode): string => {
    const plain = relationLabel(edge, node);
    if (edge?.argument === undefined) return plain;
    const view = linkedArgument(map, edge.argument);
    if (view === undefined) return plain;
    const others = view.premises.filter((id) => id !== edge.source).map((id) => `“${text(id)}”`);
    const together = others.length > 0 ? `, together with ${others.join(' and ')}` : '';
    const { name, scheme } = view.argument;
    const about =
      view.premises[0] === edge.source && (name || scheme)
        ? ` (${[
            name ? `argument “${escapeMarkdown(name)}”` : '',
            scheme ? `scheme: ${escapeMarkdown(scheme)}` : '',
          ]
            .filter(Boolean)
            .join(', ')})`
        : '';
    return `${plain}${together}${about}`;
  };

  // The edge that put `child` under `parent` in the forest.
  const placingEdge = (child: string, parent: string | null | undefined): ArgEdge | undefined =>
    parent ? bearingOn.get(parent)?.find((edge) => edge.source === child) : undefined;

  // Edges out of a node other than the one that placed it: shown as "also …" so nothing is lost.
  const crossLinks = (id: string, placedBy: ArgEdge | undefined): string => {
    const notes = (outgoing.get(id) ?? [])
      .filter((edge) => edge !== placedBy)
      .map((edge) => {
        if (edge.kind === 'undercuts') {
          const attacked = map.edges.get(edge.target);
          return attacked
            ? `undercuts the link from “${text(attacked.source)}” to “${text(attacked.target)}”`
            : `undercuts a missing link (${escapeMarkdown(edge.target)})`;
        }
        return `${edge.kind === 'supports' ? 'also supports' : 'also opposes'} “${text(edge.target)}”`;
      });
    return notes.length > 0 ? ` *(${notes.join('; ')})*` : '';
  };

  const cite = (node: ArgNode): string => {
    const source = node.evidence?.source;
    const citation = citationText(source ? { ...source, url: undefined } : undefined);
    const url = safeHttpUrl(source?.url);
    const key = `${citation}|${source?.url ?? ''}`;
    if (citation.length === 0 && !source?.url) return ' — *no source given*';
    let number = sourceNumber.get(key);
    if (number === undefined) {
      number = sources.length + 1;
      sourceNumber.set(key, number);
      const where = url
        ? ` <${url.replace(/[<>\s]/gu, encodeURIComponent)}>`
        : source?.url
          ? ` ${escapeMarkdown(source.url)} (not a web link)`
          : '';
      sources.push(`${number}. ${escapeMarkdown(citation)}${citation && where ? ',' : ''}${where}`);
    }
    return ` — ${citation ? `${escapeMarkdown(citation)} ` : ''}\\[${number}\\]`;
  };

  const itemLine = (id: string, parent: string | null, pad: string): string => {
    const node = map.nodes.get(id) as ArgNode;
    const edge = placingEdge(id, parent);
    let line = `${pad}- **${label(edge, node)}:** ${text(id)}`;
    const attacked = edge?.kind === 'undercuts' ? map.edges.get(edge.target) : undefined;
    if (attacked) line += ` *(undercuts the link to “${text(attacked.target)}”)*`;
    if (node.kind === 'evidence') {
      const quote = oneLine(node.evidence?.quote ?? '');
      if (quote.length > 0 && quote !== oneLine(node.text)) line += ` — “${escapeMarkdown(quote)}”`;
      line += cite(node);
    }
    return line + crossLinks(id, edge);
  };

  // A list item for `id` and, below it, its subtree; then "see under" items for reasons placed
  // elsewhere. An explicit stack instead of recursion.
  const writeItems = (ids: string[], parent: string | null): void => {
    const stack = ids.map((id) => ({ id, parent, depth: 0 })).reverse();
    while (stack.length > 0) {
      const {
        id,
        parent: under,
        depth,
      } = stack.pop() as { id: string; parent: string | null; depth: number };
      const pad = '  '.repeat(depth);
      out.push(itemLine(id, under, pad));
      const notes = map.nodes.get(id)?.notes;
      if (notes) out.push(`${pad}  *Note:* ${escapeMarkdown(notes)}`);
      for (const line of seeUnder(id, `${pad}  `)) out.push(line);
      const children = forest.children.get(id) ?? [];
      for (let k = children.length - 1; k >= 0; k--)
        stack.push({ id: children[k] as string, parent: id, depth: depth + 1 });
    }
  };

  // Reasons that bear on `id` but are written under another parent.
  const seeUnder = (id: string, pad: string): string[] =>
    (bearingOn.get(id) ?? [])
      .filter((edge) => forest.parent.get(edge.source) !== id)
      .map((edge) => {
        const node = map.nodes.get(edge.source) as ArgNode;
        const home = forest.parent.get(edge.source);
        const where = home ? `see under “${text(home)}”` : 'see above';
        return `${pad}- **${label(edge, node)}:** ${text(edge.source)} *(${where})*`;
      });

  out.push(`# ${escapeMarkdown(map.meta.title || 'Untitled map')}`, '');
  if (map.meta.description) out.push(escapeMarkdownBlock(map.meta.description), '');
  if (map.meta.authors && map.meta.authors.length > 0) {
    out.push(`*By ${map.meta.authors.map(escapeMarkdown).join(', ')}*`, '');
  }

  // Questions and positions get headings (positions under their question); everything else is a list.
  const sections: { id: string; level: number }[] = [];
  const loose: string[] = [];
  for (const root of forest.roots) {
    const kind = map.nodes.get(root)?.kind;
    if (kind === 'question' || kind === 'position' || (forest.children.get(root)?.length ?? 0) > 0) {
      sections.push({ id: root, level: 2 });
    } else {
      loose.push(root);
    }
  }
  for (let s = 0; s < sections.length; s++) {
    const { id, level } = sections[s] as { id: string; level: number };
    const node = map.nodes.get(id) as ArgNode;
    const heading = node.kind === 'question' ? 'Question' : node.kind === 'position' ? 'Position' : 'Claim';
    out.push(`${'#'.repeat(level)} ${heading}: ${text(id)}`, '');
    const parent = forest.parent.get(id) ?? null;
    const also = crossLinks(id, placingEdge(id, parent));
    if (also) out.push(also.trim(), '');
    if (node.notes) out.push(escapeMarkdownBlock(node.notes), '');
    const children = forest.children.get(id) ?? [];
    const subsections =
      node.kind === 'question' ? children.filter((c) => map.nodes.get(c)?.kind === 'position') : [];
    const items = children.filter((c) => !subsections.includes(c));
    const before = out.length;
    writeItems(items, id);
    out.push(...seeUnder(id, ''));
    if (out.length > before) out.push('');
    sections.splice(s + 1, 0, ...subsections.map((c) => ({ id: c, level: level + 1 })));
  }
  if (loose.length > 0) {
    out.push('## Not yet connected', '');
    writeItems(loose, null);
    out.push('');
  }
  out.push(...markdownTours(map));
  if (sources.length > 0) out.push('## Sources', '', ...sources, '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trimEnd()}\n`;
}

/** What the outline leaves out: the canvas and the numbers, not the argument. */
const MARKDOWN_LOSES: ExportLossSpec = {
  parts: ['scores', 'tags', 'positions', 'collapsed'],
  meta: ['language', 'dates'],
};

/** The `markdown` export adapter (export only: an outline cannot be read back faithfully). */
export const markdownFormat: FormatAdapter = {
  id: 'markdown',
  name: 'Markdown outline',
  extensions: ['.md', '.markdown'],
  mediaType: 'text/markdown',
  serialize: mapSerializer((map) => {
    const warnings = [...exportLosses(map, MARKDOWN_LOSES), ...invisibleTextWarning(map, 'Markdown')];
    return warnings.length === 0 ? exportMarkdown(map) : ok(exportMarkdown(map), warnings);
  }),
};
