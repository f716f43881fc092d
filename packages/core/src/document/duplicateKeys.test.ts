import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from './duplicateKeys.ts';
import { parseMap } from './parse.ts';

describe('findDuplicateKeys', () => {
  it('finds none in any JSON that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findDuplicateKeys(JSON.stringify(value, null, 1))).toEqual([]);
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it('names the path of each repeated key, inside arrays and nested objects', () => {
    const text = '{"a":1,"b":[{"x":1,"y":"}","x":2}],"c":{"d":{"e":0,"e":1}},"a":3}';
    expect(findDuplicateKeys(text).map((d) => d.path)).toEqual([['b', 0, 'x'], ['c', 'd', 'e'], ['a']]);
  });

  it('compares keys as JSON reads them, escapes included', () => {
    expect(findDuplicateKeys('{"a":1,"\\u0061":2}').map((d) => d.path)).toEqual([['a']]);
    expect(findDuplicateKeys('{"a\\"":1,"a":2}')).toEqual([]);
  });

  it('survives 100,000 levels of nesting', () => {
    const text = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expect(findDuplicateKeys(text)).toEqual([]);
  });
});

describe('parseMap and repeated keys', () => {
  it('warns that a node written twice keeps only its last copy', () => {
    const node = (text: string) => `{"id":"n","kind":"claim","text":"${text}","baseScore":0.5}`;
    const file = `{"format":"argmap","version":2,"meta":{"title":"t"},\n"nodes":{"n":${node('first')},\n"n":${node('second')}},"edges":{}}`;
    const result = parseMap(file);
    expect(result.ok && result.value.nodes.get('n')?.text).toBe('second');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'duplicate-key', path: ['nodes', 'n'], line: 3 }),
    ]);
  });
});
