import { describe, expect, it } from 'vitest';
import { locateJsonPath } from './jsonLocate.ts';

const text = `{
  "meta": { "title": "T" },
  "nodes": {
    "a": { "id": "a", "tags": ["x", "y"] }
  },
  "edges": { "e1": { "source": "a", "target": "zz" } }
}`;

describe('locateJsonPath', () => {
  it('finds the start of the value at a path', () => {
    expect(locateJsonPath(text, ['edges', 'e1', 'target'])).toEqual({ line: 6, column: 47 });
    expect(locateJsonPath(text, ['nodes', 'a'])).toEqual({ line: 4, column: 10 });
    expect(locateJsonPath(text, ['nodes', 'a', 'tags', 1])).toEqual({ line: 4, column: 37 });
    expect(locateJsonPath(text, [])).toEqual({ line: 1, column: 1 });
  });

  it('falls back to the deepest part of the path that exists', () => {
    expect(locateJsonPath(text, ['meta', 'author'])).toEqual({ line: 2, column: 11 });
  });

  it('does not confuse keys with string values, or escaped quotes with the end of a string', () => {
    const tricky = '{"a": "b", "b": {"x\\"y": 1, "c": [true, {"d": null}]}}';
    expect(locateJsonPath(tricky, ['b', 'c', 1, 'd'])).toEqual({ line: 1, column: 47 });
    expect(locateJsonPath(tricky, ['b', 'x"y'])).toEqual({ line: 1, column: 26 });
  });

  it('survives very deep nesting without recursion', () => {
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    expect(locateJsonPath(deep, Array(100_000).fill(0))).toEqual({ line: 1, column: 100_001 });
  });
});
