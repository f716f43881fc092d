import { exportControlsExample } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { searchNodes } from './searchNodes.ts';

const map = exportControlsExample;

describe('searchNodes', () => {
  it('finds nodes by words of their text, in any order and case', () => {
    const hits = searchNodes(map, 'CONTROLS work');
    expect(hits.some((hit) => hit.node.text.startsWith('Export controls work'))).toBe(true);
    expect(hits.every((hit) => /controls/i.test(hit.node.text) || hit.field !== 'text')).toBe(true);
  });

  it('finds evidence by its speaker', () => {
    const speaker = map.nodes.toArray().find((node) => node.evidence?.source.speaker)?.evidence
      ?.source.speaker;
    expect(speaker).toBeDefined();
    const hits = searchNodes(map, speaker?.split(' ').at(-1) ?? '');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.node.kind === 'evidence')).toBe(true);
    expect(hits[0]?.field).toMatch(/speaker|text|quote/);
  });

  it('filters by kind', () => {
    const hits = searchNodes(map, 'kind:position');
    expect(hits.length).toBe(map.nodes.toArray().filter((node) => node.kind === 'position').length);
    expect(searchNodes(map, 'question').some((hit) => hit.node.kind === 'question')).toBe(true);
  });

  it('finds by tag, with or without #', () => {
    const tagged = {
      ...map,
      nodes: map.nodes.set('x', {
        id: 'x',
        kind: 'claim' as const,
        text: 'T',
        baseScore: 0.5,
        tags: ['Huawei'],
      }),
    };
    expect(searchNodes(tagged, '#huawei').map((hit) => hit.node.id)).toEqual(['x']);
    expect(searchNodes(tagged, 'huawei').some((hit) => hit.node.id === 'x' && hit.field === 'tag')).toBe(
      true,
    );
  });

  it('returns nothing for an empty query or no match', () => {
    expect(searchNodes(map, '   ')).toEqual([]);
    expect(searchNodes(map, 'zzzzqqq')).toEqual([]);
  });
});
