import { describe, expect, it } from 'vitest';
import { smallMap, unwrap } from '../../test/maps.ts';
import { createSequentialIds } from '../model/ids.ts';
import type { ArgNode } from '../model/types.ts';
import { copySubgraph, pasteSubgraph } from './paste.ts';

describe('copySubgraph', () => {
  it('copies the nodes and only the edges among them, undercuts included', () => {
    const copied = copySubgraph(smallMap(), ['c1', 'p1', 'c2', 'missing']);
    expect(copied.nodes.map((node) => node.id)).toEqual(['c1', 'p1', 'c2']);
    expect(copied.edges.map((edge) => edge.id).sort()).toEqual(['e-c1-p1', 'u-c2']);
  });
});

describe('pasteSubgraph', () => {
  it('adds copies with fresh ids, remapped edges and offset positions', () => {
    const map = smallMap();
    map.nodes = map.nodes.set('c1', { ...(map.nodes.get('c1') as ArgNode), position: { x: 10, y: 20 } });
    const edit = unwrap(
      pasteSubgraph(map, copySubgraph(map, ['c1', 'p1', 'c2']), { newId: createSequentialIds() }),
    );
    expect(edit.created).toEqual(['n1', 'n2', 'n3', 'e1', 'e2']);
    expect(edit.map.nodes.get('n1')).toMatchObject({
      text: 'Chips are scarce in China',
      position: { x: 50, y: 60 },
    });
    expect(edit.map.edges.get('e1')).toEqual({ id: 'e1', kind: 'supports', source: 'n1', target: 'n2' });
    expect(edit.map.edges.get('e2')).toEqual({ id: 'e2', kind: 'undercuts', source: 'n3', target: 'e1' });
    expect([...edit.map.nodes.keys()]).toHaveLength(9);
  });

  it('drops edges it cannot keep, with a warning', () => {
    const subgraph = {
      nodes: [{ id: 'a', kind: 'claim', text: 'A', baseScore: 0.5 } as ArgNode],
      edges: [
        { id: 'x', kind: 'supports' as const, source: 'a', target: 'elsewhere' },
        { id: 'y', kind: 'supports' as const, source: 'a', target: 'a' },
      ],
    };
    const result = pasteSubgraph(smallMap(), subgraph);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['paste-dropped-edge', 'paste-dropped-edge']);
  });

  it('refuses malformed clipboard content instead of writing it', () => {
    const bad = { nodes: [{ id: 'a', kind: 'claim', text: 'A', baseScore: 7 }], edges: [] } as never;
    expect(pasteSubgraph(smallMap(), bad).diagnostics[0]).toMatchObject({
      code: 'score-out-of-range',
      path: ['nodes', 0, 'baseScore'],
    });
    expect(pasteSubgraph(smallMap(), 'hello' as never).diagnostics[0]?.code).toBe('wrong-type');
  });
});
