/**
 * Escaping user text for Markdown, shared by the outline and its tours section.
 *
 * @module
 */
import { oneLine } from './citation.ts';
import { inert } from './inertText.ts';

/**
 * Escapes text for use inside a Markdown line so it renders literally: a backslash before the
 * characters that start inline markup (emphasis, code, links, strikethrough, table cells), and
 * `<` / `&` as entities so no raw HTML (`<script>`, `<img onerror>`) reaches the rendered page.
 * Whitespace runs, newlines included, become one space; control and bidi characters show as `\u{…}`.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(inert(text, '\n\r\t'))
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
