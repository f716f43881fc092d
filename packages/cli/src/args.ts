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
    return { ok: false as const, message: (error as Error).message.split('\n')[0] ?? 'bad arguments' };
  }
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
