/**
 * Argmap's own file format, `*.argmap.json`: the map exactly as @argmap/core defines it.
 *
 * @module
 */
import { type ArgMap, type Diagnostic, FORMAT_NAME, fail, ok, type Result } from '@argmap/core';
import type { FormatAdapter, ParseOptions } from '../adapter.ts';
import { checkTextInput } from '../input.ts';
import { parseJsonText } from './parseJsonText.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an `.argmap.json` document. Checks the envelope (format name, version, `meta`, `nodes`
 * and `edges` objects) and reports each problem with its JSON path.
 */
export function parseArgmapJson(text: string, options?: ParseOptions): Result<ArgMap> {
  const guard = checkTextInput(text, 'Argmap', options);
  if (guard) return fail([guard]);
  const parsed = parseJsonText(text, 'Argmap');
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const problems: Diagnostic[] = [];
  const problem = (path: (string | number)[], code: string, message: string): void => {
    problems.push({ severity: 'error', code, message, path });
  };
  if (!isRecord(doc)) {
    problem(
      [],
      'not-a-map',
      'An Argmap file holds one JSON object with format, version, meta, nodes and edges.',
    );
    return fail(problems);
  }
  if (doc.format !== FORMAT_NAME) {
    problem(['format'], 'wrong-format', `"format" should be "${FORMAT_NAME}"; is this an Argmap file?`);
  }
  if (typeof doc.version !== 'number')
    problem(['version'], 'missing-version', '"version" should be a number.');
  if (!isRecord(doc.meta) || typeof doc.meta.title !== 'string') {
    problem(['meta', 'title'], 'missing-title', 'The map needs "meta" with a "title" string.');
  }
  for (const key of ['nodes', 'edges'] as const) {
    if (!isRecord(doc[key])) problem([key], `missing-${key}`, `"${key}" should be an object keyed by id.`);
  }
  if (problems.length > 0) return fail(problems);
  return ok(doc as unknown as ArgMap);
}

/** Writes the map as indented JSON with a final newline, the way Argmap saves it. */
export function serializeArgmapJson(map: ArgMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}

/** The `argmap-json` adapter: Argmap's native format, lossless both ways. */
export const argmapJsonFormat: FormatAdapter = {
  id: 'argmap-json',
  name: 'Argmap JSON',
  extensions: ['.argmap.json', '.argmap'],
  mediaType: 'application/json',
  parse: parseArgmapJson,
  serialize: serializeArgmapJson,
};
