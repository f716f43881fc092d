/**
 * The Argdown adapter (`.argdown`, `.ad`): our own reader, checked against @argdown/core on
 * example documents in `test/`, and a writer whose output @argdown/core reads back.
 *
 * @module
 */
import { type ArgMap, fail, type Result } from '@argmap/core';
import type { FormatAdapter, ParseOptions } from '../adapter.ts';
import { checkTextInput } from '../input.ts';
import { mapSerializer } from '../mapSerializer.ts';
import { argdownToMap } from './argdownToMap.ts';
import { readArgdown } from './readArgdown.ts';
import { serializeArgdown } from './serializeArgdown.ts';

/** Reads Argdown text into a map; warnings say what was approximated or kept in notes. */
export function parseArgdown(text: string, options?: ParseOptions): Result<ArgMap> {
  const guard = checkTextInput(text, 'Argdown', options);
  if (guard) return fail([guard]);
  const { model, diagnostics } = readArgdown(text);
  const result = argdownToMap(model, options);
  return { ...result, diagnostics: [...diagnostics, ...result.diagnostics] };
}

/** The `argdown` adapter. */
export const argdownFormat: FormatAdapter = {
  id: 'argdown',
  name: 'Argdown',
  extensions: ['.argdown', '.ad'],
  mediaType: 'text/x-argdown',
  parse: parseArgdown,
  serialize: mapSerializer(serializeArgdown),
};
