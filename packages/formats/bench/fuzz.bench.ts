/**
 * `pnpm fuzz` (or `pnpm bench fuzz`): every reader on 10,000 hostile inputs made from valid files
 * of its format (test/fuzz/mutations.ts), fast-check with a fixed seed. Records how many inputs
 * broke a promise (a throw, an invalid map, a failure without an error) and the slowest input.
 */
import fc from 'fast-check';
import { readerProblem } from '../test/fuzz/checkReader.ts';
import { fuzzInput } from '../test/fuzz/mutations.ts';
import { READERS, seedsFor } from '../test/fuzz/seeds.ts';

const RUNS = 10_000;
const SEED = 2126;

interface Row {
  id: string;
  runs: number;
  failures: number;
  firstFailure?: string;
  totalMs: number;
  slowestMs: number;
  largestChars: number;
}

function fuzzReader(id: string): Row {
  const row: Row = { id, runs: 0, failures: 0, totalMs: 0, slowestMs: 0, largestChars: 0 };
  fc.check(
    fc.property(fuzzInput(seedsFor(id)), (text) => {
      const start = performance.now();
      const problem = readerProblem(id, text);
      const ms = performance.now() - start;
      row.runs++;
      row.totalMs += ms;
      row.slowestMs = Math.max(row.slowestMs, ms);
      row.largestChars = Math.max(row.largestChars, text.length);
      if (problem) {
        row.failures++;
        row.firstFailure ??= problem.slice(0, 120);
      }
      return true;
    }),
    { numRuns: RUNS, seed: SEED },
  );
  return row;
}

export default async function fuzz(): Promise<string> {
  const rows = READERS.map((id) => {
    const row = fuzzReader(id);
    console.log(
      `fuzz: ${id} ${row.runs} inputs, ${row.failures} failures, slowest ${row.slowestMs.toFixed(0)} ms`,
    );
    return row;
  });
  const failed = rows.filter((row) => row.failures > 0);
  const table = rows.map(
    (row) =>
      `| ${row.id} | ${row.runs.toLocaleString('en')} | ${row.failures} | ${(row.totalMs / row.runs).toFixed(2)} | ${row.slowestMs.toFixed(0)} | ${row.largestChars.toLocaleString('en')} |`,
  );
  return `## Fuzzing the readers (\`pnpm fuzz\`)

Every reader on ${RUNS.toLocaleString('en')} inputs (fast-check, seed ${SEED}): valid files of its own format
(fixtures and the example map as its writer writes it) with one to three mutations — characters flipped,
the file cut short, a slice repeated up to 100 times, brackets, braces or indentation nested up to 20,000
deep, a JSON value replaced by a list nested 10,000 deep, numbers such as \`1e999\` and \`NaN\`, and ESC,
U+202E, U+2028, NUL or lone surrogates inserted — plus one input in five of random text or JSON. A
failure is an exception, a map that \`validateMap\` rejects, or a failure without an error diagnostic.
The unit suite (\`packages/formats/test/fuzz.test.ts\`) runs the same check on 150 inputs per reader.

| reader | inputs | failures | mean ms | slowest ms | largest input (chars) |
|---|---:|---:|---:|---:|---:|
${table.join('\n')}

${failed.length === 0 ? 'No reader broke a promise.' : failed.map((row) => `- ${row.id}: ${row.firstFailure}`).join('\n')}`;
}
