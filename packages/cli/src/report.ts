/**
 * Diagnostics as the CLI prints them: one line each, `file:line:col: severity: message [code]`,
 * the form editors and CI logs turn into clickable locations.
 *
 * @module
 */
import { type Diagnostic, showInvisible } from '@argmap/core';
import { withJsonPositions } from '@argmap/formats';

/** Where a diagnostic points: its own line and column, or those of its JSON path in `text`. */
function position(diagnostic: Diagnostic, text: string | undefined): string {
  if (diagnostic.line !== undefined) return `:${diagnostic.line}:${diagnostic.column ?? 1}`;
  if (diagnostic.path && text !== undefined) {
    const [at] = withJsonPositions(text, [diagnostic]);
    if (at?.line !== undefined) return `:${at.line}:${at.column ?? 1}`;
  }
  return '';
}

/**
 * Control characters and line breaks in a message would split it over lines or garble the
 * terminal; bidi controls would reorder it. Line breaks and tabs become spaces, the rest visible codes.
 */
function oneLine(text: string): string {
  return showInvisible(text.replace(/[\n\r\t]+/gu, ' ')).trim();
}

/** Some parsers start a message with "Line 4, column 13:"; the line already starts with that place. */
function withoutLocation(diagnostic: Diagnostic): string {
  if (diagnostic.line === undefined) return diagnostic.message;
  return diagnostic.message.replace(/^line \d+(, column \d+)?:\s*/iu, '') || diagnostic.message;
}

/**
 * Formats a diagnostic about `file` as one line. `text` is the file's content, used to find the
 * line and column of a JSON path when the diagnostic has only a path; the path is also shown.
 */
export function formatDiagnostic(file: string, diagnostic: Diagnostic, text?: string): string {
  const where = diagnostic.path && diagnostic.path.length > 0 ? ` (at ${diagnostic.path.join('.')})` : '';
  return oneLine(
    `${file}${position(diagnostic, text)}: ${diagnostic.severity}: ${withoutLocation(diagnostic)}${where} [${diagnostic.code}]`,
  );
}
