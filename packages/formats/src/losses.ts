/**
 * What a reader or writer changed or left out, counted by kind: one warning per kind, with how
 * many values it touched, instead of silence or a hundred identical lines.
 *
 * @module
 */
import type { Diagnostic } from '@argmap/core';

/** A tally of losses by code; {@link Losses.warnings} turns it into one warning per code. */
export class Losses {
  private readonly kinds = new Map<string, { count: number; message: (count: number) => string }>();

  /** Counts `count` more values of kind `code`; `message` words the warning for the final count. */
  note(code: string, message: (count: number) => string, count = 1): void {
    if (count <= 0) return;
    const kind = this.kinds.get(code);
    if (kind) kind.count += count;
    else this.kinds.set(code, { count, message });
  }

  /** One warning per kind noted, in the order kinds were first noted. */
  warnings(): Diagnostic[] {
    return [...this.kinds].map(([code, { count, message }]) => ({
      severity: 'warning',
      code,
      message: message(count),
    }));
  }
}

/** "1 node" / "3 nodes". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
