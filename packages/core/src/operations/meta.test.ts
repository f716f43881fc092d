import { describe, expect, it } from 'vitest';
import { after, smallMap, unwrap } from '../../test/maps.ts';
import { updateMeta } from './meta.ts';

describe('updateMeta', () => {
  it('sets and removes fields, keeping the title', () => {
    const map = after(updateMeta(smallMap(), { description: 'About chips', authors: ['Ana'] }));
    expect(map.meta).toMatchObject({ title: 'Chips', description: 'About chips', authors: ['Ana'] });
    const cleared = after(updateMeta(map, { description: '', authors: [] }));
    expect(cleared.meta).not.toHaveProperty('description');
    expect(cleared.meta).not.toHaveProperty('authors');
  });

  it('merges typing in the title and refuses non-text', () => {
    expect(unwrap(updateMeta(smallMap(), { title: 'New' })).mergeKey).toBe('meta:title');
    expect(updateMeta(smallMap(), { title: 3 as never }).diagnostics[0]).toMatchObject({
      code: 'wrong-type',
      path: ['meta', 'title'],
    });
  });
});
