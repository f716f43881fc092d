/**
 * Every format Argmap knows, and lookups by id or file name.
 * Adding a format: write its adapter in its own folder and add one line to {@link formats}.
 *
 * @module
 */
import type { FormatAdapter } from './adapter.ts';
import { exportFormats } from './export/exporters.ts';
import { importFormats } from './importers.ts';
import { argmapJsonFormat } from './json/argmapJsonFormat.ts';

/** Every registered format; lookups try them in this order. */
export const formats: readonly FormatAdapter[] = [argmapJsonFormat, ...importFormats, ...exportFormats];

/** The format with this id (case-insensitive), or `undefined`. */
export function findFormat(id: string): FormatAdapter | undefined {
  const wanted = id.toLowerCase();
  return formats.find((format) => format.id === wanted);
}

/**
 * The format a file name implies, by its longest matching extension: `map.argmap.json` is
 * `argmap-json`, `debate.aif.json` is `aif`. `undefined` when no extension matches.
 */
export function formatForFilename(name: string): FormatAdapter | undefined {
  const lower = name.toLowerCase();
  let best: FormatAdapter | undefined;
  let bestLength = 0;
  for (const format of formats) {
    for (const extension of format.extensions) {
      if (lower.endsWith(extension) && extension.length > bestLength) {
        best = format;
        bestLength = extension.length;
      }
    }
  }
  return best;
}
