import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax.ts';

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a":1,}', 7, /Trailing comma/],
    ['{"a" 1}', 5, /Expected ':'/],
    ['[1,2', 4, /ends too early.*"\]"/],
    ['{"a":tru}', 5, /Expected a value/],
    ["{'a':1}", 1, /property name in double quotes/],
    ['{"a":"b\nc"}', 7, /Line break inside text/],
    ['{"a":1} x', 8, /after the end/],
    ['{"a":[1,]}', 8, /Trailing comma before '\]'/],
    ['{"a":1 "b":2}', 7, /Is a comma missing/],
    ['', 0, /empty/],
  ])('finds the problem in %j', (text, offset, message) => {
    const error = findJsonSyntaxError(text);
    expect(error?.offset).toBe(offset);
    expect(error?.message).toMatch(message);
  });

  it('accepts exactly what JSON.parse accepts', { timeout: 30_000 }, () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.json().map((s) => s.slice(0, -1)),
      fc.string({
        unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '1', 'a', ' ', '\\', 'n', 'u', 'e', '-'),
      }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('survives very deep nesting without recursion', { timeout: 30_000 }, () => {
    expect(findJsonSyntaxError('['.repeat(1_000_000))?.message).toMatch(/ends too early/);
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\r\nef', 7)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
