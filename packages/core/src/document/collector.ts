/**
 * Collecting diagnostics while walking a document: every problem, not just the first, but with a
 * cap so that 50 MB of junk yields a readable list instead of millions of entries.
 *
 * @module
 */

import { describe, type JsonPath } from '../model/rules.ts';
import type { Diagnostic } from '../result.ts';

/** Most diagnostics kept from one document; one more entry says how many were left out. */
export const MAX_DIAGNOSTICS = 200;

/** Accumulates diagnostics for one document. */
export class Collector {
  readonly diagnostics: Diagnostic[] = [];
  private dropped = 0;
  private errorCount = 0;

  /** Adds a problem (kept only while under {@link MAX_DIAGNOSTICS}). */
  add(diagnostic: Diagnostic): void {
    if (diagnostic.severity === 'error') this.errorCount++;
    if (this.diagnostics.length < MAX_DIAGNOSTICS) this.diagnostics.push(diagnostic);
    else this.dropped++;
  }

  error(code: string, message: string, path: JsonPath): void {
    this.add({ severity: 'error', code, message, path });
  }

  warning(code: string, message: string, path: JsonPath): void {
    this.add({ severity: 'warning', code, message, path });
  }

  /** A `wrong-type` error: `what` should be `expected` but is `value`. */
  wrongType(path: JsonPath, expected: string, value: unknown): void {
    this.error('wrong-type', `${label(path)} should be ${expected}, not ${describe(value)}.`, path);
  }

  /** A `missing-field` error. */
  missing(path: JsonPath, hint = ''): void {
    this.error('missing-field', `${label(path)} is missing.${hint ? ` ${hint}` : ''}`, path);
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** The diagnostics, with a closing note if some were left out. */
  finish(): Diagnostic[] {
    if (this.dropped === 0) return this.diagnostics;
    return [
      ...this.diagnostics,
      {
        severity: 'error',
        code: 'too-many-problems',
        message: `${this.dropped} more problems were not listed. Fix the ones above and check again.`,
      },
    ];
  }
}

/** A readable name for the place a path points at, e.g. `nodes › n1 › text`. */
export function label(path: JsonPath): string {
  if (path.length === 0) return 'The document';
  return `"${path.join(' › ')}"`;
}

/** Whether `value` is a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
