/**
 * Timing shared by the benchmarks that `pnpm bench` runs: one warm-up call, then the median of
 * repeated runs, so a single slow run on a busy machine does not decide the number.
 */

/** The median of `values` (NaN for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Milliseconds that one call of `run` takes: the median of `repeats` calls after one warm-up. */
export function medianMs(run: () => void, repeats: number): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
