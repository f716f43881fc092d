/**
 * Kialo's plain-text discussion export:
 *
 * ```text
 * Discussion Title: Should schools ban phones?
 *
 * 1. Should schools ban phones?
 * 1.1. Pro: Phones distract pupils.
 * 1.1.1. Con: Pupils are distracted anyway.
 * 1.2. Con: -> See 1.1.1.
 * ```
 *
 * Each numbered claim becomes a node whose id is its number; `Pro` supports and `Con` opposes the
 * claim one level up; `-> See 1.2.3.` is the same claim reused, so it becomes an extra edge from
 * that node instead of a copy. Lines that do not start a claim continue the one before (multi-line
 * text); Markdown backslash escapes are undone. Top-level theses are questions when they end in
 * `?`, else positions; answers directly under a question are positions; the rest are claims.
 *
 * @module
 */
import { type ArgMap, fail, type NodeKind, type Result } from '@argmap/core';
import type { FormatAdapter, ParseOptions } from '../adapter.ts';
import { checkTextInput } from '../input.ts';
import { MapBuilder } from '../mapBuilder.ts';

interface KialoClaim {
  number: string;
  stance?: 'Pro' | 'Con';
  lines: string[];
  line: number;
  column: number;
}

// `s`: a claim's text may hold U+2028/U+2029, which `.` would not match (the claim was lost).
const ITEM = /^(\d+(?:\.\d+)*)\.\s+(?:(Pro|Con):\s*)?(.*)$/s;
const LINK = /^->\s*See\s+(\d+(?:\.\d+)*)\.?\s*$/i;

/** Undoes Kialo's Markdown escapes (`\*`, `\_`, `\[`, …); other backslashes stay. */
export function unescapeKialo(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1');
}

/** Reads a Kialo plain-text export into a map. */
export function parseKialo(text: string, options?: ParseOptions): Result<ArgMap> {
  const guard = checkTextInput(text, 'Kialo', options);
  if (guard) return fail([guard]);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  let title: string | undefined;
  const preamble: string[] = [];
  const claims: KialoClaim[] = [];
  let current: KialoClaim | undefined;
  lines.forEach((raw, index) => {
    const body = raw.trim();
    const header = /^Discussion Title:\s*(.*)$/.exec(body);
    if (header && title === undefined && claims.length === 0) {
      title = unescapeKialo(header[1] as string);
      return;
    }
    const item = ITEM.exec(body);
    if (item) {
      current = {
        number: item[1] as string,
        lines: [item[3] as string],
        line: index + 1,
        column: raw.indexOf(body) + 1,
      };
      if (item[2]) current.stance = item[2] as 'Pro' | 'Con';
      claims.push(current);
    } else if (current) current.lines.push(body);
    else if (body) preamble.push(unescapeKialo(body));
  });

  const builder = new MapBuilder(title, 'Imported Kialo discussion', options);
  if (preamble.length > 0) builder.map.meta.description = preamble.join('\n');
  if (claims.length === 0) {
    return fail([
      {
        severity: 'error',
        code: 'kialo-no-claims',
        message: 'No numbered claims found: a Kialo export has lines like "1. Thesis" and "1.1. Pro: …".',
        line: 1,
        column: 1,
      },
    ]);
  }
  const byNumber = new Map<string, string>();
  const links: { claim: KialoClaim; target: string }[] = [];
  const kindOf = (claim: KialoClaim, text: string): NodeKind => {
    const depth = claim.number.split('.').length;
    if (depth === 1) return text.endsWith('?') ? 'question' : 'position';
    const parent = builder.map.nodes.get(byNumber.get(parentNumber(claim.number)) ?? '');
    return parent?.kind === 'question' ? 'position' : 'claim';
  };
  for (const claim of claims) {
    const at = { line: claim.line, column: claim.column };
    const body = claim.lines.join('\n').trim();
    const link = LINK.exec(body);
    if (link) {
      links.push({ claim, target: link[1] as string });
      continue;
    }
    if (byNumber.has(claim.number)) {
      builder.warn(
        'kialo-duplicate-number',
        `Claim ${claim.number} appears twice; the second is kept under a new id.`,
        at,
      );
    }
    const text = unescapeKialo(body);
    const id = builder.addNode(claim.number, kindOf(claim, text), text, {}, true);
    if (!byNumber.has(claim.number)) byNumber.set(claim.number, id);
    if (/^->\s*See\b/i.test(body)) {
      builder.warn(
        'kialo-external-link',
        `Claim ${claim.number} links outside this discussion; kept as text.`,
        at,
      );
    }
    connect(builder, claim, id, byNumber);
  }
  for (const { claim, target } of links) {
    const id = byNumber.get(target);
    if (id === undefined) {
      builder.warn(
        'kialo-broken-link',
        `Claim ${claim.number} points to ${target}, which is not in this export; skipped.`,
        {
          line: claim.line,
          column: claim.column,
        },
      );
      continue;
    }
    connect(builder, claim, id, byNumber);
  }
  return { ok: true, value: builder.map, diagnostics: builder.diagnostics };
}

/** `1.2.3` → `1.2`. */
function parentNumber(number: string): string {
  return number.slice(0, Math.max(0, number.lastIndexOf('.')));
}

/** Joins node `id` (written as `claim`) to the nearest existing ancestor of `claim`, by its stance. */
function connect(builder: MapBuilder, claim: KialoClaim, id: string, byNumber: Map<string, string>): void {
  const at = { line: claim.line, column: claim.column };
  let parent = parentNumber(claim.number);
  if (!parent) return;
  if (!byNumber.has(parent)) {
    builder.warn(
      'kialo-missing-parent',
      `Claim ${claim.number} has no parent ${parent} in the export; attached higher up.`,
      at,
    );
    while (parent && !byNumber.has(parent)) parent = parentNumber(parent);
    if (!parent) return;
  }
  if (!claim.stance) {
    builder.warn('kialo-missing-stance', `Claim ${claim.number} is neither Pro nor Con; read as Pro.`, at);
  }
  builder.addEdge(claim.stance === 'Con' ? 'opposes' : 'supports', id, byNumber.get(parent) as string, at);
}

/** The `kialo` adapter: reads Kialo's `.txt` discussion export. */
export const kialoFormat: FormatAdapter = {
  id: 'kialo',
  name: 'Kialo discussion (text export)',
  extensions: ['.kialo.txt', '.kialo', '.txt'],
  mediaType: 'text/plain',
  parse: parseKialo,
};
