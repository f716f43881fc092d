import { describe, expect, it } from 'vitest';
import { checkTextInput, decodeUtf8, lineColumnAt } from './input.ts';

describe('lineColumnAt', () => {
  it('counts 1-based lines and columns', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('checkTextInput', () => {
  it('rejects input over the cap, and accepts it once the cap is raised', () => {
    const text = 'x'.repeat(101);
    expect(checkTextInput(text, 'Argdown', { maxLength: 100 })?.code).toBe('input-too-large');
    expect(checkTextInput(text, 'Argdown', { maxLength: 1000 })).toBeUndefined();
  });

  it('rejects binary junk with the position of the first control character', () => {
    const diagnostic = checkTextInput('PK\n\u0003\u0004zip', 'Kialo');
    expect(diagnostic).toMatchObject({ code: 'binary-input', line: 2, column: 1 });
  });

  it('accepts ordinary text with tabs and CRLF line ends', () => {
    expect(checkTextInput('a\tb\r\nc', 'Kialo')).toBeUndefined();
  });
});

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 and drops the byte-order mark', () => {
    const result = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]));
    expect(result).toMatchObject({ ok: true, value: 'hé' });
  });

  it('reports the line and column of the first invalid byte', () => {
    // "ok\nhé" then a lone continuation byte.
    const bytes = new Uint8Array([0x6f, 0x6b, 0x0a, 0x68, 0xc3, 0xa9, 0x80, 0x21]);
    const result = decodeUtf8(bytes);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'invalid-utf8', line: 2, column: 3 });
  });

  it('rejects overlong encodings and surrogates', () => {
    expect(decodeUtf8(new Uint8Array([0xc0, 0xaf])).ok).toBe(false);
    expect(decodeUtf8(new Uint8Array([0xed, 0xa0, 0x80])).ok).toBe(false);
  });
});
