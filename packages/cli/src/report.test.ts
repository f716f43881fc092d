import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './report.ts';

describe('formatDiagnostic', () => {
  it('names the line and column once, even when the message starts with them', () => {
    const line = formatDiagnostic('m.argmap.json', {
      severity: 'error',
      code: 'invalid-json',
      message: 'Line 4, column 13: Expected a property name in double quotes, found ",".',
      line: 4,
      column: 13,
    });
    expect(line).toBe(
      'm.argmap.json:4:13: error: Expected a property name in double quotes, found ",". [invalid-json]',
    );
  });

  it('finds the place of a path-only diagnostic, or of the nearest part of the path that exists', () => {
    const text = '{\n  "nodes": {\n    "a": { "kind": "claim" }\n  }\n}';
    const missing = { severity: 'error', code: 'missing-field', message: 'No text.' } as const;
    expect(formatDiagnostic('m.json', { ...missing, path: ['nodes', 'a', 'kind'] }, text)).toBe(
      'm.json:3:20: error: No text. (at nodes.a.kind) [missing-field]',
    );
    expect(formatDiagnostic('m.json', { ...missing, path: ['nodes', 'a', 'text'] }, text)).toBe(
      'm.json:3:10: error: No text. (at nodes.a.text) [missing-field]',
    );
  });
});
