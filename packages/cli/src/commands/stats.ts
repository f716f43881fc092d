/**
 * `argmap stats FILE [--json]`: what a map holds and where it is weak.
 *
 * @module
 */
import { parseCommand } from '../args.ts';
import { loadMap } from '../input.ts';
import type { Io } from '../io.ts';
import { DEFAULT_LIMITS, LIMIT_OPTIONS, limitsHelp, readLimits } from '../limits.ts';
import { type MapStats, mapStats } from '../stats/mapStats.ts';
import { terminalJson, terminalText } from '../terminalText.ts';
import { EXIT, loadFailed, maxBytes, printDiagnostics, usageError } from './shared.ts';

/** Help for `argmap stats`. */
export const STATS_HELP = `Usage: argmap stats FILE [--json] [--all] [--from FORMAT] [--max-size SIZE] [--max-nodes N] [--max-edges N]

Counts nodes and edges by kind, the evidence under each position, evidence with no source, and
circles of reasons (cycles). Long lists are cut to their first items and a count; --all prints
them whole. --json prints everything as one JSON object.

${limitsHelp(DEFAULT_LIMITS.stats)}`;

function clip(text: string, length: number): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

/** How many items of a list, and members of a cycle, the report shows without `--all`. */
export const LIST_LIMIT = 20;

/** `items` joined by `separator`, cut to `limit` with what was left out counted. */
function listed(items: readonly string[], separator: string, limit: number): string {
  if (items.length <= limit) return items.join(separator);
  return `${items.slice(0, limit).join(separator)}${separator}… and ${(items.length - limit).toLocaleString('en')} more (--all lists them)`;
}

/** The human-readable report; `all` lifts the cut on long lists. */
export function formatStats(stats: MapStats, all = false): string {
  const limit = all ? Number.POSITIVE_INFINITY : LIST_LIMIT;
  const positions = stats.evidencePerPosition;
  const lines = [
    stats.title,
    '',
    `Nodes: ${stats.nodes} (${Object.entries(stats.nodesByKind)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ')})`,
    `Edges: ${stats.edges} (${Object.entries(stats.edgesByKind)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ')})`,
    '',
    'Evidence per position:',
    ...(positions.length > 0
      ? positions
          .slice(0, limit)
          .map((p) => `  ${String(p.evidence).padStart(4)}  ${clip(p.text, 70)} [${p.id}]`)
      : ['  (no positions)']),
    ...(positions.length > limit
      ? [`  … and ${(positions.length - limit).toLocaleString('en')} more positions (--all lists them)`]
      : []),
    '',
    `Evidence without a source: ${stats.unsourcedEvidence.length === 0 ? 'none' : listed(stats.unsourcedEvidence, ', ', limit)}`,
    `Cycles: ${
      stats.cycles.length === 0
        ? 'none'
        : listed(
            stats.cycles.map((cycle) =>
              cycle.length <= limit
                ? cycle.join(' ↔ ')
                : `${cycle.slice(0, limit).join(' ↔ ')} ↔ … (${cycle.length.toLocaleString('en')} in all; --all lists them)`,
            ),
            '; ',
            limit,
          )
    }`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Runs `argmap stats`. */
export function stats(args: string[], io: Io): number {
  const parsed = parseCommand(args, {
    json: { type: 'boolean' },
    all: { type: 'boolean' },
    from: { type: 'string' },
    ...LIMIT_OPTIONS,
  });
  if (!parsed.ok) return usageError(io, parsed.message, 'stats');
  if (parsed.values.help) {
    io.out(STATS_HELP);
    return EXIT.ok;
  }
  const cap = maxBytes(parsed.values['max-size']);
  if (typeof cap === 'string') return usageError(io, cap, 'stats');
  const limits = readLimits(parsed.values, DEFAULT_LIMITS.stats);
  if (typeof limits === 'string') return usageError(io, limits, 'stats');
  if (parsed.positionals.length !== 1) return usageError(io, 'stats needs exactly one FILE', 'stats');
  const file = parsed.positionals[0] as string;
  const loaded = loadMap(io, file, {
    from: parsed.values.from,
    maxBytes: cap,
    limits: { command: 'stats', limits },
  });
  if (!loaded.ok) return loadFailed(io, file, loaded.failure, 'stats');
  printDiagnostics(io, file, loaded.value.warnings, loaded.value.text);
  const result = mapStats(loaded.value.map);
  io.out(
    parsed.values.json
      ? `${terminalJson(result)}\n`
      : terminalText(formatStats(result, parsed.values.all === true)),
  );
  return EXIT.ok;
}
