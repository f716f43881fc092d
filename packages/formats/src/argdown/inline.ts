/**
 * Inline Argdown inside one statement or argument text: `\x` escapes, `#tag` and `#(long tag)`,
 * trailing `{key: value}` data and `*emphasis*`. Data is read as plain strings: nothing from the
 * input is ever evaluated.
 *
 * @module
 */
import { showInvisible } from '@argmap/core';

/** A text with its inline annotations taken out. */
export interface InlineParts {
  text: string;
  tags: string[];
  data: Record<string, string>;
  /** Data that could not be read as `key: value` pairs, kept verbatim. */
  rawData: string[];
  /** Targets of Markdown links `[text](url)`; the text stays in `text`, as in @argdown/core. */
  links: string[];
}

const TAG_CHAR = /[\p{L}\p{N}_-]/u;
/** Sticky, with bounded parts, so a run of `[` cannot make the scan quadratic. */
const LINK = /\[([^\]\n]{1,500})\]\(([^)\s]{1,2000})\)/y;

/** Splits an element's text into plain text, tags and data. */
export function parseInline(source: string): InlineParts {
  const tags: string[] = [];
  const data: Record<string, string> = {};
  const rawData: string[] = [];
  const links: string[] = [];
  let text = '';
  let noParen = false;
  let noData = false;
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '\\' && i + 1 < source.length) {
      text += source[i + 1];
      i += 2;
    } else if (c === '#' && source[i + 1] === '(' && !noParen) {
      const end = source.indexOf(')', i + 2);
      if (end < 0) {
        noParen = true; // no ')' anywhere after: stop searching, so input stays linear
        text += c;
        i++;
        continue;
      }
      pushUnique(tags, source.slice(i + 2, end).trim());
      i = end + 1;
    } else if (c === '#' && TAG_CHAR.test(source[i + 1] ?? '')) {
      let end = i + 1;
      while (end < source.length && TAG_CHAR.test(source[end] as string)) end++;
      pushUnique(tags, source.slice(i + 1, end));
      i = end;
    } else if (c === '{' && !noData) {
      const end = matchingBrace(source, i);
      if (end < 0) {
        noData = true; // unbalanced to the end: later braces are text too, and we stay linear
        text += c;
        i++;
        continue;
      }
      const block = source.slice(i, end + 1);
      if (!readFlowMap(block, data)) rawData.push(block);
      i = end + 1;
    } else if (c === '[' && linkAt(source, i)) {
      const link = linkAt(source, i) as RegExpExecArray;
      text += link[1];
      links.push(link[2] as string);
      i += link[0].length;
    } else if (c === '*' || c === '_') {
      // Emphasis markers open or close a word; other stars and underscores are text.
      const run = source[i + 1] === c ? 2 : 1;
      const before = source[i - 1] ?? ' ';
      const after = source[i + run] ?? ' ';
      const opens = /[\s([{"']/.test(before) && /\S/.test(after);
      const closes = /\S/.test(before) && before !== '\\' && /[\s)\]}.,;:!?"']/.test(after);
      if (!opens && !closes) text += source.slice(i, i + run);
      i += run;
    } else {
      text += c;
      i++;
    }
  }
  return { text: text.replace(/\s+/g, ' ').trim(), tags, data, rawData, links };
}

function linkAt(source: string, i: number): RegExpExecArray | null {
  LINK.lastIndex = i;
  return LINK.exec(source);
}

function pushUnique(list: string[], value: string): void {
  if (value.length > 0 && !list.includes(value)) list.push(value);
}

/** Index of the `}` closing the `{` at `start`, skipping quoted strings; -1 if unbalanced. */
function matchingBrace(source: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return c === '}' ? i : -1;
    }
  }
  return -1;
}

/**
 * Reads a YAML flow mapping such as `{kind: evidence, url: "https://x.org", uses: [1,2]}` into
 * `into`: top-level keys with string values (quoted strings unquoted, nested values verbatim).
 * Returns false when the block is not a mapping of that shape.
 */
export function readFlowMap(block: string, into: Record<string, string>): boolean {
  const inner = block.slice(1, -1);
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  const entries: [string, string][] = [];
  for (const part of parts) {
    if (part.trim() === '') continue;
    const entry = splitEntry(part.trim());
    if (!entry) return false;
    entries.push(entry);
  }
  for (const [key, value] of entries) into[key] = value;
  return true;
}

/** `key: value` → `[key, value]`, with quoted keys and values unquoted; undefined if no colon. */
function splitEntry(part: string): [string, string] | undefined {
  let colon: number;
  if (part.startsWith('"') || part.startsWith("'")) {
    const close = part.indexOf(part[0] as string, 1);
    colon = close < 0 ? -1 : part.indexOf(':', close);
  } else colon = part.indexOf(':');
  if (colon <= 0) return undefined;
  const key = unquote(part.slice(0, colon).trim());
  return key ? [key, unquote(part.slice(colon + 1).trim())] : undefined;
}

/** The value of a YAML scalar: double-quoted strings with escapes, single-quoted with `''`, else as written. */
export function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not JSON-compatible escapes: fall through and keep the inner text.
    }
    return value.slice(1, -1);
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'"))
    return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/**
 * Escapes characters that Argdown would read as syntax, so `text` comes back unchanged: markup,
 * comment starts, and the `:name:` / `.name.` shortcode patterns.
 */
export function escapeArgdown(text: string): string {
  return showInvisible(text, '\n\r\t')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\#*_[\]<>{}@]|\/(?=[/*])|:(?=\S+?:)|\.(?=\S+?\.)/g, (c) => `\\${c}`);
}
