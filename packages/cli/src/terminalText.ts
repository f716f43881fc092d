/**
 * Output that reaches a terminal is inert: labels come from files anyone can write, and a label
 * holding `ESC ] 0 ; … BEL` would set the terminal's title, `ESC [ 2 J` clear the screen, U+202E
 * reverse the rest of the line. Text output shows such characters as `\u{…}`; JSON output escapes
 * them as `\uXXXX`, which any JSON reader turns back into the same string.
 *
 * @module
 */
import { showInvisible } from '@argmap/core';

/** A command's text output with control, bidi and zero-width characters made visible (line breaks kept). */
export function terminalText(text: string): string {
  return showInvisible(text, '\n');
}

// JSON.stringify already escapes U+0000–U+001F; these it leaves raw.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

/** `JSON.stringify(value, null, 2)` with every character a terminal would act on written as `\uXXXX`. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    RAW_IN_JSON,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
