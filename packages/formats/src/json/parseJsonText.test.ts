import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parseJsonText.ts';

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, 2]}', 'AIF')).toMatchObject({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['{"a": 1,}', 1, 9],
    ['[1 2]', 1, 4],
    ['{"a"\n: tru}', 2, 3],
    ['{"a": 1} x', 1, 10],
    ['"unterminated', 1, 1],
  ])('locates the error in %j', (text, line, column) => {
    const result = parseJsonText(text, 'AIF');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'json-syntax', line, column });
    expect(result.diagnostics[0]?.message).toMatch(/^This AIF file is not valid JSON\. \S/u);
  });

  it('finds no error in any valid JSON, so it never blames a good character', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        expect(parseJsonText(json, 'AIF').ok).toBe(true);
      }),
    );
  });

  it('says an empty file is empty without calling it an Argmap file', () => {
    const result = parseJsonText('  ', 'AIF');
    expect(result.diagnostics[0]?.message).toMatch(/^This AIF file is not valid JSON\. The file is empty/u);
    expect(result.diagnostics[0]?.message).not.toContain('Argmap');
  });
});
