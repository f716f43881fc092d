/**
 * Every importer in the registry against hostile input: random text, format-shaped junk, huge and
 * deeply nested files. They must return diagnostics, never throw; Vitest's per-test timeout is
 * the hang guard (no timing assertions here).
 */
import { readFileSync } from 'node:fs';
import { validateMap } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formats } from '../src/registry.ts';

const importers = formats.filter((format) => format.parse !== undefined);

/** Characters that mean something in at least one of our formats. */
const syntax = '[]<>(){}:;,.+-_#*@/\\"\'=\n\t 0123456789 pafargt Pro Con -> See ===';
const syntaxy = fc.string({
  unit: fc.constantFrom(...syntax.split(''), '\n  ', '\n\n', '(1) ', '----', '//', '/*', '<!--'),
});

function parseQuietly(id: string, text: string) {
  const format = importers.find((f) => f.id === id);
  if (!format?.parse) throw new Error(`no importer ${id}`);
  return format.parse(text, { maxLength: 20_000_000 });
}

describe.each(importers.map((format) => format.id))('%s importer on hostile input', (id) => {
  it('never throws on random text and syntax-shaped junk', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), syntaxy, fc.json()), (text) => {
        const result = parseQuietly(id, text);
        expect(typeof result.ok).toBe('boolean');
        for (const d of result.diagnostics) expect(d.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('returns a map that @argmap/core validates whenever it succeeds', () => {
    fc.assert(
      fc.property(syntaxy, (text) => {
        const result = parseQuietly(id, text);
        if (!result.ok) return;
        const valid = validateMap(result.value);
        expect(valid.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('handles a 100,000-line file', () => {
    const lines = Array.from(
      { length: 100_000 },
      (_, i) => `  + [s${i}]: statement ${i} -> See 1.${i}. arg(a${i}). ${i} ${i + 1}`,
    );
    const result = parseQuietly(id, `[root]: r\n${lines.join('\n')}`);
    expect(result.diagnostics.length + (result.ok ? 1 : 0)).toBeGreaterThan(0);
  }, 60_000);

  it('handles deep nesting and long runs of one character', () => {
    const deep = Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i + 1)}+ [d${i}]: level ${i}`).join(
      '\n',
    );
    for (const text of [
      deep,
      '['.repeat(100_000),
      '{'.repeat(100_000),
      '#('.repeat(50_000),
      ':a'.repeat(50_000),
      `a${' '.repeat(100_000)}b`,
    ]) {
      expect(() => parseQuietly(id, text)).not.toThrow();
    }
  }, 60_000);

  it('rejects binary junk and oversized input with a positioned error', () => {
    const format = importers.find((f) => f.id === id);
    const binary = format?.parse?.('ok\n\u0000\u0001\u0002PNG');
    expect(binary?.ok).toBe(false);
    expect(binary?.diagnostics[0]).toMatchObject({ code: 'binary-input', line: 2, column: 1 });
    const big = format?.parse?.('x'.repeat(50), { maxLength: 10 });
    expect(big?.diagnostics[0]?.code).toBe('input-too-large');
  });
});

describe('imported fixtures are valid maps', () => {
  it.each([
    ['argdown', 'argdown/basics.argdown'],
    ['argdown', 'argdown/reconstruction.argdown'],
    ['aif', 'aif/aifdb-nodeset.json'],
    ['aif', 'aif/ova3-xaif.json'],
    ['kialo', 'kialo/phones.txt'],
  ])('%s: %s', (id, file) => {
    const text = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
    const result = parseQuietly(id, text);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(validateMap(result.value).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
