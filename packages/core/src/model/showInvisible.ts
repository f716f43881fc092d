/**
 * Making hostile characters visible in text that goes to a terminal, a log or a text format.
 *
 * @module
 */

/**
 * C0/C1 controls (ESC, BEL, CR…), DEL, and the bidi, line-separator and zero-width format
 * characters that can hide, reorder or split the text around them ("Trojan Source").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * `text` with control, bidi and zero-width characters written as `\u{hex}`, so they show and do
 * nothing: a label cannot set a terminal's title, clear the screen or reverse the line it is on.
 * Pass `keep` to leave some characters alone (e.g. `'\n\t'` for multi-line text formats).
 */
export function showInvisible(text: string, keep = ''): string {
  return text.replace(INVISIBLE, (ch) =>
    keep.includes(ch) ? ch : `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`,
  );
}

/** Whether `text` holds a character {@link showInvisible} would rewrite (ignoring those in `keep`). */
export function hasInvisible(text: string, keep = ''): boolean {
  INVISIBLE.lastIndex = 0;
  for (const match of text.matchAll(INVISIBLE)) if (!keep.includes(match[0])) return true;
  return false;
}

// JSON.stringify escapes U+0000–U+001F itself; these it leaves raw.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * JSON text with the characters {@link showInvisible} targets written as `\uXXXX` escapes: the
 * file is inert in a terminal or an editor, and any JSON reader gets back exactly the same strings.
 */
export function escapeInvisibleInJson(json: string): string {
  return json.replace(
    RAW_IN_JSON,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
