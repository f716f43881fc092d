/**
 * Argdown import time: our reader against @argdown/core (parser + model plugins, the reference
 * implementation) on the same generated debates. Run with `pnpm bench argdown`.
 */
import argdown from '@argdown/core';
import { medianMs } from '../../../scripts/benchTiming.ts';
import { parseArgdown } from '../src/argdown/argdownFormat.ts';

/** A debate of `n` statements: a tree of pros and cons, every tenth an argument with a premise–conclusion structure. */
export function generateArgdown(n: number): string {
  const out = [
    '===',
    `title: Generated debate with ${n} statements`,
    '===',
    '',
    '[s0]: The root claim of the debate. #root',
    '',
  ];
  for (let i = 1; i < n; i++) {
    const parent = Math.floor((i - 1) / 3);
    const marker = i % 2 === 0 ? '+' : '-';
    if (i % 10 === 0) {
      out.push(
        `[s${parent}]`,
        `  ${marker} <a${i}>: Argument ${i} explains why, in a few more words. #arg`,
        '',
      );
      out.push(
        `<a${i}>`,
        '',
        `(1) [p${i}]: First premise of argument ${i}.`,
        `(2) Second premise of argument ${i},`,
        '    on two lines.',
        '----',
        `(3) [s${i}]: Conclusion ${i}.`,
        '',
      );
    } else {
      out.push(
        `[s${parent}]`,
        `  ${marker} [s${i}]: Statement ${i} gives a reason with *some* emphasis. #pro {score: 0.6}`,
        '',
      );
    }
  }
  return out.join('\n');
}

function reference(input: string): void {
  const { ArgdownApplication, ParserPlugin, ModelPlugin, DataPlugin } = argdown;
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  app.run({ process: ['parse-input', 'build-model'], input, throwExceptions: false });
}

/** The Markdown section for docs/benchmarks.md. */
export default async function run(): Promise<string> {
  const rows: string[] = [];
  for (const n of [100, 1_000, 10_000]) {
    const text = generateArgdown(n);
    const runs = n >= 10_000 ? 3 : 7;
    const ours = medianMs(() => parseArgdown(text, { maxLength: 1e8 }), runs);
    const theirs = medianMs(() => reference(text), runs);
    const lines = text.split('\n').length;
    rows.push(
      `| ${n.toLocaleString('en')} | ${lines.toLocaleString('en')} | ${(text.length / 1024).toFixed(0)} KiB | ${ours.toFixed(1)} ms | ${theirs.toFixed(1)} ms | ${(theirs / ours).toFixed(1)}× |`,
    );
  }
  return `## Argdown import

Time to turn Argdown text into a model, median of several runs after a warm-up: **ours** is
\`parseArgdown\` (read + map to an Argmap map); **@argdown/core** is its parser with the data and
model plugins (1.7.5, the reference we test against). Generated debates: a tree of pros and cons,
every tenth reason an argument with a two-premise structure.

| Statements | Lines | Size | Ours | @argdown/core | Ours is faster by |
|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}
