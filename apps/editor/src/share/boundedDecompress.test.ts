import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { bombLink } from '../test/bombLink.ts';
import { decompressBounded } from './boundedDecompress.ts';

describe('decompressBounded', () => {
  it('reads back whatever lz-string wrote, in any script', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expect(decompressBounded(compressToEncodedURIComponent(text), Number.POSITIVE_INFINITY)).toEqual({
          ok: true,
          text,
        });
      }),
      { numRuns: 200, seed: 21 },
    );
  });

  it('stops at the ceiling, and reads what fits under it', () => {
    const repeated = compressToEncodedURIComponent('a'.repeat(50_000));
    expect(repeated.length).toBeLessThan(1_000);
    expect(decompressBounded(repeated, 10_000)).toEqual({ ok: false, reason: 'too-large' });
    expect(decompressBounded(repeated, 50_000)).toEqual({ ok: true, text: 'a'.repeat(50_000) });
  });

  it('refuses a 60,000-character bomb link that would unfold into 288 million characters', () => {
    const bomb = bombLink(24_000);
    expect(bomb.length).toBeLessThan(64_000);
    expect(decompressBounded(bomb, 1_000_000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('calls cut, mistyped or foreign fragments damaged, never throws', () => {
    const link = compressToEncodedURIComponent('{"format":"argmap","nodes":{}}');
    expect(decompressBounded(link.slice(0, link.length / 2), 1e6)).toEqual({ ok: false, reason: 'damaged' });
    expect(decompressBounded(`${link.slice(0, 5)}%${link.slice(6)}`, 1e6).ok).toBe(false);
    expect(decompressBounded('', 1e6)).toEqual({ ok: false, reason: 'damaged' });
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const result = decompressBounded(junk, 10_000);
        if (result.ok) expect(result.text.length).toBeLessThanOrEqual(10_000);
      }),
      { numRuns: 1_000, seed: 21 },
    );
  });
});
