/**
 * `argmap iccma`: the solver interface of the ICCMA 2023 competition, so Argmap runs against the
 * competition's benchmark sets and checks against their published solutions. The file goes
 * straight into the solver's arrays (`readIccma` → `frameworkFromAttacks`): no map is built.
 *
 * @module
 */

import {
  type AcceptanceSemantics,
  findExtension,
  frameworkFromAttacks,
  isCredulouslyAccepted,
  isScepticallyAccepted,
  type Verdict,
} from '@argmap/core/evaluate';
import { type FrameworkArrays, readFrameworkBytes } from '@argmap/formats';
import { parseCommand } from '../args.ts';
import type { Io } from '../io.ts';
import { EXIT, maxBytes, printDiagnostics, usageError } from './shared.ts';

/** ICCMA's semantics abbreviations. */
const SEMANTICS: Readonly<Record<string, AcceptanceSemantics>> = {
  CO: 'complete',
  PR: 'preferred',
  ST: 'stable',
  SST: 'semi-stable',
  STG: 'stage',
  ID: 'ideal',
  GR: 'grounded',
};

/** Every task `-p` accepts, as `--problems` lists them. */
export const ICCMA_PROBLEMS: readonly string[] = ['DC', 'DS', 'SE'].flatMap((task) =>
  Object.keys(SEMANTICS).map((s) => `${task}-${s}`),
);

/** The file formats `-f` reads: ICCMA 2023's `i23` (`p af N`), and ASPARTIX `apx` and `tgf`. */
const FORMATS = { i23: 'iccma', apx: 'apx', tgf: 'tgf' } as const;

/** Help for `argmap iccma`. */
export const ICCMA_HELP = `Usage: argmap iccma -p TASK -f FILE [-a ARG] [--time-budget MS]
       argmap iccma --problems | --formats

The ICCMA 2023 solver interface. TASK is DC (is ARG in some extension?), DS (in every
extension?) or SE (one extension) followed by a semantics: CO complete, PR preferred, ST stable,
SST semi-stable, STG stage, ID ideal, GR grounded; e.g. DS-PR. Prints YES or NO, or for SE the
extension as "w 1 4 7" (NO when there is none).

  -p TASK            the task, one of --problems
  -f FILE            the framework: p af N (.af, .i23), or .apx / .tgf by its name or --from
  -a ARG             the argument a DC or DS task asks about (a number for p af files)
  --from FORMAT      i23, apx or tgf, instead of guessing from the file name
  --time-budget MS   give up after MS milliseconds (no limit by default); then nothing is printed
                     on standard output, and exit code 1
  --problems         print the tasks, as [DC-CO,...]
  --formats          print the formats, as [i23,apx,tgf]
`;

function formatOf(file: string, from: string | undefined): keyof typeof FORMATS | undefined {
  if (from !== undefined) return Object.hasOwn(FORMATS, from) ? (from as keyof typeof FORMATS) : undefined;
  if (/\.apx$/i.test(file)) return 'apx';
  if (/\.tgf$/i.test(file)) return 'tgf';
  return 'i23';
}

/** The index of the argument called `name`, or -1. */
function argumentIndex(framework: FrameworkArrays, name: string): number {
  if (framework.names) return framework.names.indexOf(name);
  if (!/^[1-9]\d*$/.test(name)) return -1;
  const n = Number(name);
  return n <= framework.size ? n - 1 : -1;
}

/** Runs `argmap iccma`. */
export function iccma(args: string[], io: Io): number {
  const parsed = parseCommand(args, {
    p: { type: 'string', short: 'p' },
    f: { type: 'string', short: 'f' },
    a: { type: 'string', short: 'a' },
    problems: { type: 'boolean' },
    formats: { type: 'boolean' },
    from: { type: 'string' },
    'time-budget': { type: 'string' },
  });
  if (!parsed.ok) return usageError(io, parsed.message, 'iccma');
  const { values } = parsed;
  if (values.help) {
    io.out(ICCMA_HELP);
    return EXIT.ok;
  }
  if (values.problems) {
    io.out(`[${ICCMA_PROBLEMS.join(',')}]\n`);
    return EXIT.ok;
  }
  if (values.formats) {
    io.out(`[${Object.keys(FORMATS).join(',')}]\n`);
    return EXIT.ok;
  }
  if (values.p === undefined && values.f === undefined && parsed.positionals.length === 0) {
    io.out('argmap (ICCMA 2023 interface)\n');
    return EXIT.ok;
  }
  const task = values.p ?? '';
  const [kind = '', abbreviation = ''] = task.split('-');
  const semantics = Object.hasOwn(SEMANTICS, abbreviation) ? SEMANTICS[abbreviation] : undefined;
  if (!ICCMA_PROBLEMS.includes(task) || !semantics) {
    return usageError(io, `unknown task "${task}"; use one of ${ICCMA_PROBLEMS.join(', ')}`, 'iccma');
  }
  if (values.f === undefined) return usageError(io, 'iccma needs the framework file: -f FILE', 'iccma');
  if (kind !== 'SE' && values.a === undefined)
    return usageError(io, `${task} needs an argument: -a ARG`, 'iccma');
  const budget = values['time-budget'] === undefined ? undefined : Number(values['time-budget']);
  if (budget !== undefined && !(Number.isFinite(budget) && budget >= 0)) {
    return usageError(io, `--time-budget expects milliseconds, not "${values['time-budget']}"`, 'iccma');
  }
  const cap = maxBytes(values['max-size']);
  if (typeof cap === 'string') return usageError(io, cap, 'iccma');
  const file = values.f;
  const format = formatOf(file, values.from);
  if (!format) return usageError(io, `unknown format "${values.from}"; use i23, apx or tgf`, 'iccma');

  const bytes = io.read(file, cap);
  if (!bytes.ok) {
    printDiagnostics(io, file, bytes.diagnostics);
    return EXIT.invalid;
  }
  const { read, text } = readFrameworkBytes(bytes.value, FORMATS[format], { maxLength: cap });
  printDiagnostics(io, file, read.diagnostics, text);
  if (!read.ok) return EXIT.invalid;
  const framework = read.value;
  const af = frameworkFromAttacks(framework.size, framework.from, framework.to);
  const options = budget === undefined ? {} : { timeBudgetMs: budget };
  const outOfTime = () => {
    io.err(`argmap: the time budget of ${budget} ms ran out before ${task} was decided\n`);
    return EXIT.invalid;
  };

  if (kind === 'SE') {
    const extension = findExtension(af, semantics, options);
    if (extension === 'unknown') return outOfTime();
    if (extension === null) io.out('NO\n');
    else {
      const names = Array.from(extension, (i) => (framework.names ? framework.names[i] : String(i + 1)));
      io.out(`w${names.map((name) => ` ${name}`).join('')}\n`);
    }
    return EXIT.ok;
  }
  const query = values.a as string;
  const a = argumentIndex(framework, query);
  if (a < 0) return usageError(io, `${file} has no argument "${query}"`, 'iccma');
  const verdict: Verdict =
    kind === 'DC'
      ? isCredulouslyAccepted(af, a, semantics, options)
      : isScepticallyAccepted(af, a, semantics, options);
  if (verdict === 'unknown') return outOfTime();
  io.out(verdict ? 'YES\n' : 'NO\n');
  return EXIT.ok;
}
