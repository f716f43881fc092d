import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonPath, withJsonPositions } from './locateJsonPath.ts';

describe('locateJsonPath', () => {
  const text = '{\n  "nodes": [\n    {"id": 1},\n    {"id": "x", "t": [true, null]}\n  ],\n  "e": {}\n}';

  it('finds values by key and index', () => {
    expect(locateJsonPath(text, [])).toEqual({ line: 1, column: 1 });
    expect(locateJsonPath(text, ['nodes', 1, 'id'])).toEqual({ line: 4, column: 12 });
    expect(locateJsonPath(text, ['nodes', 1, 't', 1])).toEqual({ line: 4, column: 29 });
    expect(locateJsonPath(text, ['e'])).toEqual({ line: 6, column: 8 });
    expect(locateJsonPath(text, ['nodes', 5])).toBeUndefined();
  });

  it('gives a missing key the position of its nearest parent', () => {
    const [d] = withJsonPositions(text, [{ path: ['nodes', 0, 'text'] }]);
    expect(d).toMatchObject({ line: 3, column: 5 });
  });

  it('agrees with JSON.parse on where every array element is', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 6 }), fc.nat(), (values, pick) => {
        const index = pick % values.length;
        const text = JSON.stringify(values, null, 1);
        const at = locateJsonPath(text, [index]);
        const lines = text.split('\n');
        const found = lines[(at?.line ?? 1) - 1]?.slice((at?.column ?? 1) - 1) ?? '';
        expect(found.startsWith(JSON.stringify(values[index], null, 1).split('\n')[0] ?? '')).toBe(true);
      }),
    );
  });

  it('does not confuse keys with string values, or escaped quotes with the end of a string', () => {
    const tricky = '{"a": "b", "b": {"x\\"y": 1, "c": [true, {"d": null}]}}';
    expect(locateJsonPath(tricky, ['b', 'c', 1, 'd'])).toEqual({ line: 1, column: 47 });
    expect(locateJsonPath(tricky, ['b', 'x"y'])).toEqual({ line: 1, column: 26 });
  });

  it('skips a byte order mark', () => {
    expect(locateJsonPath('\ufeff{"a": [1, 2]}', ['a', 1])).toEqual({ line: 1, column: 12 });
  });

  it('falls back to the deepest part of a missing path that exists', () => {
    const meta = '{\n  "meta": { "title": "T" }\n}';
    expect(withJsonPositions(meta, [{ path: ['meta', 'author'] }])[0]).toMatchObject({ line: 2, column: 11 });
  });

  it('stays linear on deep nesting', { timeout: 30_000 }, () => {
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    expect(locateJsonPath(deep, [0, 0])).toEqual({ line: 1, column: 3 });
    expect(locateJsonPath(deep, Array(100_000).fill(0))).toEqual({ line: 1, column: 100_001 });
  });
});
