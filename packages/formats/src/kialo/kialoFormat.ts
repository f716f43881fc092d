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
  /** The text on the claim's own line. */
  first: string;
  /** Lines that continue it, if any (most claims have none, and get no array). */
  more?: string[];
  line: number;
  column: number;
}

// `s`: a claim's text may hold U+2028/U+2029, which `.` would not match (the claim was lost).
const ITEM = /^(\d+(?:\.\d+)*)\.\s+(?:(Pro|Con):\s*)?(.*)$/s;
const LINK = /^->\s*See\s+(\d+(?:\.\d+)*)\.?\s*$/i;
const LINE_BREAK = /\r\n?|\n/g;

/** Undoes Kialo's Markdown escapes (`\*`, `\_`, `\[`, …); other backslashes stay. */
export function unescapeKialo(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1');
}

/**
 * Reads a Kialo plain-text export into a map, in one pass over the lines: a claim becomes a node
 * as soon as the next one starts (its parents came before it), links to other claims wait for the
 * end. Nothing per line outlives its claim, so a million claims read in seconds.
 */
export function parseKialo(text: string, options?: ParseOptions): Result<ArgMap> {
  const guard = checkTextInput(text, 'Kialo', options);
  if (guard) return fail([guard]);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let title: string | undefined;
  const preamble: string[] = [];
  let reader: ClaimReader | undefined;
  let current: KialoClaim | undefined;
  let lineNumber = 0;
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  while (start <= body.length) {
    const lineBreak = LINE_BREAK.exec(body);
    const end = lineBreak ? lineBreak.index : body.length;
    const raw = body.slice(start, end);
    start = lineBreak ? LINE_BREAK.lastIndex : body.length + 1;
    lineNumber++;
    const line = raw.trim();
    if (title === undefined && reader === undefined) {
      const header = /^Discussion Title:\s*(.*)$/.exec(line);
      if (header) {
        title = unescapeKialo(header[1] as string);
        continue;
      }
    }
    // Only a line that starts with a digit can start a claim: the rest skip the regex.
    const digit = line.charCodeAt(0);
    const item = digit >= 48 && digit <= 57 ? ITEM.exec(line) : null;
    if (item) {
      reader ??= new ClaimReader(title, options);
      if (current) reader.add(current);
      current = {
        number: item[1] as string,
        first: item[3] as string,
        line: lineNumber,
        column: raw.length === line.length ? 1 : raw.indexOf(line) + 1,
      };
      if (item[2]) current.stance = item[2] as 'Pro' | 'Con';
    } else if (current) {
      if (current.more) current.more.push(line);
      else current.more = [line];
    } else if (line) preamble.push(unescapeKialo(line));
  }
  if (!reader || !current) {
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
  reader.add(current);
  if (preamble.length > 0) reader.builder.meta.description = preamble.join('\n');
  return reader.finish();
}

/** Turns claims, in file order, into nodes and edges. */
class ClaimReader {
  /**
   * The first claim of each number is the node of that id: claim numbers are never taken by
   * anything else, and a second claim of a number gets a new id. So the builder itself says which
   * numbers were read, without a second table of a million entries.
   */
  readonly builder: MapBuilder;
  private readonly links: { claim: KialoClaim; target: string }[] = [];

  constructor(title: string | undefined, options?: ParseOptions) {
    this.builder = new MapBuilder(title, 'Imported Kialo discussion', options);
  }

  add(claim: KialoClaim): void {
    const { builder } = this;
    const at = { line: claim.line, column: claim.column };
    const body = (claim.more ? [claim.first, ...claim.more].join('\n') : claim.first).trim();
    // Links start with "->"; testing for it first spares every other claim two regexes.
    const arrow = body.startsWith('->');
    const link = arrow ? LINK.exec(body) : null;
    if (link) {
      this.links.push({ claim, target: link[1] as string });
      return;
    }
    if (builder.node(claim.number)) {
      builder.warn(
        'kialo-duplicate-number',
        `Claim ${claim.number} appears twice; the second is kept under a new id.`,
        at,
      );
    }
    const text = unescapeKialo(body);
    const id = builder.addNode(claim.number, this.kindOf(claim, text), text, {}, true);
    if (arrow && /^->\s*See\b/i.test(body)) {
      builder.warn(
        'kialo-external-link',
        `Claim ${claim.number} links outside this discussion; kept as text.`,
        at,
      );
    }
    connect(builder, claim, id);
  }

  /** Top-level theses are questions or positions; answers to a question are positions. */
  private kindOf(claim: KialoClaim, text: string): NodeKind {
    if (!claim.number.includes('.')) return text.endsWith('?') ? 'question' : 'position';
    const parent = this.builder.node(parentNumber(claim.number));
    return parent?.kind === 'question' ? 'position' : 'claim';
  }

  /** Adds the links, now that every claim they may point to is in. */
  finish(): Result<ArgMap> {
    for (const { claim, target } of this.links) {
      if (!this.builder.node(target)) {
        this.builder.warn(
          'kialo-broken-link',
          `Claim ${claim.number} points to ${target}, which is not in this export; skipped.`,
          { line: claim.line, column: claim.column },
        );
        continue;
      }
      connect(this.builder, claim, target);
    }
    return { ok: true, value: this.builder.build(), diagnostics: this.builder.diagnostics };
  }
}

/** `1.2.3` → `1.2`. */
function parentNumber(number: string): string {
  return number.slice(0, Math.max(0, number.lastIndexOf('.')));
}

/** Joins node `id` (written as `claim`) to the nearest existing ancestor of `claim`, by its stance. */
function connect(builder: MapBuilder, claim: KialoClaim, id: string): void {
  const at = { line: claim.line, column: claim.column };
  let parent = parentNumber(claim.number);
  if (!parent) return;
  if (!builder.node(parent)) {
    builder.warn(
      'kialo-missing-parent',
      `Claim ${claim.number} has no parent ${parent} in the export; attached higher up.`,
      at,
    );
    while (parent && !builder.node(parent)) parent = parentNumber(parent);
    if (!parent) return;
  }
  if (!claim.stance) {
    builder.warn('kialo-missing-stance', `Claim ${claim.number} is neither Pro nor Con; read as Pro.`, at);
  }
  builder.addEdge(claim.stance === 'Con' ? 'opposes' : 'supports', id, parent, at);
}

/** The `kialo` adapter: reads Kialo's `.txt` discussion export. */
export const kialoFormat: FormatAdapter = {
  id: 'kialo',
  name: 'Kialo discussion (text export)',
  extensions: ['.kialo.txt', '.kialo', '.txt'],
  mediaType: 'text/plain',
  parse: parseKialo,
};
