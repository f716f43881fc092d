import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasInvisible, showInvisible } from './showInvisible.ts';

describe('showInvisible', () => {
  it('writes escape, bell, bidi and line-separator characters as visible codes', () => {
    expect(showInvisible('a\u001b]0;title\u0007b\u202ec\u2028')).toBe(
      'a\\u{1b}]0;title\\u{7}b\\u{202e}c\\u{2028}',
    );
  });

  it('keeps the characters asked for', () => {
    expect(showInvisible('a\nb\tc\u001b', '\n\t')).toBe('a\nb\tc\\u{1b}');
  });

  it('leaves ordinary text of any script alone and never leaves an invisible character', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = showInvisible(text);
        expect(hasInvisible(shown)).toBe(false);
        if (!hasInvisible(text)) expect(shown).toBe(text);
      }),
      { numRuns: 300, seed: 21 },
    );
  });
});
