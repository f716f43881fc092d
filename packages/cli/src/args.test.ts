import { describe, expect, it } from 'vitest';
import { parseCommand, parseSize } from './args.ts';

describe('parseSize', () => {
  it('reads plain bytes and decimal k/M/G suffixes', () => {
    expect(parseSize('500')).toBe(500);
    expect(parseSize('800k')).toBe(800_000);
    expect(parseSize('50M')).toBe(50_000_000);
    expect(parseSize('1.5GB')).toBe(1_500_000_000);
  });

  it('rejects what is not a positive size', () => {
    for (const bad of ['', 'lots', '-5', '0', '12Q']) expect(parseSize(bad)).toBeUndefined();
  });
});

describe('parseCommand', () => {
  it('returns a message instead of throwing on an unknown option', () => {
    const parsed = parseCommand(['--nope'], {});
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/Unknown option '--nope'/u);
  });
});
