/**
 * Argmap's own file format, `*.argmap.json`: read and written by @argmap/core's document module
 * (`parseMap` migrates and validates, `serializeMap` writes stable text). This adapter adds the
 * shared input guards and a line and column to every diagnostic that has a JSON path.
 *
 * @module
 */
import { type ArgMap, DEFAULT_MAX_CHARS, fail, parseMap, type Result, serializeMap } from '@argmap/core';
import type { FormatAdapter, ParseOptions } from '../adapter.ts';
import { checkTextInput } from '../input.ts';
import { mapSerializer } from '../mapSerializer.ts';
import { withJsonPositions } from './locateJsonPath.ts';

/**
 * Reads an `.argmap.json` document: older versions are migrated, every problem is reported
 * with its JSON path and its line and column. The size cap defaults to the core's
 * (`DEFAULT_MAX_CHARS`), since native files of big maps are larger than other formats.
 */
export function parseArgmapJson(text: string, options?: ParseOptions): Result<ArgMap> {
  const maxLength = options?.maxLength ?? DEFAULT_MAX_CHARS;
  const guard = checkTextInput(text, 'Argmap', { ...options, maxLength });
  if (guard) return fail([guard]);
  const result = parseMap(text, { maxChars: maxLength });
  return { ...result, diagnostics: withJsonPositions(text, result.diagnostics) };
}

/** Writes the map the way Argmap saves it (stable field order, two-space indent, final newline). */
export function serializeArgmapJson(map: ArgMap): string {
  return serializeMap(map);
}

/** The `argmap-json` adapter: Argmap's native format, lossless both ways. */
export const argmapJsonFormat: FormatAdapter = {
  id: 'argmap-json',
  name: 'Argmap JSON',
  extensions: ['.argmap.json', '.argmap'],
  mediaType: 'application/json',
  parse: parseArgmapJson,
  serialize: mapSerializer(serializeArgmapJson),
};
