import { moveNodes, Table, updateNode } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { smallDebate } from '../test/smallMap.ts';
import { DEFAULT_CRITIQUE } from './critique.ts';
import { createCritiqueCache, sameArgument } from './critiqueCache.ts';

function edited<T>(result: { ok: true; value: { map: T } } | { ok: false }): T {
  if (!result.ok) throw new Error('edit refused');
  return result.value.map;
}

describe('critique cache', () => {
  it('reuses the critique when a drop only moves a node', () => {
    const critiqueOf = createCritiqueCache();
    const map = smallDebate();
    const none = new Set<string>();
    const before = critiqueOf(map, none, DEFAULT_CRITIQUE);
    const moved = edited(moveNodes(map, { ev: { x: 400, y: 300 } }));
    expect(critiqueOf(moved, none, DEFAULT_CRITIQUE)).toBe(before);
  });

  it('evaluates again when the argument changes, and the strengths follow', () => {
    const critiqueOf = createCritiqueCache();
    const map = smallDebate();
    const none = new Set<string>();
    const before = critiqueOf(map, none, DEFAULT_CRITIQUE);
    const weaker = edited(updateNode(map, 'ev', { baseScore: 0.1 }));
    const after = critiqueOf(weaker, none, DEFAULT_CRITIQUE);
    expect(after).not.toBe(before);
    expect(after.verdicts.yes?.strength).toBeLessThan(before.verdicts.yes?.strength ?? 0);
    // A what-if switch is a change of argument too, though the map stays the same object.
    const switched = critiqueOf(weaker, new Set(['ev']), DEFAULT_CRITIQUE);
    expect(switched).not.toBe(after);
    expect(switched.verdicts.ev).toBeUndefined();
  });
});

describe('sameArgument', () => {
  it('ignores where nodes sit and whether they are collapsed', () => {
    const map = smallDebate();
    const moved = edited(moveNodes(map, { no: { x: 1, y: 2 }, q: { x: 3, y: 4 } }));
    expect(sameArgument(map, moved)).toBe(true);
    expect(sameArgument(map, edited(updateNode(map, 'yes', { collapsed: true })))).toBe(true);
  });

  it('notices text, scores, added nodes and edges', () => {
    const map = smallDebate();
    expect(sameArgument(map, edited(updateNode(map, 'no', { text: 'Allow them' })))).toBe(false);
    expect(sameArgument(map, edited(updateNode(map, 'no', { baseScore: 0.9 })))).toBe(false);
    const grown = smallDebate();
    grown.nodes = grown.nodes.set('extra', { id: 'extra', kind: 'claim', text: 'More', baseScore: 0.5 });
    expect(sameArgument(map, grown)).toBe(false);
    expect(sameArgument(map, { ...map, edges: Table.fromEntries(map.edges) })).toBe(false);
  });
});
