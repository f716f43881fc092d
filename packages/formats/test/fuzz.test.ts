/**
 * Every reader against mutated copies of valid files of its own format (and random text):
 * fast-check, seeded, a few hundred inputs each. `pnpm fuzz` runs the same check on 10,000
 * inputs per reader and records the result in docs/benchmarks.md (bench/fuzz.bench.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readerProblem } from './fuzz/checkReader.ts';
import { fuzzInput } from './fuzz/mutations.ts';
import { READERS, seedsFor } from './fuzz/seeds.ts';

describe.each(READERS)('%s reader, fuzzed', (id) => {
  it('answers every mutated file with a valid map or diagnostics, never an exception', () => {
    const seeds = seedsFor(id);
    expect(seeds.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fuzzInput(seeds), (text) => {
        expect(readerProblem(id, text)).toBeUndefined();
      }),
      { numRuns: 150, seed: 2126, interruptAfterTimeLimit: 40_000 },
    );
  }, 60_000);

  it('reads every seed without an error', () => {
    for (const seed of seedsFor(id)) expect(readerProblem(id, seed)).toBeUndefined();
  });
});
