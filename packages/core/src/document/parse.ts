/**
 * `parseMap`: from the text of a `*.argmap.json` file to a valid map in the current version,
 * or every problem found. The one entry point the editor and the CLI need for opening files.
 *
 * @module
 */

import { showInvisible } from '../model/showInvisible.ts';
import type { ArgMap } from '../model/types.ts';
import type { Diagnostic, Result } from '../result.ts';
import { fail, ok } from '../result.ts';
import { findDuplicateKeys } from './duplicateKeys.ts';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax.ts';
import { migrate } from './migrate.ts';
import { validateMap } from './validate.ts';

/** Largest text `parseMap` reads by default: 20 million characters (a map with ~50,000 nodes is ~15 MB). */
export const DEFAULT_MAX_CHARS = 20_000_000;

/** Options for {@link parseMap}. */
export interface ParseOptions {
  /** Refuse texts longer than this many characters (UTF-16 code units). Default {@link DEFAULT_MAX_CHARS}. */
  maxChars?: number;
}

/**
 * Parses JSON text into an untrusted value, with the line and column of a syntax error.
 * Fails with `file-too-large` above the size cap and `invalid-json` on a syntax error.
 */
export function parseJson(text: string, options: ParseOptions = {}): Result<unknown> {
  if (typeof text !== 'string') {
    return fail([{ severity: 'error', code: 'wrong-type', message: 'Expected the text of a file.' }]);
  }
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars) {
    const megabytes = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
    return fail([
      {
        severity: 'error',
        code: 'file-too-large',
        message: `This file is ${megabytes(text.length)}, more than the ${megabytes(maxChars)} Argmap opens. Is it really an Argmap file?`,
      },
    ]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const error = findJsonSyntaxError(body) ?? { offset: 0, message: 'This is not valid JSON.' };
    const where = lineAndColumn(body, error.offset);
    const diagnostic: Diagnostic = {
      severity: 'error',
      code: 'invalid-json',
      message: `Line ${where.line}, column ${where.column}: ${error.message}`,
      ...where,
    };
    return fail([diagnostic]);
  }
  return ok(value, duplicateKeyWarnings(body));
}

/** One `duplicate-key` warning per key written twice in an object (JSON keeps the last silently). */
function duplicateKeyWarnings(text: string): Diagnostic[] {
  const duplicates = findDuplicateKeys(text);
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return duplicates.map(({ path, offset }) => {
    for (; scanned < offset; scanned++) {
      if (text.charCodeAt(scanned) === 0x0a) {
        line++;
        lineStart = scanned + 1;
      }
    }
    const name = String(path.at(-1));
    return {
      severity: 'warning',
      code: 'duplicate-key',
      message: `"${showInvisible(name.length > 40 ? `${name.slice(0, 37)}...` : name)}" appears twice in the same object; only the last one is kept.`,
      path,
      line,
      column: offset - lineStart + 1,
    };
  });
}

/**
 * Reads a map from JSON text: parses, upgrades older versions ({@link migrate}), validates
 * ({@link validateMap}). Warnings (e.g. `migrated`, `unknown-field`) ride along on success.
 * A file from a newer Argmap fails with the single diagnostic code `newer-version`.
 */
export function parseMap(text: string, options: ParseOptions = {}): Result<ArgMap> {
  const json = parseJson(text, options);
  if (!json.ok) return json;
  const migrated = migrate(json.value);
  if (!migrated.ok) return fail(migrated.diagnostics);
  const valid = validateMap(migrated.value);
  const diagnostics = [...json.diagnostics, ...migrated.diagnostics, ...valid.diagnostics];
  return valid.ok ? ok(valid.value, diagnostics) : fail(diagnostics);
}
