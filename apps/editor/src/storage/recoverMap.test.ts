import { type ArgMap, exportControlsExample, toDocument } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWebUrl, recoverMap } from './recoverMap.ts';

const NOW = new Date('2026-01-02T03:04:05.000Z');

function codes(raw: unknown): string[] {
  return recoverMap(raw, NOW).repairs.map((r) => r.code);
}

describe('recoverMap', () => {
  it('returns a valid map unchanged, with no repairs', () => {
    const { map, repairs } = recoverMap(exportControlsExample, NOW);
    expect(repairs).toEqual([]);
    expect(map).toEqual(exportControlsExample);
  });

  it('drops an edge whose target was deleted and says which one', () => {
    const broken: ArgMap = { ...exportControlsExample };
    broken.edges = broken.edges.set('ghost', {
      id: 'ghost',
      kind: 'supports',
      source: 'p-work',
      target: 'gone',
    });
    const { map, repairs } = recoverMap(broken, NOW);
    expect(map.edges.get('ghost')).toBeUndefined();
    expect([...map.nodes.keys()]).toEqual([...exportControlsExample.nodes.keys()]);
    expect(repairs).toEqual([expect.objectContaining({ code: 'dangling-edge', path: ['edges', 'ghost'] })]);
  });

  it('drops an undercut whose attacked link was dropped', () => {
    const raw = {
      format: 'argmap',
      version: 1,
      meta: { title: 'T' },
      nodes: {
        a: { id: 'a', kind: 'claim', text: 'A', baseScore: 0.5 },
        b: { id: 'b', kind: 'claim', text: 'B', baseScore: 0.5 },
      },
      edges: {
        e1: { id: 'e1', kind: 'supports', source: 'a', target: 'missing' },
        u1: { id: 'u1', kind: 'undercuts', source: 'b', target: 'e1' },
      },
    };
    expect(recoverMap(raw, NOW).map.edges.size).toBe(0);
    expect(codes(raw)).toEqual(['dangling-edge', 'dangling-edge']);
  });

  it('keeps node text and fixes what is around it', () => {
    const raw = {
      meta: { title: 'Essay' },
      nodes: {
        n1: { kind: 'banana', text: 'Keep me', baseScore: 7, position: { x: 'left' } },
        n2: {
          id: 'n2',
          kind: 'evidence',
          text: 'Quote',
          evidence: { quote: 'q', kind: 'rumour', source: { url: 'javascript:alert(1)' } },
        },
      },
    };
    const { map, repairs } = recoverMap(raw, NOW);
    expect(map.nodes.get('n1')).toEqual({ id: 'n1', kind: 'claim', text: 'Keep me', baseScore: 1 });
    expect(map.nodes.get('n2')?.evidence).toEqual({ quote: 'q', kind: 'other', source: {} });
    expect(repairs.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'bad-node-kind',
        'bad-score',
        'bad-position',
        'bad-evidence-kind',
        'unsafe-url',
      ]),
    );
  });

  it('turns something that is not a map into an empty map and says so', () => {
    const { map, repairs } = recoverMap('{"oops', NOW);
    expect(map.nodes.size).toBe(0);
    expect(map.meta.title).toBe('Recovered map');
    expect(repairs[0]?.code).toBe('unreadable-map');
  });

  it('reads nodes stored as an array, as early drafts did', () => {
    const { map } = recoverMap(
      { meta: { title: 'x' }, nodes: [{ id: 'a', kind: 'question', text: 'Q?' }] },
      NOW,
    );
    expect(map.nodes.get('a')?.text).toBe('Q?');
  });

  it('drops a node keyed __proto__ without touching any prototype', () => {
    const raw = JSON.parse(
      '{"format":"argmap","version":1,"meta":{"title":"t"},"nodes":{"__proto__":{"id":"__proto__","kind":"claim","text":"x","baseScore":0.5},"a":{"id":"a","kind":"claim","text":"A","baseScore":0.5}},"edges":{}}',
    );
    const { map, repairs } = recoverMap(raw, NOW);
    expect([...map.nodes.keys()]).toEqual(['a']);
    expect(Object.getPrototypeOf(toDocument(map).nodes)).toBe(Object.prototype);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(repairs.length).toBeGreaterThan(0);
  });

  it('keeps a lone node whose id is the name of an Object method', () => {
    const nodes: Record<string, unknown> = {};
    for (const id of ['toString', 'valueOf', 'hasOwnProperty'])
      nodes[id] = { id, kind: 'claim', text: id, baseScore: 7 };
    const { map, repairs } = recoverMap({ format: 'argmap', version: 1, meta: { title: 'T' }, nodes }, NOW);
    expect([...map.nodes.keys()]).toEqual(['toString', 'valueOf', 'hasOwnProperty']);
    expect(repairs.map((r) => r.code)).toEqual(['bad-score', 'bad-score', 'bad-score']);
  });

  it('always produces a map that needs no further repair', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const first = recoverMap(raw, NOW).map;
        expect(recoverMap(first, NOW).repairs).toEqual([]);
      }),
    );
  });

  it('repairs random damage to the example to a map that needs no further repair', () => {
    const nodeIds = [...exportControlsExample.nodes.keys()];
    fc.assert(
      fc.property(fc.subarray(nodeIds), fc.anything(), (deleted, junk) => {
        const damaged = structuredClone(toDocument(exportControlsExample)) as unknown as Record<
          string,
          Record<string, unknown>
        >;
        for (const id of deleted) delete damaged.nodes?.[id];
        (damaged.nodes as Record<string, unknown>).junk = junk;
        const { map } = recoverMap(damaged, NOW);
        expect(recoverMap(map, NOW).repairs).toEqual([]);
        for (const edge of map.edges.toArray()) expect(map.nodes.get(edge.source)).toBeDefined();
      }),
    );
  });
});

describe('isWebUrl', () => {
  it('accepts only http and https', () => {
    expect(isWebUrl('https://example.org/a')).toBe(true);
    expect(isWebUrl('http://example.org')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,<script>')).toBe(false);
    expect(isWebUrl('not a url')).toBe(false);
  });
});
