/**
 * Writes a map as Argdown that @argdown/core reads back with the same structure: one titled
 * statement per node (the title is the node id), its kind, score, notes and source as inline data,
 * then one relation block per edge.
 *
 * What Argdown cannot carry here: canvas positions, collapsed state, tours, edge ids, line breaks
 * inside texts (they become spaces). Undercuts are written under the source of the attacked edge;
 * when that node has several outgoing relations, the undercut is read back as attacking the first,
 * and a warning says so.
 *
 * @module
 */
import {
  type ArgMap,
  type ArgNode,
  DEFAULT_BASE_SCORE,
  type Diagnostic,
  type Result,
  showInvisible,
} from '@argmap/core';
import { Losses, plural } from '../losses.ts';
import { toursDropped } from '../toursDropped.ts';
import { ID_LIKE_TITLE } from './argdownToMap.ts';
import { escapeArgdown } from './inline.ts';

const MARKER = { supports: '+', opposes: '-', undercuts: '_' } as const;

/** The map as Argdown text, with warnings for what Argdown cannot hold. */
export function serializeArgdown(map: ArgMap): Result<string> {
  const diagnostics: Diagnostic[] = [];
  const losses = new Losses();
  const dates = [map.meta.created, map.meta.modified].filter((d) => d !== undefined).length;
  losses.note(
    'argdown-dates-dropped',
    () => "The map's created and modified dates are not kept in Argdown.",
    dates,
  );
  const titles = new Map<string, string>();
  let counter = 0;
  for (const id of [...map.nodes.keys()]) {
    let title = id;
    if (!ID_LIKE_TITLE.test(id) || /^Untitled \d+$/.test(id)) {
      do title = `node-${++counter}`;
      while (map.nodes.has(title));
      diagnostics.push(
        warning('argdown-id-renamed', `Node id "${id}" cannot be an Argdown title; written as "${title}".`),
      );
    }
    titles.set(id, title);
  }
  const out: string[] = ['===', `title: ${quote(map.meta.title)}`];
  if (map.meta.authors && map.meta.authors.length > 0)
    out.push(`author: ${quote(map.meta.authors.join(', '))}`);
  if (map.meta.language) out.push(`language: ${quote(map.meta.language)}`);
  out.push('===', '');
  if (map.meta.description) {
    for (const paragraph of map.meta.description.split(/\n\s*\n/)) {
      if (paragraph.trim()) out.push(escapeArgdown(paragraph), '');
    }
  }
  for (const node of map.nodes.toArray()) {
    out.push(
      `[${titles.get(node.id)}]: ${escapeArgdown(node.text)}${tags(node, diagnostics)} ${data(node)}`,
      '',
    );
    if (node.position)
      losses.note(
        'argdown-layout-dropped',
        (n) => `Canvas positions of ${plural(n, 'node')} are not kept in Argdown.`,
      );
    if (node.collapsed)
      losses.note(
        'argdown-collapsed-dropped',
        (n) => `The collapsed state of ${plural(n, 'node')} is not kept in Argdown.`,
      );
    if (escapeArgdown(node.text).replace(/\\(.)/gu, '$1') !== node.text)
      losses.note(
        'argdown-text-changed',
        (n) =>
          `${plural(n, 'node text')} changed on the way to Argdown: line breaks and runs of spaces become one space, spaces at the ends are trimmed, control and bidi characters become visible \\u{…} codes.`,
      );
  }
  // The first relation leaving each node: the one Argdown will take an undercut of that node to attack.
  const firstOut = new Map<string, string>();
  for (const edge of map.edges.toArray()) {
    if (edge.kind !== 'undercuts' && !firstOut.has(edge.source)) firstOut.set(edge.source, edge.id);
  }
  for (const edge of map.edges.toArray()) {
    let target = edge.target;
    if (edge.kind === 'undercuts') {
      const attacked = map.edges.get(edge.target);
      if (!attacked) continue;
      target = attacked.source;
      if (firstOut.get(attacked.source) !== attacked.id) {
        diagnostics.push(
          warning(
            'argdown-undercut-ambiguous',
            `Undercut "${edge.id}" attacks one of several relations leaving "${attacked.source}"; Argdown will read it as attacking the first.`,
          ),
        );
      }
    }
    const source = titles.get(edge.source);
    const parent = titles.get(target);
    if (source === undefined || parent === undefined) continue;
    out.push(`[${parent}]`, `  ${MARKER[edge.kind]} [${source}]`, '');
  }
  diagnostics.push(...losses.warnings(), ...toursDropped(map, 'Argdown'));
  return { ok: true, value: `${out.join('\n').trimEnd()}\n`, diagnostics };
}

function tags(node: ArgNode, diagnostics: Diagnostic[]): string {
  return (node.tags ?? [])
    .map((tag) => {
      const clean = showInvisible(tag.replace(/[()]/g, '').trim());
      if (clean !== tag) {
        diagnostics.push(
          warning('argdown-tag-changed', `Tag "${tag}" lost its brackets: Argdown tags cannot hold them.`),
        );
      }
      return clean ? ` #(${clean})` : '';
    })
    .join('');
}

/** Inline data: kind always (so kinds survive), the rest only when it differs from the default. */
function data(node: ArgNode): string {
  const fields: [string, string | number][] = [['kind', node.kind]];
  if (node.baseScore !== DEFAULT_BASE_SCORE) fields.push(['score', node.baseScore]);
  if (node.notes) fields.push(['notes', node.notes]);
  const evidence = node.evidence;
  if (node.kind === 'evidence' && evidence) {
    fields.push(['evidenceKind', evidence.kind]);
    if (evidence.quote !== node.text) fields.push(['quote', evidence.quote]);
    const { speaker, role, title, outlet, date, url } = evidence.source;
    const source: [string, string | undefined][] = [
      ['speaker', speaker],
      ['role', role],
      ['sourceTitle', title],
      ['outlet', outlet],
      ['date', date],
      ['url', url],
    ];
    for (const [name, value] of source) if (value !== undefined) fields.push([name, value]);
  }
  return `{${fields.map(([name, value]) => `${name}: ${quote(value)}`).join(', ')}}`;
}

/**
 * A YAML double-quoted scalar (JSON escapes are valid YAML) with `/`, `<` and braces escaped too,
 * so no `//`, `/*`, `<!--` or `} x` inside a value can end the data block or start a comment.
 */
function quote(value: string | number): string {
  // JSON.stringify escapes C0 controls; C1, bidi and line separators it leaves raw, so they get
  // YAML `\uXXXX` escapes too: the file stays inert and reads back the same.
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(
      /[<{}\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
}

function warning(code: string, message: string): Diagnostic {
  return { severity: 'warning', code, message };
}
