import { type ArgMap, type Diagnostic, fail, ok, type Result } from '@argmap/core';
import type { FormatAdapter } from '@argmap/formats';
import { recoverMap } from '../storage/recoverMap.ts';
import { type Formats, loadFormats } from './formatsLoader.ts';

/** A file as the editor receives it from the picker or a drop. */
export interface MapFileInput {
  name: string;
  /** The file's bytes. Decoded as strict UTF-8 so a bad byte is reported, not replaced. */
  bytes: Uint8Array;
}

/** The map read from a file and the format it was read as. */
export interface ReadFile {
  map: ArgMap;
  format: { id: string; name: string };
}

/**
 * Reads a map from any file the formats package can parse, chosen by the file's extension (or,
 * for a file with none, by whether it looks like JSON). Fails — so the open map stays as it is —
 * on any error; each diagnostic has a line and column for text formats or a path for JSON.
 *
 * An `.argmap.json` file must already be a valid map: what storage would quietly repair is an
 * error here, because the student still has the file and can fix it. Other formats are converted,
 * so the repairs of the converted map are passed on as warnings.
 */
export async function readMapFile(file: MapFileInput, formats?: Formats): Promise<Result<ReadFile>> {
  const lib = formats ?? (await loadFormats());
  const decoded = lib.decodeUtf8(file.bytes);
  if (!decoded.ok) return fail(decoded.diagnostics);
  const text = decoded.value;
  const adapter = chooseFormat(lib, file.name, text);
  if (!adapter?.parse) return fail([unknownFormat(file.name, lib.formats)]);
  const parsed = adapter.parse(text, { title: stemOf(file.name) });
  if (!parsed.ok) return fail(parsed.diagnostics);
  const { map, repairs } = recoverMap(parsed.value);
  const format = { id: adapter.id, name: adapter.name };
  if (adapter.id === 'argmap-json') {
    if (repairs.length > 0) return fail(repairs.map((r): Diagnostic => ({ ...r, severity: 'error' })));
    return ok({ map: parsed.value, format }, parsed.diagnostics);
  }
  return ok({ map, format }, [...parsed.diagnostics, ...repairs]);
}

/**
 * The format to read a file as: by extension, except that a JSON file whose header says
 * `"format": "argmap"` is an Argmap map whatever it is called (students rename `map.argmap.json`
 * to `map.json`, which would otherwise be read as AIF). A JSON file with no known extension is
 * tried as Argmap JSON.
 */
function chooseFormat(lib: Formats, name: string, text: string): FormatAdapter | undefined {
  const json = /^\s*\{/.test(text);
  if (json && /"format"\s*:\s*"argmap"/.test(text.slice(0, 2000))) return lib.findFormat('argmap-json');
  return lib.formatForFilename(name) ?? (json ? lib.findFormat('argmap-json') : undefined);
}

/** The `accept` attribute for a picker that offers every importable format. */
export function importAccept(formats: Formats): string {
  return formats.formats
    .filter((f) => f.parse)
    .flatMap((f) => f.extensions)
    .concat('.json')
    .join(',');
}

function unknownFormat(name: string, formats: readonly FormatAdapter[]): Diagnostic {
  const known = formats
    .filter((f) => f.parse)
    .map((f) => `${f.name} (${f.extensions.join(', ')})`)
    .join('; ');
  return {
    severity: 'error',
    code: 'unknown-format',
    message: `Argmap cannot tell what kind of file "${name}" is. It reads: ${known}.`,
  };
}

/** The file name without its extensions, as a title for formats that carry none. */
function stemOf(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  const dot = base.indexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
