import { describe, expect, it } from 'vitest';
import type { ArgMap } from '../model/types.ts';
import { evaluate } from './evaluate.ts';
import { prepareGraph } from './prepare.ts';
import { carBanExample, miniMap } from './testMaps.ts';

/** The same map with its `nodes` and `edges` held in Maps, as persistent in-memory tables would be. */
function withMapTables(map: ArgMap): ArgMap {
  return {
    ...map,
    nodes: new Map([...map.nodes.entries()]),
    edges: new Map([...map.edges.entries()]),
  } as unknown as ArgMap;
}

describe('prepareGraph', () => {
  it('keeps the nodes and edges in the map’s order, skipping dangling edges with a warning', () => {
    const map = miniMap({ b: 0.2, a: 0.7, c: 1 }, [
      ['a', 'opposes', 'b'],
      ['c', 'supports', 'missing'],
      ['c', 'supports', 'a'],
    ]);
    const graph = prepareGraph(map);
    expect(graph.ids).toEqual(['b', 'a', 'c']);
    expect([...graph.base]).toEqual([0.2, 0.7, 1]);
    expect(graph.edgeIds).toEqual(['a>b', 'c>a']);
    expect([...graph.edgeSource]).toEqual([1, 2]);
    expect([...graph.edgeSign]).toEqual([-1, 1]);
    expect(graph.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['evaluate/dangling-edge', ['edges', 'c>missing', 'target']],
    ]);
  });

  it('resolves an undercut that comes before the edge it targets', () => {
    const map = miniMap({ a: 1, b: 1, u: 1 }, [
      ['u', 'undercuts', 'ab', 'cut'],
      ['a', 'opposes', 'b', 'ab'],
    ]);
    const graph = prepareGraph(map);
    expect(graph.undercutIds).toEqual(['cut']);
    expect(graph.edgeIds[graph.undercutEdge[0]!]).toBe('ab');
    expect(graph.diagnostics).toEqual([]);
  });

  it('builds the same adjacency lists on first read as up front', () => {
    const map = carBanExample();
    const lazy = prepareGraph(map, { lazyAdjacency: true });
    const eager = prepareGraph(map);
    expect(Object.getOwnPropertyDescriptor(lazy, 'succ')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(eager, 'succ')?.value).toBeInstanceOf(Int32Array);
    for (const key of [
      'inStart',
      'inEdges',
      'inSource',
      'inSign',
      'outStart',
      'outEdges',
      'succStart',
      'succ',
    ] as const) {
      expect([...lazy[key]]).toEqual([...eager[key]]);
    }
    expect([...lazy.edgeUndercuts]).toEqual([...eager.edgeUndercuts]);
  });

  it('reads Map-like nodes and edges tables exactly as plain records', () => {
    const map = carBanExample();
    const fromMaps = prepareGraph(withMapTables(map));
    const fromRecords = prepareGraph(map);
    expect(fromMaps.ids).toEqual(fromRecords.ids);
    expect(fromMaps.edgeIds).toEqual(fromRecords.edgeIds);
    expect(fromMaps.undercutIds).toEqual(fromRecords.undercutIds);
    for (const semantics of ['dfquad', 'grounded'] as const) {
      expect(evaluate(withMapTables(map), { semantics, support: 'deductive' })).toEqual(
        evaluate(map, { semantics, support: 'deductive' }),
      );
    }
  });

  it('skips a value of a Map-like table that is not an object, naming its key', () => {
    const map = {
      ...miniMap({}, []),
      nodes: new Map<string, unknown>([
        ['a', { id: 'a', kind: 'claim', text: '', baseScore: 1 }],
        ['b', 42],
      ]),
    } as unknown as ArgMap;
    const graph = prepareGraph(map);
    expect(graph.ids).toEqual(['a']);
    expect(graph.diagnostics.map((d) => [d.code, d.path])).toEqual([['evaluate/not-a-map', ['nodes', 'b']]]);
  });
});
