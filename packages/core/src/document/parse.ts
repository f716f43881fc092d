/**
 * `parseMap`: from the text of a `*.argmap.json` file to a valid map in the current version,
 * or every problem found. The one entry point the editor and the CLI need for opening files.
 *
 * @module
 */

import type { ArgMap } from '../model/types.ts';
import type { Diagnostic, Result } from '../result.ts';
import { fail, ok } from '../result.ts';
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
  try {
    return ok(JSON.parse(body));
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
  const diagnostics = [...migrated.diagnostics, ...valid.diagnostics];
  return valid.ok ? ok(valid.value, diagnostics) : fail(diagnostics);
}
