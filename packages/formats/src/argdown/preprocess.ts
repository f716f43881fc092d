/**
 * Before the line reader runs: comments are blanked out (line numbers stay put) and the
 * `===` frontmatter block is read.
 *
 * @module
 */
import { unquote } from './inline.ts';

/**
 * Marks comment characters. Input reaching the reader never contains U+0001 (it is rejected as
 * binary), so the marker cannot clash with text; lines holding only comments are skipped.
 */
export const COMMENT_MARK = '\u0001';

/**
 * Replaces `<!-- -->`, `/* *\/` and `//` comments with {@link COMMENT_MARK}, keeping newlines.
 * `://` (as in URLs) does not start a comment, and `\/` escapes a slash.
 */
export function blankComments(text: string): string {
  // Jump from one candidate to the next and copy the text between in slices: char-by-char
  // concatenation makes megabyte inputs crawl.
  const candidate = /\\|<!--|\/\*|\/\//g;
  let out = '';
  let copied = 0;
  for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
    const i = match.index;
    let end: number;
    if (match[0] === '\\') {
      candidate.lastIndex = i + 2; // an escaped character never starts a comment
      continue;
    }
    if (match[0] === '<!--') {
      const close = text.indexOf('-->', i + 4);
      end = close < 0 ? text.length : close + 3;
    } else if (match[0] === '/*') {
      const close = text.indexOf('*/', i + 2);
      end = close < 0 ? text.length : close + 2;
    } else if (text[i - 1] === ':') {
      candidate.lastIndex = i + 2; // `https://` is a link, not a comment
      continue;
    } else {
      const close = text.indexOf('\n', i);
      end = close < 0 ? text.length : close;
    }
    out += text.slice(copied, i) + text.slice(i, end).replace(/[^\n]/g, COMMENT_MARK);
    copied = end;
    candidate.lastIndex = end;
  }
  return out + text.slice(copied);
}

/** The frontmatter's top-level keys, and the index of the first line after it (0 if none). */
export function readFrontMatter(lines: readonly string[]): {
  values: Record<string, string>;
  endLine: number;
} {
  let first = 0;
  while (first < lines.length && (lines[first] as string).trim() === '') first++;
  if (first >= lines.length || !/^===+$/.test((lines[first] as string).trim()))
    return { values: {}, endLine: 0 };
  let last = first + 1;
  while (last < lines.length && !/^===+$/.test((lines[last] as string).trim())) last++;
  if (last >= lines.length) return { values: {}, endLine: 0 };
  const values: Record<string, string> = {};
  let key: string | undefined;
  for (const line of lines.slice(first + 1, last)) {
    const top = /^([^\s:#][^:]*):\s*(.*)$/.exec(line);
    if (top) {
      key = (top[1] as string).trim();
      values[key] = (top[2] as string).trim();
    } else if (key !== undefined && line.trim() !== '') {
      // Indented lines continue a folded scalar, or hold a nested block we keep verbatim.
      values[key] = `${values[key]} ${line.trim()}`.trim();
    }
  }
  for (const [name, value] of Object.entries(values)) values[name] = unquote(value);
  return { values, endLine: last + 1 };
}
