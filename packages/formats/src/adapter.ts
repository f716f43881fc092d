/**
 * The shape every format shares: one adapter per format, symmetric where the format allows it.
 * Adapters are pure: text in, map out (or map in, text out). File access belongs to the CLI and the app.
 *
 * @module
 */
import type { ArgMap, Result } from '@argmap/core';

/** Options every importer understands. */
export interface ParseOptions {
  /**
   * Largest input accepted, in characters. Longer inputs fail fast with an `input-too-large`
   * diagnostic instead of tying up the tab. Defaults to {@link DEFAULT_MAX_INPUT_LENGTH}.
   */
  maxLength?: number;
  /** Title for the imported map when the input names none (e.g. the file name). */
  title?: string;
  /** Timestamp written to `meta.created`/`meta.modified`; defaults to now. Fixed in tests for stable output. */
  now?: Date;
}

/** Default input cap: 10 million characters, far above any hand-made map, small enough to fail fast. */
export const DEFAULT_MAX_INPUT_LENGTH = 10_000_000;

/**
 * A file format Argmap can read, write, or both.
 *
 * `parse` never throws on user input: it returns the map, or diagnostics with a line and column
 * (text formats) or a JSON path (JSON formats). What the format carries but the map cannot is
 * kept in notes or reported as a `warning`, never dropped silently.
 */
export interface FormatAdapter {
  /** Stable id used by `--to` and {@link findFormat}, e.g. `argdown`. */
  id: string;
  /** Human-readable name, e.g. `Argdown`. */
  name: string;
  /** File extensions with their leading dot, lower case, most specific first, e.g. `['.argmap.json']`. */
  extensions: readonly string[];
  /** IANA media type, when the format has one. */
  mediaType?: string;
  /** Reads a map from text. Absent for export-only formats. */
  parse?(text: string, options?: ParseOptions): Result<ArgMap>;
  /**
   * Writes a map as text. Returns a `Result` when the map may hold something the format cannot
   * express (with warnings listing what was left out). Absent for import-only formats.
   */
  serialize?(map: ArgMap): string | Result<string>;
}
