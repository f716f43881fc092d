import { describe, expect, it } from 'vitest';
import { outlineRows } from '../outline/outlineRows.ts';
import { smallDebate } from '../test/smallMap.ts';
import { showLevels } from './showLevels.ts';

const shownAfter = (levels: number | 'all', map = smallDebate()) => {
  const edit = showLevels(map, levels);
  return outlineRows(edit?.ok ? edit.value.map : map).map((row) => row.nodeId);
};

describe('showLevels', () => {
  it('collapse all leaves the question; two levels add the positions; all shows everything', () => {
    expect(shownAfter(1)).toEqual(['q']);
    expect(shownAfter(2)).toEqual(['q', 'yes', 'no']);
    expect(shownAfter('all')).toEqual(['q', 'yes', 'ev', 'no']);
  });

  it('is one undoable step with a label, and nothing when the map already looks like that', () => {
    const edit = showLevels(smallDebate(), 2);
    expect(edit?.ok && edit.value.label).toBe('Show 2 levels');
    expect(showLevels(smallDebate(), 'all')).toBeUndefined();
    const collapsed = showLevels(smallDebate(), 1);
    expect(collapsed?.ok && collapsed.value.label).toBe('Collapse all');
  });

  it('collapses deeper branches too, so opening one later shows one more level', () => {
    const edit = showLevels(smallDebate(), 1);
    const map = edit?.ok ? edit.value.map : smallDebate();
    expect(map.nodes.get('yes')?.collapsed).toBe(true);
  });
});
