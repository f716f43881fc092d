import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, exceedsLimits, readLimits, UNLIMITED } from './limits.ts';
import { argmapInMemory as argmap } from './testArgmap.ts';

/** A Kialo export of one thesis and `n - 1` claims under it. */
function kialo(n: number): string {
  const lines = ['Discussion Title: Big', '', '1. Is it big?'];
  for (let i = 1; i < n; i++) lines.push(`1.${i}. Pro: reason ${i}`);
  return lines.join('\n');
}

describe('readLimits', () => {
  it('keeps the defaults, takes whole numbers, and "none" for no limit', () => {
    expect(readLimits({}, DEFAULT_LIMITS.stats)).toEqual(DEFAULT_LIMITS.stats);
    expect(readLimits({ 'max-nodes': '2000000' }, DEFAULT_LIMITS.stats)).toEqual({
      maxNodes: 2_000_000,
      maxEdges: DEFAULT_LIMITS.stats.maxEdges,
    });
    expect(readLimits({ 'max-edges': 'none' }, DEFAULT_LIMITS.stats)).toMatchObject({
      maxEdges: Number.POSITIVE_INFINITY,
    });
  });

  it('says what it expects instead of a count', () => {
    for (const bad of ['0', '-5', '1e6', '10k', 'lots', ''])
      expect(readLimits({ 'max-nodes': bad }, UNLIMITED)).toMatch(/^--max-nodes expects a whole number/u);
    expect(readLimits({ 'max-edges': '1.5' }, UNLIMITED)).toMatch(/^--max-edges expects/u);
  });
});

describe('exceedsLimits', () => {
  it('names the count, the limit, the command and the flag that raises it', () => {
    expect(exceedsLimits({ nodes: 1_000_000, edges: 0 }, DEFAULT_LIMITS.evaluate, 'evaluate')).toEqual({
      severity: 'error',
      code: 'too-many-nodes',
      message:
        'This map has 1,000,000 nodes; argmap evaluate takes at most 100,000. Raise the limit with --max-nodes 1000000 if you have the time and memory for it.',
    });
    expect(exceedsLimits({ nodes: 10, edges: 3_000_000 }, DEFAULT_LIMITS.stats, 'stats')?.message).toContain(
      '3,000,000 edges; argmap stats takes at most 1,000,000. Raise the limit with --max-edges 3000000',
    );
    expect(
      exceedsLimits({ nodes: 100_000, edges: 1_000_000 }, DEFAULT_LIMITS.stats, 'stats'),
    ).toBeUndefined();
  });

  it('past a ceiling no flag raises, says what to do instead', () => {
    const ceiling = { maxNodes: 50_000, advice: 'Export Markdown instead.' };
    const refused = exceedsLimits({ nodes: 60_000, edges: 0 }, DEFAULT_LIMITS.render, 'render', ceiling);
    expect(refused?.message).toBe(
      'This map has 60,000 nodes; argmap render takes at most 10,000, and no flag raises that past 50,000. Export Markdown instead.',
    );
    expect(
      exceedsLimits({ nodes: 20_000, edges: 0 }, DEFAULT_LIMITS.render, 'render', ceiling)?.message,
    ).toContain('--max-nodes 20000');
  });
});

describe('size limits per command', () => {
  // 13 bytes, a million arguments: what used to run stats for 9 s and evaluate for 14 s at 1 GB.
  const huge = { 'huge.af': 'p af 1000000\n' };

  it('stats, evaluate and render refuse a 13-byte million-argument file before building the map', () => {
    for (const [command, limit] of [
      ['stats', '100,000'],
      ['evaluate', '100,000'],
      ['render', '10,000'],
    ] as const) {
      const result = argmap(huge, command, 'huge.af');
      expect(result.code, command).toBe(1);
      expect(result.stdout, command).toBe('');
      expect(result.stderr, command).toContain(
        `huge.af: error: This map has 1,000,000 nodes; argmap ${command} takes at most ${limit}`,
      );
      expect(result.stderr, command).toContain('[too-many-nodes]');
    }
  });

  it('validate and the ICCMA solver interface take large frameworks without a flag', () => {
    const big = { 'big.af': 'p af 200000\n1 2\n' };
    expect(argmap(big, 'validate', 'big.af').stdout).toContain('200000 nodes, 1 edge');
    expect(argmap(huge, 'iccma', '-p', 'DC-GR', '-f', 'huge.af', '-a', '1').stdout).toBe('YES\n');
    // validate still gates on a size when asked to.
    const gated = argmap(big, 'validate', 'big.af', '--max-nodes', '1000');
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain('argmap validate takes at most 1,000');
  });

  it('evaluate goes as far as the solver does on a framework under an extension semantics', () => {
    const big = { 'big.af': 'p af 150000\n1 2\n' };
    const grounded = argmap(big, 'evaluate', 'big.af', '--semantics', 'grounded');
    expect(grounded.code).toBe(0);
    expect(grounded.stdout).toContain('     in  claim     150000 [150000]');
    const capped = argmap(big, 'evaluate', 'big.af', '--semantics', 'grounded', '--max-nodes', '1000');
    expect(capped.code).toBe(1);
    expect(capped.stderr).toContain('150,000 nodes; argmap evaluate takes at most 1,000');
    // Under a gradual semantics the map is built: the map limit applies.
    expect(argmap(big, 'evaluate', 'big.af').stderr).toContain('[too-many-nodes]');
  });

  it('counts the nodes of any format once read, and --max-nodes raises the limit', () => {
    const files = { 'big.kialo.txt': kialo(10_001) };
    const refused = argmap(files, 'render', 'big.kialo.txt');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('This map has 10,001 nodes; argmap render takes at most 10,000');
    expect(argmap(files, 'convert', 'big.kialo.txt', '--to', 'svg').stderr).toContain('[too-many-nodes]');
    expect(argmap(files, 'convert', 'big.kialo.txt', '--to', 'csv').code).toBe(0);
    const raised = argmap(files, 'stats', 'big.kialo.txt', '--max-nodes', '5000');
    expect(raised.stderr).toContain('argmap stats takes at most 5,000');
    expect(argmap(files, 'stats', 'big.kialo.txt').stdout).toContain('Nodes: 10001');
  });

  it('refuses a bad --max-nodes as a usage error', () => {
    const result = argmap(huge, 'evaluate', 'huge.af', '--max-nodes', 'lots');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--max-nodes expects a whole number of at least 1 (or "none"), not "lots"',
    );
  });
});
