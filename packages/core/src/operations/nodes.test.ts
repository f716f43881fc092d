import { describe, expect, it } from 'vitest';
import { after, smallMap, unwrap } from '../../test/maps.ts';
import { toDocument } from '../model/document.ts';
import { createSequentialIds } from '../model/ids.ts';
import { addNode, changeKind, moveNode, moveNodes, updateNode } from './nodes.ts';
import { applyMapPatches } from './patches.ts';

describe('addNode', () => {
  it('adds a node with defaults and reports its new id', () => {
    const map = smallMap();
    const edit = unwrap(
      addNode(map, { kind: 'claim', text: 'Huawei catches up' }, { newId: createSequentialIds() }),
    );
    expect(edit.created).toEqual(['n1']);
    expect(edit.map.nodes.get('n1')).toEqual({
      id: 'n1',
      kind: 'claim',
      text: 'Huawei catches up',
      baseScore: 0.5,
    });
    expect(edit.label).toBe('Add claim');
    expect(map.nodes.get('n1')).toBeUndefined();
  });

  it('skips generated ids already used by a node or an edge', () => {
    const map = smallMap();
    const ids = ['q', 'e-p1-q', 'fresh'];
    const edit = unwrap(addNode(map, { kind: 'claim' }, { newId: () => ids.shift() ?? 'x' }));
    expect(edit.created).toEqual(['fresh']);
  });

  it('gives evidence nodes an evidence block', () => {
    const edit = unwrap(
      addNode(smallMap(), {
        kind: 'evidence',
        id: 'ev2',
        evidence: { quote: 'We lack chips', source: { speaker: 'Liang' } },
      }),
    );
    expect(edit.map.nodes.get('ev2')?.evidence).toEqual({
      quote: 'We lack chips',
      kind: 'other',
      source: { speaker: 'Liang' },
    });
  });

  it('refuses a taken id, a bad score, a bad kind and evidence on a claim', () => {
    const map = smallMap();
    expect(addNode(map, { kind: 'claim', id: 'c1' }).diagnostics[0]?.code).toBe('duplicate-id');
    expect(addNode(map, { kind: 'claim', baseScore: 1.5 }).diagnostics[0]).toMatchObject({
      code: 'score-out-of-range',
      path: ['baseScore'],
    });
    expect(addNode(map, { kind: 'claim', baseScore: Number.NaN }).ok).toBe(false);
    expect(addNode(map, { kind: 'rumour' as 'claim' }).diagnostics[0]?.code).toBe('invalid-kind');
    expect(addNode(map, { kind: 'claim', evidence: { quote: 'x' } }).diagnostics[0]?.code).toBe(
      'not-evidence',
    );
  });
});

