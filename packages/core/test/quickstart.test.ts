import { afterEach, describe, expect, it, vi } from 'vitest';
import { quickstart } from '../examples/quickstart.ts';

describe('the quickstart in docs/library.md', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds, edits, undoes, validates and saves a map', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { saved, reopenedTitle, nodeCount } = quickstart();
    expect(reopenedTitle).toBe('Do chip export controls work?');
    expect(nodeCount).toBe(2);
    const doc = JSON.parse(saved);
    expect(doc.nodes.yes.baseScore).toBe(0.5);
    expect(Object.values(doc.edges)).toEqual([
      expect.objectContaining({ kind: 'supports', source: 'yes', target: 'q' }),
    ]);
    expect(warn).toHaveBeenCalledWith('A score must be a number from 0 to 1 (0.5 is neutral), not 2.');
  });
});
