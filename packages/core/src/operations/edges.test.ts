import { describe, expect, it } from 'vitest';
import { after, smallMap, unwrap } from '../../test/maps.ts';
import { validateMap } from '../document/validate.ts';
import { toDocument } from '../model/document.ts';
import { createSequentialIds } from '../model/ids.ts';
import { changeEdgeKind, connect, reconnect } from './edges.ts';

describe('connect', () => {
  it('adds an edge and reports its id', () => {
    const edit = unwrap(
      connect(smallMap(), { kind: 'opposes', source: 'c2', target: 'p1' }, { newId: createSequentialIds() }),
    );
    expect(edit.created).toEqual(['e1']);
    expect(edit.map.edges.get('e1')).toEqual({ id: 'e1', kind: 'opposes', source: 'c2', target: 'p1' });
    expect(edit.label).toBe('Add objection');
  });

  it('refuses dangling ends, self-loops and duplicates, saying where', () => {
    const map = smallMap();
    expect(connect(map, { kind: 'supports', source: 'c1', target: 'ghost', id: 'x' }).diagnostics).toEqual([
      expect.objectContaining({ code: 'dangling-edge', path: ['edges', 'x', 'target'] }),
    ]);
    expect(connect(map, { kind: 'supports', source: 'c1', target: 'c1' }).diagnostics[0]?.code).toBe(
      'self-loop',
    );
    // Same ends as e-c1-p1, even with another kind: one statement bears on another in one way.
    expect(connect(map, { kind: 'opposes', source: 'c1', target: 'p1' }).diagnostics[0]?.code).toBe(
      'duplicate-edge',
    );
    expect(connect(map, { kind: 'supports', source: 'c2', target: 'p1', id: 'q' }).diagnostics[0]?.code).toBe(
      'duplicate-id',
    );
  });

  it('lets a statement oppose itself ("this sentence is false") but never support itself', () => {
    const map = after(connect(smallMap(), { kind: 'opposes', source: 'c1', target: 'c1', id: 'liar' }));
    expect(map.edges.get('liar')).toEqual({ id: 'liar', kind: 'opposes', source: 'c1', target: 'c1' });
    expect(validateMap(toDocument(map)).ok).toBe(true);
    const refused = changeEdgeKind(map, 'liar', 'supports');
    expect(refused.diagnostics[0]).toMatchObject({ code: 'self-loop', path: ['edges', 'liar', 'kind'] });
    expect(connect(map, { kind: 'opposes', source: 'c1', target: 'c1' }).diagnostics[0]?.code).toBe(
      'duplicate-edge',
    );
  });

  it('lets an undercut target only a supports or opposes edge', () => {
    const map = smallMap();
    expect(
      after(connect(map, { kind: 'undercuts', source: 'c1', target: 'e-p2-q', id: 'u2' })).edges.get('u2'),
    ).toBeDefined();
    expect(connect(map, { kind: 'undercuts', source: 'c1', target: 'p2' }).diagnostics[0]?.code).toBe(
      'undercut-target',
    );
    expect(connect(map, { kind: 'undercuts', source: 'c1', target: 'u-c2' }).diagnostics[0]?.code).toBe(
      'undercut-target',
    );
    expect(connect(map, { kind: 'undercuts', source: 'c1', target: 'nothing' }).diagnostics[0]?.code).toBe(
      'dangling-edge',
    );
  });
});

describe('reconnect', () => {
  it('moves an end and keeps id, kind and undercuts', () => {
    const map = after(reconnect(smallMap(), 'e-c1-p1', { target: 'p2' }));
    expect(map.edges.get('e-c1-p1')).toEqual({ id: 'e-c1-p1', kind: 'supports', source: 'c1', target: 'p2' });
    expect(map.edges.get('u-c2')?.target).toBe('e-c1-p1');
  });

  it('refuses ends that would break a rule', () => {
    const map = smallMap();
    expect(reconnect(map, 'e-c1-p1', { target: 'c1' }).diagnostics[0]?.code).toBe('self-loop');
    expect(reconnect(map, 'e-c1-p1', { source: 'p2', target: 'q' }).diagnostics[0]?.code).toBe(
      'duplicate-edge',
    );
    expect(reconnect(map, 'nope', { target: 'q' }).diagnostics[0]?.code).toBe('unknown-edge');
  });
});

describe('changeEdgeKind', () => {
  it('switches supports and opposes but not undercuts', () => {
    expect(after(changeEdgeKind(smallMap(), 'e-c1-p1', 'opposes')).edges.get('e-c1-p1')?.kind).toBe(
      'opposes',
    );
    expect(changeEdgeKind(smallMap(), 'e-c1-p1', 'undercuts').diagnostics[0]?.code).toBe('edge-kind-change');
    expect(changeEdgeKind(smallMap(), 'u-c2', 'supports').diagnostics[0]?.code).toBe('edge-kind-change');
  });
});
