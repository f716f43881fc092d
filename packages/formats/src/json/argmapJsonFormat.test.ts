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
    expect(result.diagnostics[0]).toMatchObject({ code: 'json-syntax', line: 3, column: 12 });
  });

  it('reports every envelope problem with its path', () => {
    const result = parseArgmapJson('{"format": "other", "meta": {}, "nodes": []}');
    const paths = result.diagnostics.map((d) => d.path?.join('.'));
    expect(paths).toEqual(['format', 'version', 'meta.title', 'nodes', 'edges']);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(() => parseArgmapJson(text)).not.toThrow();
      }),
    );
  });

  it('survives deeply nested input', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(() => parseArgmapJson(deep)).not.toThrow();
    expect(parseArgmapJson('['.repeat(200_000)).diagnostics[0]?.code).toBe('json-syntax');
  });
});
