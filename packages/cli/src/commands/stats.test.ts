import { describe, expect, it } from 'vitest';
import { argmapInMemory as argmap } from '../testArgmap.ts';
import { LIST_LIMIT } from './stats.ts';

/** A framework of `n` arguments in one ring (1 attacks 2, …, n attacks 1): one cycle of n. */
function ring(n: number): string {
  const lines = [`p af ${n}`];
  for (let i = 1; i <= n; i++) lines.push(`${i} ${(i % n) + 1}`);
  return `${lines.join('\n')}\n`;
}

describe('argmap stats on a big map', () => {
  it('cuts a cycle of 2,000 arguments to its first members and says how many there are', () => {
    const { code, stdout } = argmap({ 'ring.af': ring(2000) }, 'stats', 'ring.af');
    expect(code).toBe(0);
    const cycles = stdout.split('\n').find((line) => line.startsWith('Cycles: ')) ?? '';
    expect(cycles.split(' ↔ ')).toHaveLength(LIST_LIMIT + 1);
    expect(cycles).toMatch(/ ↔ … \(2,000 in all; --all lists them\)$/u);
    expect(stdout.length).toBeLessThan(2_000);
  });

  it('prints every member with --all, and everything in --json', () => {
    const all = argmap({ 'ring.af': ring(2000) }, 'stats', 'ring.af', '--all').stdout;
    const cycles = all.split('\n').find((line) => line.startsWith('Cycles: ')) ?? '';
    expect(cycles.split(' ↔ ')).toHaveLength(2000);
    const json = JSON.parse(argmap({ 'ring.af': ring(2000) }, 'stats', 'ring.af', '--json').stdout);
    expect(json.cycles[0]).toHaveLength(2000);
  });

  it('cuts a long list of cycles and of unsourced evidence the same way', () => {
    // 30 separate two-argument cycles.
    const pairs = Array.from(
      { length: 30 },
      (_, i) => `${2 * i + 1} ${2 * i + 2}\n${2 * i + 2} ${2 * i + 1}`,
    );
    const { stdout } = argmap({ 'pairs.af': `p af 60\n${pairs.join('\n')}\n` }, 'stats', 'pairs.af');
    const cycles = stdout.split('\n').find((line) => line.startsWith('Cycles: ')) ?? '';
    expect(cycles.split('; ')).toHaveLength(LIST_LIMIT + 1);
    expect(cycles).toMatch(/; … and 10 more \(--all lists them\)$/u);
  });
});
