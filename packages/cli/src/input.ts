/**
 * Reading a map from a file or standard input: size cap, strict UTF-8, format from the flag or the
 * file name, then the format's own parser.
 *
 * @module
 */
import { type ArgMap, type Diagnostic, fail, ok, type Result } from '@argmap/core';
import {
  decodeUtf8,
  type FormatAdapter,
  FRAMEWORK_READERS,
  findFormat,
  formatForFilename,
} from '@argmap/formats';
import type { Io } from './io.ts';
import { type Ceiling, exceedsLimits, type SizeLimits } from './limits.ts';

/** A map read from somewhere, with its text (for locating diagnostics) and its format. */
export interface LoadedMap {
  map: ArgMap;
  text: string;
  format: FormatAdapter;
  /** Warnings the parser returned. */
  warnings: Diagnostic[];
}

/** A failure to load, with the text when it got that far (for locating diagnostics). */
export interface LoadFailure {
  diagnostics: Diagnostic[];
  text?: string;
  /** `usage` when the command line was at fault (unknown format), `input` otherwise. */
  kind: 'usage' | 'input';
}

/** The reader for `path`: the `--from` format if given, else by file name; stdin defaults to Argmap JSON. */
export function inputFormat(path: string, from: string | undefined): Result<FormatAdapter> {
  const format = from ? findFormat(from) : path === '-' ? findFormat('argmap-json') : formatForFilename(path);
  if (!format) {
    const message = from
      ? `unknown format "${from}" (see argmap --help for the list)`
      : `cannot tell the format of ${path} from its name; say it with --from`;
    return fail([{ severity: 'error', code: 'unknown-format', message }]);
  }
  if (!format.parse) {
    return fail([
      {
        severity: 'error',
        code: 'cannot-read-format',
        message: `${format.name} can be written but not read`,
      },
    ]);
  }
  return ok(format);
}

/** What {@link loadMap} returns: the map, or why not. */
export type LoadResult = { ok: true; value: LoadedMap } | { ok: false; failure: LoadFailure };

/** What {@link loadMap} needs: the format flag, the byte cap, and the command's size limits. */
export interface LoadOptions {
  from?: string | undefined;
  maxBytes: number;
  /** Refuse a map above these, naming `command` (`too-many-nodes`, `too-many-edges`). */
  limits?: { command: string; limits: SizeLimits; ceiling?: Ceiling };
}

/**
 * A framework file's counts, read into arrays before the map is built (building a million-node
 * map is the expensive part; reading the arrays is not). Edges are the attacks as written (a
 * repeated attack counts each time; the map keeps it once). `undefined` when the format is not a
 * framework format, or the file does not read (the parser then says why).
 */
function frameworkCounts(formatId: string, text: string, maxLength: number) {
  if (!Object.hasOwn(FRAMEWORK_READERS, formatId)) return undefined;
  const read = FRAMEWORK_READERS[formatId as keyof typeof FRAMEWORK_READERS](text, { maxLength });
  return read.ok ? { nodes: read.value.size, edges: read.value.from.length } : undefined;
}

/** Reads, decodes and parses a map. Never throws. */
export function loadMap(io: Io, path: string, options: LoadOptions): LoadResult {
  const format = inputFormat(path, options.from);
  if (!format.ok) {
    // A missing file or a directory is the better thing to say than "cannot tell its format".
    if (!options.from && path !== '-') {
      const bytes = io.read(path, options.maxBytes);
      if (!bytes.ok) return { ok: false, failure: { diagnostics: bytes.diagnostics, kind: 'input' } };
    }
    return { ok: false, failure: { diagnostics: format.diagnostics, kind: 'usage' } };
  }
  const bytes = io.read(path, options.maxBytes);
  if (!bytes.ok) return { ok: false, failure: { diagnostics: bytes.diagnostics, kind: 'input' } };
  const text = decodeUtf8(bytes.value);
  if (!text.ok) return { ok: false, failure: { diagnostics: text.diagnostics, kind: 'input' } };
  const body = text.value.charCodeAt(0) === 0xfeff ? text.value.slice(1) : text.value;
  const { limits } = options;
  if (limits && (Number.isFinite(limits.limits.maxNodes) || Number.isFinite(limits.limits.maxEdges))) {
    const counts = frameworkCounts(format.value.id, body, options.maxBytes);
    const refused = counts && exceedsLimits(counts, limits.limits, limits.command, limits.ceiling);
    if (refused) return { ok: false, failure: { diagnostics: [refused], text: body, kind: 'input' } };
  }
  const parsed = format.value.parse?.(body, { maxLength: options.maxBytes });
  if (!parsed?.ok) {
    return { ok: false, failure: { diagnostics: parsed?.diagnostics ?? [], text: body, kind: 'input' } };
  }
  const map = parsed.value;
  const refused =
    limits &&
    exceedsLimits(
      { nodes: map.nodes.size, edges: map.edges.size },
      limits.limits,
      limits.command,
      limits.ceiling,
    );
  if (refused) return { ok: false, failure: { diagnostics: [refused], text: body, kind: 'input' } };
  return { ok: true, value: { map, text: body, format: format.value, warnings: parsed.diagnostics } };
}
