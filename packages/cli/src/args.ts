/**
 * Command-line parsing on top of `node:util` `parseArgs`, turned into values: a bad flag is a usage
 * error to print, not an exception.
 *
 * @module
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  'max-size': { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Default input cap: 20 MB, well above any real map (the example's 79 nodes are 60 kB). */
export const DEFAULT_MAX_BYTES = 20_000_000;

/** Parsed arguments, or the sentence that says what is wrong with them. */
export type Parsed<V> = { ok: true; values: V; positionals: string[] } | { ok: false; message: string };

/** Parses `args` against `options` (plus the common ones); never throws. */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { ok: true as const, values, positionals };
  } catch (error) {
    return { ok: false as const, message: argumentError(error as Error) };
  }
}

/**
 * `parseArgs`'s message in the CLI's words. It calls `--time-budget -1` "ambiguous" (the value
 * looks like an option); say what to type instead.
 */
function argumentError(error: Error): string {
  const first = error.message.split('\n')[0] ?? 'bad arguments';
  const ambiguous = /^Option '(-\w, )?(--[\w-]+)[^']*' argument is ambiguous/u.exec(first);
  if (ambiguous) {
    const option = ambiguous[2] as string;
    return `${option} needs a value; for a value that starts with "-", write ${option}=VALUE (for example ${option}=-1)`;
  }
  return first;
}

/**
 * Reads a size such as `500000`, `800k`, `50M` or `1G` (decimal units, bytes by default).
 * `undefined` for anything else.
 */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/iu.exec(text.trim());
  if (!match) return undefined;
  const unit = { '': 1, k: 1e3, m: 1e6, g: 1e9 }[(match[2] ?? '').toLowerCase()] ?? 1;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes > 0 ? bytes : undefined;
}
