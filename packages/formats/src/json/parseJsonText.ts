/**
 * `JSON.parse` with a line and column on failure, for JSON-based formats other than Argmap's own.
 * The core's {@link parseJson} finds the position and names the problem; this only says which
 * format was expected and gives the problem this package's `json-syntax` code.
 *
 * @module
 */
import { type Diagnostic, fail, parseJson, type Result } from '@argmap/core';

/**
 * Parses JSON text; a syntax error comes back as a `json-syntax` diagnostic with line and column
 * (on the diagnostic, not repeated in its message). Size limits are the caller's: none here.
 */
export function parseJsonText(text: string, formatName: string): Result<unknown> {
  const parsed = parseJson(text, { maxChars: Number.POSITIVE_INFINITY });
  if (parsed.ok) return parsed;
  const problem = parsed.diagnostics[0];
  const what = (problem?.message ?? '').replace(/^Line \d+, column \d+: /u, '');
  const diagnostic: Diagnostic = {
    severity: 'error',
    code: 'json-syntax',
    message: `This ${formatName} file is not valid JSON. ${what}`.trim(),
    line: problem?.line ?? 1,
    column: problem?.column ?? 1,
  };
  return fail([diagnostic]);
}
