/**
 * Output that reaches a terminal is inert: labels come from files anyone can write, and a label
 * holding `ESC ] 0 ; … BEL` would set the terminal's title, `ESC [ 2 J` clear the screen, U+202E
 * reverse the rest of the line. Text output shows such characters as `\u{…}`; JSON output escapes
 * them as `\uXXXX`, which any JSON reader turns back into the same string.
 *
 * @module
 */
import { escapeInvisibleInJson, showInvisible } from '@argmap/core';

/** A command's text output with control, bidi and zero-width characters made visible (line breaks kept). */
export function terminalText(text: string): string {
  return showInvisible(text, '\n');
}

/** `JSON.stringify(value, null, 2)` with every character a terminal would act on written as `\uXXXX`. */
export function terminalJson(value: unknown): string {
  return escapeInvisibleInJson(JSON.stringify(value, null, 2));
}
