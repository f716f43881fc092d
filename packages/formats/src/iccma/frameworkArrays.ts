/**
 * An abstract argumentation framework as the readers of `p af`, `.apx` and `.tgf` return it:
 * arguments numbered `0 … size − 1` and attacks as two parallel typed arrays. This is the form a
 * solver wants (`frameworkFromAttacks` in `@argmap/core/evaluate` takes it as is), so the CLI's
 * `iccma` and `evaluate` commands reach the solver without building a map; `frameworkToMap`
 * builds one when a map is wanted.
 *
 * @module
 */
import type { Diagnostic } from '@argmap/core';

/** Most arguments one file may declare (a `p af` header is 10 characters whatever N is). */
export const MAX_ARGUMENTS = 1_000_000;

/** A framework read from a file. Attacks may repeat; self-attacks (`from[i] === to[i]`) are kept. */
export interface FrameworkArrays {
  /** Number of arguments. */
  readonly size: number;
  /**
   * Argument names by index, or `undefined` when argument `i` is named `i + 1` (ICCMA's `p af`),
   * so a million-argument file allocates no strings.
   */
  readonly names: readonly string[] | undefined;
  /** Text labels by argument index, for formats that carry them (TGF). */
  readonly labels?: ReadonlyMap<number, string>;
  /** `from[i]` attacks `to[i]`. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** The name of argument `i`. */
export function argumentName(framework: FrameworkArrays, i: number): string {
  return framework.names ? framework.names[i]! : String(i + 1);
}

/** Attack pairs in typed arrays that double when full (a million attacks as plain arrays cost more in garbage collection than reading them). */
export class AttackPairs {
  length = 0;
  private source: Int32Array;
  private target: Int32Array;

  constructor(capacity = 16) {
    this.source = new Int32Array(Math.max(capacity, 16));
    this.target = new Int32Array(this.source.length);
  }

  push(from: number, to: number): void {
    if (this.length === this.source.length) {
      const bigger = (array: Int32Array) => {
        const copy = new Int32Array(2 * array.length);
        copy.set(array);
        return copy;
      };
      this.source = bigger(this.source);
      this.target = bigger(this.target);
    }
    this.source[this.length] = from;
    this.target[this.length++] = to;
  }

  /** The pairs as exact-length views. */
  arrays(): { from: Int32Array; to: Int32Array } {
    return { from: this.source.subarray(0, this.length), to: this.target.subarray(0, this.length) };
  }
}

/** An `error` diagnostic at a line and column. */
export function errorAt(code: string, message: string, line: number, column: number): Diagnostic {
  return { severity: 'error', code, message, line, column };
}

/**
 * An `line-endings` error if `text` ends its lines with a bare carriage return (classic Mac OS):
 * read as one long line, such a file would give a baffling error far from its cause, or (TGF) be
 * silently read as a single argument.
 */
export function checkLineEndings(text: string, formatName: string): Diagnostic | undefined {
  let at = text.indexOf('\r');
  while (at >= 0 && text.charCodeAt(at + 1) === 10) at = text.indexOf('\r', at + 2);
  if (at < 0) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return errorAt(
    'line-endings',
    `This ${formatName} file ends a line with a bare carriage return (CR, old Mac line endings). Save it with LF or CRLF line endings.`,
    line,
    at - lineStart + 1,
  );
}
