/**
 * The terminal sessions printed in the docs (```console blocks: `$ pnpm argmap …` and the output
 * under it) are what the CLI prints today. Each command runs in process against the repository's
 * files; its standard output and error, in order, must equal the printed lines (a line `…` ends
 * the comparison: the rest is left out of the docs on purpose), and `echo $?` the exit code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Io, nodeIo } from '../src/io.ts';
import { run } from '../src/run.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Step {
  command: string;
  expected: string[];
}

/** The console blocks of `doc`, each a list of commands with the output printed under them. */
function sessions(doc: string): { line: number; steps: Step[] }[] {
  const lines = readFileSync(join(root, doc), 'utf8').split('\n');
  const found: { line: number; steps: Step[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```console') continue;
    const start = i + 1;
    const steps: Step[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) {
      const text = lines[i] as string;
      if (text.startsWith('$ ')) steps.push({ command: text.slice(2), expected: [] });
      else steps.at(-1)?.expected.push(text);
    }
    found.push({ line: start, steps });
  }
  return found;
}

/** Splits a command line as a shell would for these examples: spaces, and "double quotes". */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/gu)].map((match) => match[1] ?? match[2] ?? '');
}

/** Runs `argmap args` in process, paths relative to the repository; stdout and stderr in order. */
function argmap(args: string[]): { code: number; output: string } {
  let output = '';
  const io: Io = {
    read: (path, max) => nodeIo.read(path === '-' ? path : join(root, path), max),
    write: (path, text) => nodeIo.write(path === '-' ? path : join(root, path), text),
    out: (text) => {
      output += text;
    },
    err: (text) => {
      output += text;
    },
  };
  return { code: run(args, io), output };
}

const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const cases = docs.flatMap((doc) =>
  sessions(doc).map((session) => [`${doc}:${session.line}`, session.steps] as const),
);

describe('terminal sessions in the docs', () => {
  it('are found in docs/cli.md', () => {
    expect(cases.filter(([where]) => where.startsWith('docs/cli.md')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s prints what the docs show', (_, steps) => {
    let lastCode = 0;
    for (const { command, expected } of steps) {
      const argv = words(command);
      let printed: string[];
      if (command === 'echo $?') printed = [String(lastCode)];
      else {
        const at = argv.indexOf('argmap');
        expect(argv[0], `a command the test can run: ${command}`).toBe('pnpm');
        expect(at, `a command the test can run: ${command}`).toBeGreaterThan(0);
        const result = argmap(argv.slice(at + 1));
        lastCode = result.code;
        printed = result.output.replace(/\n$/u, '').split('\n');
      }
      const cut = expected.findIndex((line) => line.trim() === '…');
      const shown = (cut >= 0 ? expected.slice(0, cut) : expected).join('\n').replace(/\n+$/u, '');
      const actual = (cut >= 0 ? printed.slice(0, cut) : printed).join('\n').replace(/\n+$/u, '');
      expect(actual, command).toBe(shown);
    }
  });
});
