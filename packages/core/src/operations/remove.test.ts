import { describe, expect, it } from 'vitest';
import { after, smallMap, unwrap } from '../../test/maps.ts';
import { toDocument } from '../model/document.ts';
import { applyMapPatches } from './patches.ts';
import { disconnect, removeMany, removeNode } from './remove.ts';

describe('removeNode', () => {
  it('removes the node, its edges, and undercuts of those edges', () => {
    const map = after(removeNode(smallMap(), 'p1'));
    expect(map.nodes.get('p1')).toBeUndefined();
    expect([...map.edges.keys()].sort()).toEqual(['e-ev1-c1', 'e-p2-q']);
  });

  it('removes an undercutting node with its undercut only', () => {
    const map = after(removeNode(smallMap(), 'c2'));
    expect([...map.edges.keys()].sort()).toEqual(['e-c1-p1', 'e-ev1-c1', 'e-p1-q', 'e-p2-q']);
  });

  it('takes the node out of tour steps', () => {
    const map = smallMap();
    map.tours = [{ id: 't', title: 'Tour', steps: [{ id: 's1', nodes: ['q', 'p1'] }] }];
    expect(after(removeNode(map, 'p1')).tours?.[0]?.steps[0]?.nodes).toEqual(['q']);
  });

  it('undoes exactly, and refuses unknown ids', () => {
    const map = smallMap();
    const edit = unwrap(removeNode(map, 'c1'));
    expect(toDocument(applyMapPatches(edit.map, edit.inversePatches))).toEqual(toDocument(map));
    expect(removeNode(map, 'zz').diagnostics[0]?.code).toBe('unknown-node');
  });
});

describe('disconnect', () => {
  it('removes the edge and the undercuts aimed at it', () => {
    const map = after(disconnect(smallMap(), 'e-c1-p1'));
    expect(map.edges.get('e-c1-p1')).toBeUndefined();
    expect(map.edges.get('u-c2')).toBeUndefined();
    expect([...map.nodes.keys()]).toHaveLength(6);
  });
});

describe('removeMany', () => {
  it('removes a mixed selection in one edit', () => {
    const edit = unwrap(removeMany(smallMap(), { nodes: ['ev1', 'c2'], edges: ['e-p2-q'] }));
    expect([...edit.map.nodes.keys()].sort()).toEqual(['c1', 'p1', 'p2', 'q']);
    expect([...edit.map.edges.keys()].sort()).toEqual(['e-c1-p1', 'e-p1-q']);
    expect(edit.label).toBe('Delete 3 items');
  });

  it('refuses a stale selection without changing anything', () => {
    expect(removeMany(smallMap(), { nodes: ['c1', 'gone'] }).diagnostics[0]).toMatchObject({
      code: 'unknown-node',
      path: ['nodes', 'gone'],
    });
  });
});
