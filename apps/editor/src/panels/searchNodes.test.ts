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

  it('ranks the node whose text starts with the query before one that merely contains its words', () => {
    const hits = searchNodes(map, 'Export controls work');
    expect(hits[0]?.node.id).toBe('p-work');
    expect(hits.findIndex((hit) => hit.node.id === 'q')).toBeGreaterThan(0);
  });

  it('ranks an exact text first, then a prefix, then the phrase inside, then scattered words', () => {
    const node = (id: string, text: string, kind: 'claim' | 'evidence' = 'claim') => ({
      id,
      kind,
      text,
      baseScore: 0.5,
    });
    let nodes = map.nodes;
    for (const n of [
      node('scattered', 'Chips are scarce, and AI grows'),
      node('inside', 'Without scarce chips nothing works'),
      node('prefix', 'Scarce chips slow AI'),
      node('exact', 'Scarce chips'),
    ]) {
      nodes = nodes.set(n.id, n);
    }
    const ids = searchNodes({ ...map, nodes }, 'scarce chips').map((hit) => hit.node.id);
    expect(ids.slice(0, 3)).toEqual(['exact', 'prefix', 'inside']);
    expect(ids.indexOf('scattered')).toBeGreaterThan(2);
  });

  it('puts positions and claims before evidence at an equal match, and text before speaker, source and tags', () => {
    const withNodes = (...extra: Parameters<typeof map.nodes.set>[1][]) => {
      let nodes = map.nodes;
      for (const n of extra) nodes = nodes.set(n.id, n);
      return { ...map, nodes };
    };
    const evidence = {
      id: 'zz-ev',
      kind: 'evidence' as const,
      text: 'Zebra crossings save lives',
      baseScore: 0.5,
      evidence: { quote: 'q', kind: 'statistic' as const, source: { speaker: 'Someone' } },
    };
    const claim = {
      id: 'zz-claim',
      kind: 'claim' as const,
      text: 'Zebra crossings save lives',
      baseScore: 0.5,
    };
    const bySpeaker = {
      id: 'zz-speaker',
      kind: 'evidence' as const,
      text: 'Stripes on roads',
      baseScore: 0.5,
      evidence: { quote: 'q', kind: 'statistic' as const, source: { speaker: 'Zebra Jones' } },
    };
    const byTag = {
      id: 'zz-tag',
      kind: 'claim' as const,
      text: 'Road safety',
      baseScore: 0.5,
      tags: ['zebra'],
    };
    const ids = searchNodes(withNodes(evidence, claim, bySpeaker, byTag), 'zebra').map((hit) => hit.node.id);
    expect(ids).toEqual(['zz-claim', 'zz-ev', 'zz-speaker', 'zz-tag']);
  });
});
