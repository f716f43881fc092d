import { describe, expect, it } from 'vitest';
import { findFormat, formatForFilename, formats } from './registry.ts';

describe('format registry', () => {
  it('finds formats by id, ignoring case', () => {
    expect(findFormat('argmap-json')?.name).toBe('Argmap JSON');
    expect(findFormat('ARGMAP-JSON')?.id).toBe('argmap-json');
    expect(findFormat('nope')).toBeUndefined();
  });

  it('picks the format from a file name by its longest extension', () => {
    expect(formatForFilename('Debate.ARGMAP.json')?.id).toBe('argmap-json');
    expect(formatForFilename('notes.xyz')).toBeUndefined();
  });

  it('has unique ids and dotted lower-case extensions', () => {
    const ids = formats.map((format) => format.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of formats) {
      for (const extension of format.extensions) expect(extension).toMatch(/^\.[a-z0-9.]+$/);
    }
  });
});
