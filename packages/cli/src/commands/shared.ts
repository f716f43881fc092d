/**
 * What the commands share: exit codes, printing diagnostics, and reading `--max-size`.
 *
 * @module
 */
import type { Diagnostic } from '@argmap/core';
import { DEFAULT_MAX_BYTES, parseSize } from '../args.ts';
import type { LoadFailure } from '../input.ts';
import type { Io } from '../io.ts';
import { formatDiagnostic } from '../report.ts';

/** Exit codes: 0 all good, 1 some input was invalid (or could not be read or written), 2 the command line was wrong. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Prints a usage error (one line, plus where to get help) and returns exit code 2. */
export function usageError(io: Io, message: string, command?: string): number {
  io.err(`argmap: ${message}\n`);
  io.err(`Run 'argmap ${command ? `${command} ` : ''}--help' for usage.\n`);
  return EXIT.usage;
}

/** Prints diagnostics about `file`, one line each, on standard error. */
export function printDiagnostics(
  io: Io,
  file: string,
  diagnostics: readonly Diagnostic[],
  text?: string,
): void {
  for (const diagnostic of diagnostics) io.err(`${formatDiagnostic(file, diagnostic, text)}\n`);
}

/** Prints why a map could not be loaded and returns the exit code that fits. */
export function loadFailed(io: Io, file: string, failure: LoadFailure, command: string): number {
  if (failure.kind === 'usage') {
    return usageError(io, failure.diagnostics.map((d) => d.message).join('; '), command);
  }
  printDiagnostics(io, file, failure.diagnostics, failure.text);
  return EXIT.invalid;
}

/** The `--max-size` value in bytes, the default, or a usage message. */
export function maxBytes(value: string | undefined): number | string {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  return parseSize(value) ?? `--max-size expects a size such as 50M or 800k, not "${value}"`;
}
