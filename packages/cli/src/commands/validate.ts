/**
 * `argmap validate FILE…`: reads each file and reports every problem, `file:line:col` first.
 *
 * @module
 */

import { parseCommand } from '../args.ts';
import { loadMap } from '../input.ts';
import type { Io } from '../io.ts';
import { LIMIT_OPTIONS, readLimits, UNLIMITED } from '../limits.ts';
import { EXIT, loadFailed, maxBytes, printDiagnostics, usageError } from './shared.ts';

/** "1 edge", "2 edges". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Help for `argmap validate`. */
export const VALIDATE_HELP = `Usage: argmap validate FILE… [--from FORMAT] [--max-size SIZE] [--max-nodes N] [--max-edges N]

Checks that each file is a map Argmap can read. Problems go to standard error, one line each, as
FILE:LINE:COLUMN: error: message [code]; a summary line per valid file goes to standard output.
Exit code 1 if any file is invalid. FILE may be - for standard input (Argmap JSON unless --from).

  --max-nodes N      also fail a map of more than N nodes (default none: validate reads any map
                     --max-size lets in)
  --max-edges N      also fail a map of more than N edges (default none)
`;

/** Runs `argmap validate`. */
export function validate(args: string[], io: Io): number {
  const parsed = parseCommand(args, { from: { type: 'string' }, ...LIMIT_OPTIONS });
  if (!parsed.ok) return usageError(io, parsed.message, 'validate');
  if (parsed.values.help) {
    io.out(VALIDATE_HELP);
    return EXIT.ok;
  }
  const cap = maxBytes(parsed.values['max-size']);
  if (typeof cap === 'string') return usageError(io, cap, 'validate');
  const limits = readLimits(parsed.values, UNLIMITED);
  if (typeof limits === 'string') return usageError(io, limits, 'validate');
  if (parsed.positionals.length === 0) return usageError(io, 'validate needs at least one FILE', 'validate');
  let exit: number = EXIT.ok;
  for (const file of parsed.positionals) {
    const loaded = loadMap(io, file, {
      from: parsed.values.from,
      maxBytes: cap,
      limits: { command: 'validate', limits },
    });
    if (!loaded.ok) {
      exit = Math.max(exit, loadFailed(io, file, loaded.failure, 'validate'));
      continue;
    }
    const { map, warnings, text, format } = loaded.value;
    printDiagnostics(io, file, warnings, text);
    const nodes = count(map.nodes.size, 'node');
    const edges = count(map.edges.size, 'edge');
    const warned = warnings.length > 0 ? `, ${count(warnings.length, 'warning')}` : '';
    io.out(`${file}: ok (${format.name}, ${nodes}, ${edges}${warned})\n`);
  }
  return exit;
}
