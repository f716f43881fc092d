import { exportControlsExample } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgmapJson, serializeArgmapJson } from './argmapJsonFormat.ts';

describe('argmap-json', () => {
  it('round-trips the example map exactly', () => {
    const text = serializeArgmapJson(exportControlsExample);
    const result = parseArgmapJson(text);
    expect(result.ok && result.value).toEqual(exportControlsExample);
  });

  it('reports a syntax error with line and column', () => {
    const result = parseArgmapJson('{\n  "format": "argmap",\n  "nodes": }');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'invalid-json', line: 3, column: 12 });
  });

  it('gives structural problems found by the core a line and column as well as a path', () => {
    const text =
      '{\n  "format": "argmap",\n  "version": 2,\n  "meta": {"title": 3},\n  "nodes": {},\n  "edges": {}\n}';
    const result = parseArgmapJson(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ path: ['meta', 'title'], line: 4, column: 21 });
  });

  it('reads a map saved under an older version, with a warning', () => {
    const text = serializeArgmapJson(exportControlsExample).replace('"version": 2', '"version": 0');
    const result = parseArgmapJson(text);
    expect(result.diagnostics.map((d) => d.code)).toContain('migrated');
  });

  it('never throws, whatever the text', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(() => parseArgmapJson(text)).not.toThrow();
      }),
    );
  });

  it('survives deeply nested input', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(() => parseArgmapJson(deep)).not.toThrow();
    expect(parseArgmapJson('['.repeat(200_000)).diagnostics[0]?.code).toBe('invalid-json');
  });
});
