import { validateMap } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { MapBuilder } from './mapBuilder.ts';

const at = { line: 1 };

describe('MapBuilder', () => {
  it('makes up edge ids that never clash with a node or a named edge called e<number>', () => {
    const builder = new MapBuilder('T', 'fallback');
    for (const id of ['a', 'b', 'c', 'e2']) builder.addNode(id, 'claim', id, {}, true);
    expect(builder.addEdge('supports', 'a', 'b', at)).toBe('e1');
    expect(builder.addEdge('supports', 'b', 'c', at, 'e3')).toBe('e3');
    // e2 is a node, e3 a named edge: the next made-up ids go round them.
    expect(builder.addEdge('opposes', 'c', 'a', at)).toBe('e4');
    expect(builder.addEdge('opposes', 'e2', 'a', at)).toBe('e5');
    expect(builder.has('e1') && builder.has('e2') && builder.has('e3')).toBe(true);
    expect(builder.has('e6')).toBe(false);
    // A node id may look like a made-up edge id; hints then get a fresh one.
    expect(builder.addNode('e1', 'claim', 'x', {}, true)).toBe('e1-2');
    expect(builder.node('e1')).toBeUndefined();
    expect(builder.node('e2')?.text).toBe('e2');
    const map = builder.build();
    expect([...map.edges.keys()]).toEqual(['e1', 'e3', 'e4', 'e5']);
    expect(validateMap(map).ok).toBe(true);
  });

  it('keeps one relation per pair and aims undercuts at the first inference leaving a node', () => {
    const builder = new MapBuilder('T', 'fallback');
    for (const id of ['a', 'b', 'c', 'u']) builder.addNode(id, 'claim', id, {}, true);
    const first = builder.addEdge('supports', 'a', 'b', at) as string;
    builder.addEdge('opposes', 'a', 'c', at);
    expect(builder.hasPair('a', 'b') && builder.hasPair('a', 'c')).toBe(true);
    expect(builder.hasPair('b', 'a')).toBe(false);
    expect(builder.addEdge('opposes', 'a', 'b', at)).toBeUndefined();
    expect(builder.diagnostics.map((d) => d.code)).toEqual(['duplicate-relation']);
    expect(builder.outgoingInference('a')?.id).toBe(first);
    const undercut = builder.addEdge('undercuts', 'u', first, at) as string;
    expect(builder.isInferenceEdge(first)).toBe(true);
    expect(builder.isInferenceEdge(undercut)).toBe(false);
    // A node whose only edge is an undercut has no inference to undercut.
    expect(builder.outgoingInference('u')).toBeUndefined();
    expect(builder.addEdge('undercuts', 'a', undercut, at)).toBeUndefined();
    expect(builder.addEdge('supports', 'a', 'a', at)).toBeUndefined();
    expect(builder.addEdge('opposes', 'a', 'a', at)).toBeDefined();
    expect(builder.diagnostics.map((d) => d.code)).toEqual([
      'duplicate-relation',
      'dangling-relation',
      'self-relation',
    ]);
    expect(validateMap(builder.build()).ok).toBe(true);
  });

  it('gives later changes to the metadata and to added nodes to the built map', () => {
    const builder = new MapBuilder(undefined, 'Fallback title', { now: new Date(0) });
    const id = builder.addNode('Some claim', 'evidence', 'A quote');
    builder.meta.description = 'About it';
    const node = builder.node(id);
    if (node) node.notes = 'noted';
    const map = builder.build();
    expect(map.meta).toEqual({
      title: 'Fallback title',
      created: '1970-01-01T00:00:00.000Z',
      modified: '1970-01-01T00:00:00.000Z',
      description: 'About it',
    });
    expect(map.nodes.get('some-claim')).toMatchObject({ notes: 'noted', evidence: { quote: 'A quote' } });
  });
});
