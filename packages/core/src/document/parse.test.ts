import { describe, expect, it } from 'vitest';
import { exportControlsExample } from '../examples/exportControls.ts';
import { Table } from '../model/table.ts';
import { parseJson, parseMap } from './parse.ts';
import { serializeMap } from './serialize.ts';

describe('parseMap', () => {
  it('reads what serializeMap writes', () => {
    const result = parseMap(serializeMap(exportControlsExample));
    expect(result.diagnostics).toEqual([]);
    expect(result.ok && result.value).toEqual(exportControlsExample);
  });

  it('gives the line and column of a syntax error', () => {
    const result = parseMap('{\n  "format": "argmap",\n  "version": 1,\n}');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'invalid-json',
        line: 4,
        column: 1,
        message: expect.stringMatching(/^Line 4, column 1: Trailing comma/),
      }),
    ]);
  });

  it('upgrades old versions and says so', () => {
    const v0 = JSON.stringify({ format: 'argmap', version: 0, title: 'Old', nodes: [], links: [] });
    const result = parseMap(v0);
    expect(result.ok && result.value.meta.title).toBe('Old');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['migrated']);
  });

  it('fails with newer-version for files from a newer Argmap', () => {
    expect(parseMap('{"format":"argmap","version":99}').diagnostics.map((d) => d.code)).toEqual([
      'newer-version',
    ]);
  });

  it('refuses texts over the size cap before parsing them', () => {
    expect(parseJson('[1, 2, 3]', { maxChars: 5 }).diagnostics[0]?.code).toBe('file-too-large');
  });

  it('accepts a byte order mark', () => {
    expect(parseMap(`\uFEFF${serializeMap(exportControlsExample)}`).ok).toBe(true);
  });
});

describe('serializeMap', () => {
  it('is stable: the text does not depend on the order fields were set in', () => {
    const reversed = <T extends object>(value: T): T =>
      Object.fromEntries(Object.entries(value).reverse()) as T;
    const map = exportControlsExample;
    const shuffled = {
      ...reversed(map),
      meta: reversed(map.meta),
      nodes: Table.fromEntries([...map.nodes.entries()].map(([id, node]) => [id, reversed(node)])),
      edges: Table.fromEntries([...map.edges.entries()].map(([id, edge]) => [id, reversed(edge)])),
    };
    const text = serializeMap(map);
    expect(serializeMap(shuffled)).toBe(text);
    expect(text.startsWith('{\n  "format": "argmap",\n  "version": 2,\n  "meta": {\n    "title"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes only known fields', () => {
    const extra = { ...exportControlsExample, theme: 'dark' } as typeof exportControlsExample;
    expect(serializeMap(extra)).not.toContain('theme');
  });
});
