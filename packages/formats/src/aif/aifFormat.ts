/**
 * The AIF-JSON adapter: AIFdb exports and OVA3/xAIF files in, AIFdb-style JSON out.
 *
 * @module
 */
import { type ArgMap, fail, type Result } from '@argmap/core';
import type { FormatAdapter, ParseOptions } from '../adapter.ts';
import { checkTextInput } from '../input.ts';
import { parseArgmapJson } from '../json/argmapJsonFormat.ts';
import { withJsonPositions } from '../json/locateJsonPath.ts';
import { parseJsonText } from '../json/parseJsonText.ts';
import { mapSerializer } from '../mapSerializer.ts';
import { readAifDocument } from './aifDocument.ts';
import { aifToMap } from './aifToMap.ts';
import { serializeAif } from './serializeAif.ts';

/** Reads AIF-JSON; every problem carries its JSON path and its line and column. */
export function parseAif(text: string, options?: ParseOptions): Result<ArgMap> {
  const guard = checkTextInput(text, 'AIF', options);
  if (guard) return fail([guard]);
  const json = parseJsonText(text, 'AIF');
  if (!json.ok) return json;
  const root = json.value as { format?: unknown };
  // A `.json` file may well be an Argmap map saved under a plain name: read it as one.
  if (typeof root === 'object' && root !== null && root.format === 'argmap')
    return parseArgmapJson(text, options);
  const { document, problems } = readAifDocument(json.value);
  if (!document || problems.some((p) => p.severity === 'error'))
    return fail(withJsonPositions(text, problems));
  const result = aifToMap(document, options);
  const diagnostics = [...json.diagnostics, ...problems, ...result.diagnostics];
  return { ...result, diagnostics: withJsonPositions(text, diagnostics) };
}

/** The `aif` adapter. */
export const aifFormat: FormatAdapter = {
  id: 'aif',
  name: 'AIF-JSON (AIFdb, OVA)',
  extensions: ['.aif.json', '.aif', '.json'],
  mediaType: 'application/json',
  parse: parseAif,
  serialize: mapSerializer(serializeAif),
};
