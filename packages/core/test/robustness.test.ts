/**
 * Bad documents give diagnostics, never exceptions: random values, damaged maps, 50 MB of junk,
 * absurd nesting, prototype tricks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrate } from '../src/document/migrate.ts';
import { parseMap } from '../src/document/parse.ts';
import { serializeMap } from '../src/document/serialize.ts';
import { validateMap } from '../src/document/validate.ts';
import { hasInvisible } from '../src/model/showInvisible.ts';
import { arbitraryMap } from './arbitraries.ts';

/** A copy of `value` with the thing at a random path replaced by a random value. */
function damage(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const entries = Object.entries(value);
  if (entries.length === 0) return replacement;
  const [head = 0, ...rest] = path;
  const [key, child] = entries[head % entries.length] as [string, unknown];
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
  copy[key] = damage(child, rest, replacement);
  return copy;
}

describe('bad documents', () => {
  it('never make validation or migration throw, whatever the value', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }),
        (value) => {
          expect(validateMap(value).ok).toBe(false);
          expect(migrate(value).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('damaged maps give errors with paths, never exceptions', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        arbitraryMap(6),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.oneof(
          fc.anything(),
          fc.constantFrom('__proto__', 'constructor', -1, 2, Number.NaN, 'javascript:x'),
        ),
        (map, path, replacement) => {
          const result = validateMap(damage(JSON.parse(serializeMap(map)), path, replacement));
          for (const diagnostic of result.diagnostics) {
            expect(diagnostic.message.length).toBeGreaterThan(10);
            expect(Array.isArray(diagnostic.path)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('random text never makes parseMap throw', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        expect(() => parseMap(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('refuses 50 MB of junk quickly, by size or by syntax', { timeout: 30_000 }, () => {
    const junk = 'x{"]'.repeat(12_500_000);
    expect(parseMap(junk).diagnostics.map((d) => d.code)).toEqual(['file-too-large']);
    const syntax = parseMap(junk, { maxChars: Number.POSITIVE_INFINITY });
    expect(syntax.diagnostics).toEqual([
      expect.objectContaining({ code: 'invalid-json', line: 1, column: 1 }),
    ]);
  });

  it('handles huge valid JSON that is not a map, and absurd nesting', { timeout: 30_000 }, () => {
    const nodes: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) nodes[`n${i}`] = i;
    const huge = validateMap({ format: 'argmap', version: 2, meta: { title: 't' }, nodes, edges: {} });
    expect(huge.diagnostics.at(-1)?.code).toBe('too-many-problems');
    const deep = `{"format":"argmap","version":2,"meta":{"title":"t","x":${'['.repeat(100_000)}${']'.repeat(100_000)}},"nodes":{},"edges":{}}`;
    const result = parseMap(deep);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-field']);
  });

  it('reports a list nested 10,000 deep in any field without overflowing the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const node = () => ({ id: 'n', kind: 'claim', text: 't', baseScore: 0.5 });
    const cases: [string, string][] = [
      ['node kind', `"nodes":{"n":${JSON.stringify(node()).replace('"claim"', deep)}},"edges":{}`],
      ['node id', `"nodes":{"n":${JSON.stringify(node()).replace('"id":"n"', `"id":${deep}`)}},"edges":{}`],
      ['base score', `"nodes":{"n":${JSON.stringify(node()).replace('0.5', deep)}},"edges":{}`],
      [
        'evidence kind',
        `"nodes":{"n":{"id":"n","kind":"evidence","text":"t","baseScore":0.5,"evidence":{"quote":"q","kind":${deep},"source":{}}}},"edges":{}`,
      ],
      ['edge kind', `"nodes":{},"edges":{"e":{"id":"e","kind":${deep},"source":"a","target":"b"}}`],
    ];
    for (const [what, body] of cases) {
      const text = `{"format":"argmap","version":2,"meta":{"title":"t"},${body}}`;
      const result = parseMap(text);
      expect(result.ok, what).toBe(false);
      const messages = result.diagnostics.map((d) => d.message).join('\n');
      expect(messages, what).toContain('a list');
      expect(messages.length, what).toBeLessThan(2_000);
    }
  });

  it('names a number too large to store instead of calling it null', () => {
    const text = `{"format":"argmap","version":2,"meta":{"title":"t"},"nodes":{"n":{"id":"n","kind":"claim","text":"t","baseScore":1e999}},"edges":{}}`;
    const message = parseMap(text).diagnostics.find((d) => d.code === 'score-out-of-range')?.message;
    expect(message).toContain('too large');
    expect(message).not.toContain('null');
  });

  it('shows control and bidi characters in messages instead of passing them on', () => {
    const text = `{"format":"argmap","version":2,"meta":{"title":"t"},"nodes":{"n":{"id":"n","kind":"\\u001b]0;pwned\\u0007\\u202e","text":"t","baseScore":0.5}},"edges":{}}`;
    const message = parseMap(text).diagnostics.find((d) => d.code === 'invalid-kind')?.message ?? '';
    expect(message).toContain('\\u{1b}');
    expect(message).toContain('\\u{202e}');
    expect(hasInvisible(message)).toBe(false);
  });

  it('never pollutes prototypes, wherever __proto__ appears', () => {
    // Written as text: a JavaScript object literal would treat __proto__ as the prototype, not a key.
    const raw = `{"format":"argmap","version":2,"__proto__":{"polluted":1},"meta":{"title":"t","__proto__":{"polluted":1}},"nodes":{"__proto__":{"id":"__proto__","kind":"claim","text":"x","baseScore":0.5}},"edges":{"constructor":{"id":"constructor","kind":"supports","source":"a","target":"b"}}}`;
    {
      const result = parseMap(raw);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => d.code)).toContain('invalid-id');
    }
    const v0 = `{"format":"argmap","version":0,"nodes":[{"id":"__proto__","kind":"claim","text":"x"}],"links":[]}`;
    expect(parseMap(v0).diagnostics.map((d) => d.code)).toContain('invalid-id');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
