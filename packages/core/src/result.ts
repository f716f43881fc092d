/**
 * Errors as values. Expected failures (bad files, bad edits) come back as diagnostics with a
 * stable code and a precise location; exceptions are reserved for bugs.
 *
 * @module
 */

/** How serious a diagnostic is: an `error` means the input was not accepted. */
export type Severity = 'error' | 'warning';

/** One problem found in user input, with where it is and what to do about it. */
export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `dangling-edge`. Documented in `docs/`. */
  code: string;
  /** A sentence a student can act on. */
  message: string;
  /** Path into a JSON document, e.g. `["edges", "e1", "target"]`. */
  path?: (string | number)[];
  /** 1-based line in a text input. */
  line?: number;
  /** 1-based column in a text input. */
  column?: number;
}

/**
 * The outcome of an operation that can fail on user input.
 * On success, `diagnostics` may still carry warnings (e.g. what an importer repaired or dropped).
 */
export type Result<T> =
  | { ok: true; value: T; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** A successful result, with optional warnings. */
export function ok<T>(value: T, diagnostics: Diagnostic[] = []): Result<T> {
  return { ok: true, value, diagnostics };
}

/** A failed result. */
export function fail<T = never>(diagnostics: Diagnostic[]): Result<T> {
  return { ok: false, diagnostics };
}
