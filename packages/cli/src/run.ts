/**
 * `argmap`: finds the command and runs it. Returns the exit code; never throws on user input.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { formats } from '@argmap/formats';
import { CONVERT_HELP, convert, RENDER_HELP, render } from './commands/convert.ts';
import { EVALUATE_HELP, evaluate } from './commands/evaluate.ts';
import { ICCMA_HELP, iccma } from './commands/iccma.ts';
import { EXIT, usageError } from './commands/shared.ts';
import { STATS_HELP, stats } from './commands/stats.ts';
import { VALIDATE_HELP, validate } from './commands/validate.ts';
import type { Io } from './io.ts';
import { DEFAULT_LIMITS } from './limits.ts';

type Command = (args: string[], io: Io) => number;

const COMMANDS: Record<string, { run: Command; help: string; summary: string }> = {
  validate: { run: validate, help: VALIDATE_HELP, summary: 'check files and list every problem' },
  convert: { run: convert, help: CONVERT_HELP, summary: 'convert a map between formats' },
  evaluate: {
    run: evaluate,
    help: EVALUATE_HELP,
    summary: 'strength or accepted/rejected label of every node',
  },
  stats: {
    run: stats,
    help: STATS_HELP,
    summary: 'count kinds, evidence per position, unsourced evidence, cycles',
  },
  render: { run: render, help: RENDER_HELP, summary: 'draw the laid-out map as an SVG image' },
  iccma: {
    run: iccma,
    help: ICCMA_HELP,
    summary: 'answer ICCMA 2023 tasks (DC/DS/SE) on an abstract framework file',
  },
};

function formatTable(): string {
  return formats
    .map((format) => {
      const can = [format.parse ? 'read' : '', format.serialize ? 'write' : ''].filter(Boolean).join('+');
      return `  ${format.id.padEnd(12)} ${can.padEnd(11)} ${format.extensions.join(' ')}`;
    })
    .join('\n');
}

const n = (count: number) => count.toLocaleString('en');

/** The top-level help. */
export function mainHelp(): string {
  const commands = Object.entries(COMMANDS)
    .map(([name, command]) => `  ${name.padEnd(9)} ${command.summary}`)
    .join('\n');
  return `Usage: argmap COMMAND [options]

Argument maps from the terminal.

Commands:
${commands}

Options for every command:
  -h, --help         help for the command (argmap --version: the version)
  --max-size SIZE    refuse inputs larger than SIZE (default 20M; e.g. 800k, 50M)
  --from FORMAT      read the input as FORMAT instead of guessing from its name

Size limits (every command but iccma; "none" lifts them; each command's help has its defaults):
  --max-nodes N      refuse maps of more than N nodes: stats and evaluate ${n(DEFAULT_LIMITS.evaluate.maxNodes)}, render ${n(DEFAULT_LIMITS.render.maxNodes)},
                     validate and convert none
  --max-edges N      the same for edges: ${n(DEFAULT_LIMITS.evaluate.maxEdges)}, ${n(DEFAULT_LIMITS.render.maxEdges)}, none

Formats:
${formatTable()}

Exit codes: 0 ok, 1 invalid input (or a file that cannot be read or written), 2 usage error.
Run 'argmap COMMAND --help' for a command's options. Docs: docs/cli.md.
`;
}

/** This package's version, from its manifest (one level up from both `src/` and `dist/`). */
function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** Runs the command line `args` (without `node` and the script) against `io`. */
export function run(args: string[], io: Io): number {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic ? COMMANDS[topic] : undefined;
    if (topic && !command) return usageError(io, `unknown command "${topic}"`);
    io.out(command ? command.help : mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.out(`${cliVersion()}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usageError(io, `unknown command "${name}"`);
  return command.run(rest, io);
}
