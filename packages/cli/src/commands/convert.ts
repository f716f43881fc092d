/**
 * `argmap convert IN [-o OUT] [--to FORMAT]` and `argmap render FILE -o map.svg`.
 *
 * @module
 */
import type { ArgMap, Diagnostic } from '@argmap/core';
import {
  EXPORT_LOSS_CODES,
  type FormatAdapter,
  findFormat,
  formatForFilename,
  formats,
  MAX_SVG_NODES,
  TOURS_DROPPED,
} from '@argmap/formats';
import { parseCommand } from '../args.ts';
import { loadMap } from '../input.ts';
import type { Io } from '../io.ts';
import { DEFAULT_LIMITS, LIMIT_OPTIONS, limitsHelp, readLimits, UNLIMITED } from '../limits.ts';
import { EXIT, loadFailed, maxBytes, printDiagnostics, usageError } from './shared.ts';

/** Help for `argmap convert`. */
export const CONVERT_HELP = `Usage: argmap convert IN [-o OUT] [--to FORMAT] [--from FORMAT] [--max-size SIZE] [--max-nodes N] [--max-edges N]

Reads a map in one format and writes it in another. Formats come from the file extensions, or
from --from / --to. IN may be - for standard input (Argmap JSON unless --from); without -o, or
with -o -, the result goes to standard output and --to is required.

What the output format cannot hold (tours in anything but .argmap.json and Markdown, supports in
an ICCMA framework, …) is left out with a warning on standard error; the exit code stays 0.

  --max-nodes N      refuse a map of more than N nodes (default none; for --to svg, as render:
                     ${DEFAULT_LIMITS.render.maxNodes.toLocaleString('en')})
  --max-edges N      refuse a map of more than N edges (default none; for --to svg, ${DEFAULT_LIMITS.render.maxEdges.toLocaleString('en')})
`;

/** Help for `argmap render`. */
export const RENDER_HELP = `Usage: argmap render FILE [-o OUT.svg] [--from FORMAT] [--max-size SIZE] [--max-nodes N] [--max-edges N]

Lays the map out (question on top, evidence at the bottom) and draws it as a standalone SVG image.
Without -o, the SVG goes to standard output. A picture never holds the map's tours, so render does
not warn about them (convert --to svg does). Past 50,000 statements no SVG is written, whatever
--max-nodes says: export Markdown, DOT or CSV instead.

${limitsHelp(DEFAULT_LIMITS.render)}`;

const SVG_CEILING = {
  maxNodes: MAX_SVG_NODES,
  advice: 'Export Markdown, DOT or CSV instead (argmap convert), or draw a part of the map.',
};

function outputFormat(out: string, to: string | undefined): FormatAdapter | string {
  const format = to ? findFormat(to) : out === '-' ? undefined : formatForFilename(out);
  if (!format) {
    if (to) return `unknown format "${to}"; writable formats: ${writableIds()}`;
    if (out === '-') return 'say which format to write with --to when writing to standard output';
    return `cannot tell the format of ${out} from its name; say it with --to (${writableIds()})`;
  }
  if (!format.serialize) return `${format.name} can be read but not written`;
  return format;
}

function writableIds(): string {
  return formats
    .filter((format) => format.serialize)
    .map((format) => format.id)
    .join(', ');
}

/**
 * Serializes and writes; prints warnings (but not `ignore`d ones) and failures. Returns the exit
 * code.
 */
function writeMap(
  io: Io,
  map: ArgMap,
  format: FormatAdapter,
  out: string,
  ignore: readonly string[],
): number {
  const result = format.serialize?.(map);
  if (result === undefined) return EXIT.invalid;
  let text: string;
  let warnings: Diagnostic[] = [];
  if (typeof result === 'string') text = result;
  else if (result.ok) {
    text = result.value;
    warnings = result.diagnostics.filter((warning) => !ignore.includes(warning.code));
  } else {
    printDiagnostics(io, out, result.diagnostics);
    return EXIT.invalid;
  }
  printDiagnostics(io, out === '-' ? format.id : out, warnings);
  const written = io.write(out, text);
  if (!written.ok) {
    printDiagnostics(io, out, written.diagnostics);
    return EXIT.invalid;
  }
  return EXIT.ok;
}

function convertWith(args: string[], io: Io, command: 'convert' | 'render'): number {
  const parsed = parseCommand(args, {
    output: { type: 'string', short: 'o' },
    to: { type: 'string' },
    from: { type: 'string' },
    ...LIMIT_OPTIONS,
  });
  if (!parsed.ok) return usageError(io, parsed.message, command);
  if (parsed.values.help) {
    io.out(command === 'convert' ? CONVERT_HELP : RENDER_HELP);
    return EXIT.ok;
  }
  const cap = maxBytes(parsed.values['max-size']);
  if (typeof cap === 'string') return usageError(io, cap, command);
  const [input, ...extra] = parsed.positionals;
  if (input === undefined) return usageError(io, `${command} needs an input FILE`, command);
  if (extra.length > 0)
    return usageError(io, `${command} takes one input; unexpected "${extra[0]}"`, command);
  const out = parsed.values.output ?? '-';
  if (command === 'render' && parsed.values.to && parsed.values.to !== 'svg') {
    return usageError(io, 'render always writes SVG; use convert for other formats', command);
  }
  const format = outputFormat(out, command === 'render' ? 'svg' : parsed.values.to);
  if (typeof format === 'string') return usageError(io, format, command);
  // A picture costs per node what a text format does not: SVG gets render's limits either way.
  const svg = format.id === 'svg';
  const limits = readLimits(parsed.values, svg ? DEFAULT_LIMITS.render : UNLIMITED);
  if (typeof limits === 'string') return usageError(io, limits, command);
  const loaded = loadMap(io, input, {
    from: parsed.values.from,
    maxBytes: cap,
    limits: { command, limits, ...(svg ? { ceiling: SVG_CEILING } : {}) },
  });
  if (!loaded.ok) return loadFailed(io, input, loaded.failure, command);
  printDiagnostics(io, input, loaded.value.warnings, loaded.value.text);
  // Someone who asked for a picture did not expect the tours in it.
  return writeMap(
    io,
    loaded.value.map,
    format,
    out,
    command === 'render' ? [TOURS_DROPPED, ...EXPORT_LOSS_CODES] : [],
  );
}

/** Runs `argmap convert`. */
export function convert(args: string[], io: Io): number {
  return convertWith(args, io, 'convert');
}

/** Runs `argmap render`. */
export function render(args: string[], io: Io): number {
  return convertWith(args, io, 'render');
}