describe('updateNode', () => {
  it('changes only the given fields and shares untouched nodes', () => {
    const map = smallMap();
    const next = after(updateNode(map, 'c1', { text: 'Chips are very scarce', baseScore: 0.8 }));
    expect(next.nodes.get('c1')).toMatchObject({
      text: 'Chips are very scarce',
      baseScore: 0.8,
      kind: 'claim',
    });
    expect(next.nodes.get('q')).toBe(map.nodes.get('q'));
    expect(next.edges).toBe(map.edges);
  });

  it('removes optional fields set to empty values', () => {
    const map = after(
      updateNode(smallMap(), 'c1', { notes: 'check this', tags: ['chips'], collapsed: true }),
    );
    expect(map.nodes.get('c1')).toMatchObject({ notes: 'check this', tags: ['chips'], collapsed: true });
    const cleared = after(updateNode(map, 'c1', { notes: '', tags: [], collapsed: false, position: null }));
    expect(cleared.nodes.get('c1')).toEqual({
      id: 'c1',
      kind: 'claim',
      text: 'Chips are scarce in China',
      baseScore: 0.5,
    });
  });

  it('merges source fields and removes blank ones', () => {
    const next = after(
      updateNode(smallMap(), 'ev1', {
        evidence: { source: { outlet: 'Wired', speaker: '', url: ' https://wired.com/x ' } },
      }),
    );
    expect(next.nodes.get('ev1')?.evidence?.source).toEqual({ outlet: 'Wired', url: 'https://wired.com/x' });
  });

  it('refuses unknown nodes, non-web URLs and evidence fields on claims', () => {
    const map = smallMap();
    expect(updateNode(map, 'zz', { text: 'x' }).diagnostics[0]).toMatchObject({
      code: 'unknown-node',
      path: ['nodes', 'zz'],
    });
    expect(
      updateNode(map, 'ev1', { evidence: { source: { url: 'javascript:alert(1)' } } }).diagnostics[0],
    ).toMatchObject({
      code: 'invalid-url',
      path: ['nodes', 'ev1', 'evidence', 'source', 'url'],
    });
    expect(updateNode(map, 'c1', { evidence: { quote: 'x' } }).diagnostics[0]?.code).toBe('not-evidence');
    expect(updateNode(map, 'c1', { baseScore: -0.1 }).diagnostics[0]?.code).toBe('score-out-of-range');
  });

  it('gives single text-field edits a merge key, other edits none', () => {
    const map = smallMap();
    expect(unwrap(updateNode(map, 'c1', { text: 'a' })).mergeKey).toBe('c1:text');
    expect(unwrap(updateNode(map, 'ev1', { evidence: { quote: 'a' } })).mergeKey).toBe('ev1:quote');
    expect(unwrap(updateNode(map, 'ev1', { evidence: { source: { speaker: 'a' } } })).mergeKey).toBe(
      'ev1:source.speaker',
    );
    expect(unwrap(updateNode(map, 'c1', { baseScore: 0.9 })).mergeKey).toBeUndefined();
    expect(unwrap(updateNode(map, 'c1', { text: 'a', notes: 'b' })).mergeKey).toBeUndefined();
  });

  it('returns inverse patches that restore the map', () => {
    const map = smallMap();
    const edit = unwrap(updateNode(map, 'ev1', { text: 'x', evidence: { kind: 'statistic' } }));
    expect(toDocument(applyMapPatches(edit.map, edit.inversePatches))).toEqual(toDocument(map));
    expect(toDocument(applyMapPatches(map, edit.patches))).toEqual(toDocument(edit.map));
  });
});

describe('moveNode and moveNodes', () => {
  it('sets positions and refuses non-finite ones', () => {
    const map = after(moveNodes(smallMap(), { q: { x: 1, y: 2 }, c1: { x: -3, y: 4 } }));
    expect(map.nodes.get('q')?.position).toEqual({ x: 1, y: 2 });
    expect(map.nodes.get('c1')?.position).toEqual({ x: -3, y: 4 });
    expect(moveNode(map, 'q', { x: Number.POSITIVE_INFINITY, y: 0 }).diagnostics[0]?.code).toBe('wrong-type');
    expect(moveNode(map, 'nope', { x: 0, y: 0 }).diagnostics[0]?.code).toBe('unknown-node');
  });
});

describe('changeKind', () => {
  it('gives a claim turned evidence an empty evidence block, and drops it when turned back', () => {
    const evidence = after(changeKind(smallMap(), 'c1', 'evidence'));
    expect(evidence.nodes.get('c1')?.evidence).toEqual({ quote: '', kind: 'other', source: {} });
    const claim = after(changeKind(evidence, 'c1', 'claim'));
    expect(claim.nodes.get('c1')).not.toHaveProperty('evidence');
  });

  it('keeps the quote when evidence stays evidence, and undo brings a dropped quote back', () => {
    const map = smallMap();
    expect(after(changeKind(map, 'ev1', 'evidence')).nodes.get('ev1')?.evidence?.quote).toBe(
      'Our problem has never been funding',
    );
    const edit = unwrap(changeKind(map, 'ev1', 'claim'));
    expect(toDocument(applyMapPatches(edit.map, edit.inversePatches))).toEqual(toDocument(map));
  });
});
