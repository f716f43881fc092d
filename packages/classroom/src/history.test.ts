import type { ArgMapDocument } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { describeChange, historySentence, isEmptyRecord } from './history.ts';

const base: ArgMapDocument = {
  format: 'argmap',
  version: 2,
  meta: { title: 'Phones' },
  nodes: {
    q: { id: 'q', kind: 'question', text: 'Ban phones?', baseScore: 0.5 },
    yes: { id: 'yes', kind: 'position', text: 'Ban them', baseScore: 0.5 },
  },
  edges: { e1: { id: 'e1', kind: 'supports', source: 'yes', target: 'q' } },
};

describe('the class history in words', () => {
  it('says what a student added, with its link', () => {
    const after: ArgMapDocument = {
      ...base,
      nodes: {
        ...base.nodes,
        r: { id: 'r', kind: 'claim', text: 'Fewer   distractions\nin class', baseScore: 0.5 },
      },
      edges: { ...base.edges, e2: { id: 'e2', kind: 'supports', source: 'r', target: 'yes' } },
    };
    const record = describeChange(base, after);
    expect(record.added).toEqual([{ id: 'r', kind: 'claim', text: 'Fewer distractions in class' }]);
    expect(historySentence(record)).toBe('added the claim “Fewer distractions in class” with 1 link');
  });

  it('names a change, a removal, links alone, the title and the tours', () => {
    const { q: _q, ...rest } = base.nodes;
    expect(
      historySentence(
        describeChange(base, {
          ...base,
          nodes: { ...rest, q: { ...base.nodes.q, text: 'Ban all phones?' } } as ArgMapDocument['nodes'],
        }),
      ),
    ).toBe('changed the question “Ban all phones?”');
    expect(
      historySentence(
        describeChange(base, { ...base, nodes: { q: base.nodes.q } as ArgMapDocument['nodes'], edges: {} }),
      ),
    ).toBe('removed the position “Ban them” with 1 link');
    expect(historySentence(describeChange(base, { ...base, edges: {} }))).toBe('removed 1 link');
    expect(historySentence(describeChange(base, { ...base, meta: { title: 'Phones at school' } }))).toBe(
      'changed the title and details',
    );
    expect(historySentence({ ...describeChange(base, base), locked: true })).toBe('locked the map');
    expect(isEmptyRecord(describeChange(base, base))).toBe(true);
  });

  it('cuts long texts', () => {
    const long = 'word '.repeat(60);
    const record = describeChange(base, {
      ...base,
      nodes: { ...base.nodes, r: { id: 'r', kind: 'claim', text: long, baseScore: 0.5 } },
    });
    expect(record.added[0]?.text.length).toBe(80);
    expect(record.added[0]?.text.endsWith('…')).toBe(true);
  });
});
