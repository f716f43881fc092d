import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampLines, textUnits, wrapText } from './text.ts';

describe('wrapText', () => {
  it('breaks between words', () => {
    expect(wrapText('Export controls slow Chinese labs down', 15)).toEqual([
      'Export controls',
      'slow Chinese',
      'labs down',
    ]);
  });

  it('splits a word longer than a line', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('counts East Asian characters as two units', () => {
    expect(textUnits('中国ab')).toBe(6);
    expect(wrapText('中国人民', 4)).toEqual(['中国', '人民']);
  });

  it('never makes a line wider than asked and loses no words (property)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 60 }), (text, width) => {
        const lines = wrapText(text, width);
        for (const line of lines) expect(textUnits(line)).toBeLessThanOrEqual(Math.max(width, 2));
        expect(lines.join('').replace(/\s+/gu, '')).toBe(text.replace(/\s+/gu, ''));
      }),
    );
  });
});

describe('clampLines', () => {
  it('ends the last kept line in an ellipsis that still fits', () => {
    expect(clampLines(['aaaa', 'bbbb', 'cccc'], 2, 4)).toEqual(['aaaa', 'bbb…']);
    expect(clampLines(['a', 'b'], 2, 4)).toEqual(['a', 'b']);
  });
});
