import { readFileSync } from 'node:fs';
import { type ArgMap, exportControlsExample, fromDocument, linkedArgument, toDocument } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryMap } from '../../../core/test/arbitraries.ts';
import { essence, mapArb } from '../../test/arbitraries.ts';
import { parseAif } from './aifFormat.ts';
import { serializeAif } from './serializeAif.ts';

// The AIF text; writing AIF never fails.
function aifText(map: ArgMap): string {
  const result = serializeAif(map);
  if (!result.ok) throw new Error('export failed');
  return result.value;
}

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/aif/${name}`, import.meta.url), 'utf8');

function relations(map: ArgMap): string[] {
  return map.edges
    .toArray()
    .map((e) => {
      const attacked = map.edges.get(e.target);
      return `${e.source} ${e.kind} ${attacked ? `(${attacked.source} ${attacked.kind} ${attacked.target})` : e.target}`;
    })
    .sort();
}

describe('parseAif', () => {
  it('reads an AIFdb export: I-nodes, RA, CA, MA, and speakers from locutions (integer ids)', () => {
    const result = parseAif(fixture('aifdb-nodeset.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const map = result.value;
    expect([...map.nodes.keys()].sort()).toEqual(['101', '102', '103', '104', '109']);
    expect(map.nodes.get('101')).toMatchObject({
      kind: 'claim',
      text: 'Cities should ban cars from their centres',
    });
    expect(relations(map)).toEqual(['102 supports 101', '103 opposes 101', '104 opposes 103']);
    expect(map.nodes.get('102')?.notes).toContain('Said by Maria Lopez.');
    expect(map.nodes.get('103')?.notes).toContain('Said by Tom Becker.');
    expect(map.nodes.get('102')?.notes).toContain(
      'Rephrase of [109]: Air in car-free centres is less polluted',
    );
    expect(map.nodes.get('109')?.notes).toContain('Rephrased as [102]');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'aif-node-type-skipped', path: ['nodes', 14], line: 55, column: 5 }),
    ]);
  });

  it('reads the OVA3/xAIF wrapper: linked premises, an undercut of the inference, positions', () => {
    const result = parseAif(fixture('ova3-xaif.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(relations(result.value)).toEqual([
      '2_164 supports 1_164',
      '3_164 supports 1_164',
      '5_164 opposes 1_164',
      '7_164 undercuts (2_164 supports 1_164)',
    ]);
    expect(result.value.nodes.get('1_164')?.position).toEqual({ x: 420, y: 40 });
    expect(result.value.nodes.get('1_164')?.notes).toBe('Said by Ana.');
    // The two premises of RA 4_164 count only together: one linked argument, whose inference the
    // undercut attacks as a whole (no "first premise" approximation any more).
    expect(linkedArgument(result.value, '4_164')).toMatchObject({
      premises: ['2_164', '3_164'],
      conclusion: '1_164',
      kind: 'supports',
    });
    expect(result.diagnostics).toEqual([]);
  });

  it('reads a scheme from AIFdb text or the OVA3 scheme field, and writes it back to both', () => {
    const text = JSON.stringify({
      nodes: [
        { nodeID: 'c', type: 'I', text: 'Take the vaccine' },
        { nodeID: 'p', type: 'I', text: 'Dr Lee says it is safe' },
        { nodeID: 'ra', type: 'RA', text: 'Argument From Expert Opinion' },
        { nodeID: 'q', type: 'I', text: 'Dr Lee is an immunologist' },
        { nodeID: 'ra2', type: 'RA', text: 'Default Inference', scheme: 'Expert Opinion', schemeID: '10' },
      ],
      edges: [
        { edgeID: 1, fromID: 'p', toID: 'ra' },
        { edgeID: 2, fromID: 'ra', toID: 'c' },
        { edgeID: 3, fromID: 'q', toID: 'ra2' },
        { edgeID: 4, fromID: 'ra2', toID: 'p' },
      ],
    });
    const result = parseAif(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(linkedArgument(result.value, 'ra')?.argument.scheme).toBe('Argument From Expert Opinion');
    expect(linkedArgument(result.value, 'ra2')?.argument.scheme).toBe('Expert Opinion');
    const written = JSON.parse(aifText(result.value)) as { nodes: Record<string, unknown>[] };
    expect(written.nodes.find((n) => n.nodeID === 'ra-ra2')).toMatchObject({
      type: 'RA',
      text: 'Expert Opinion',
      scheme: 'Expert Opinion',
    });
  });

  it('reports structural problems with path, line and column', () => {
    const text =
      '{\n  "nodes": [\n    {"nodeID": 1, "type": "I", "text": "a"},\n    {"text": "no id"}\n  ],\n  "edges": [{"fromID": 1, "toID": 9}]\n}';
    const result = parseAif(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'aif-bad-node',
        path: ['nodes', 1],
        line: 4,
        column: 5,
      }),
      expect.objectContaining({
        severity: 'warning',
        code: 'aif-dangling-edge',
        path: ['edges', 0],
        line: 6,
        column: 13,
      }),
    ]);
  });

  it('warns about links a map cannot hold, such as an inference supporting an inference', () => {
    const text = JSON.stringify({
      nodes: [
        { nodeID: 1, type: 'I', text: 'a' },
        { nodeID: 2, type: 'I', text: 'b' },
        { nodeID: 3, type: 'RA', text: 'Default Inference' },
        { nodeID: 4, type: 'RA', text: 'Default Inference' },
      ],
      edges: [
        { fromID: 1, toID: 3 },
        { fromID: 3, toID: 2 },
        { fromID: 4, toID: 3 },
      ],
    });
    const result = parseAif(text);
    expect(result.ok && relations(result.value)).toEqual(['1 supports 2']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['aif-relation-skipped', 'aif-relation-skipped']);
  });

  it('says what is wrong with something that is not AIF', () => {
    expect(parseAif('[1, 2]').diagnostics[0]?.code).toBe('aif-not-an-object');
    expect(parseAif('{"nodes": {}}').diagnostics[0]).toMatchObject({
      code: 'aif-missing-nodes',
      line: 1,
      column: 11,
    });
    expect(parseAif('{"nodes": [}').diagnostics[0]).toMatchObject({
      code: 'json-syntax',
      line: 1,
      column: 12,
    });
  });

  it('warns once, with a count, about base scores it had to reset', () => {
    const node = (id: string, baseScore: string) =>
      `{"nodeID":"${id}","text":"${id}","type":"I","argmap":{"kind":"claim","baseScore":${baseScore}}}`;
    const text = `{"nodes":[${node('a', '1e999')},${node('b', '"NaN"')},${node('c', '-5')},${node('d', 'null')},${node('e', '0.25')}],"edges":[]}`;
    const result = parseAif(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.value.nodes.values()].map((n) => n.baseScore)).toEqual([0.5, 0.5, 0.5, 0.5, 0.25]);
    const warnings = result.diagnostics.filter((d) => d.code === 'aif-bad-score');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(
      /^4 nodes had an "argmap.baseScore" that is not a number from 0 to 1 \(e\.g\. a number too large to store\)/u,
    );
  });

  it('warns about a key written twice, as Argmap JSON does', () => {
    const result = parseAif('{"nodes":[{"nodeID":"a","text":"x","type":"I"}],"nodes":[],"edges":[]}');
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'duplicate-key', path: ['nodes'] })]);
  });

  it('reads an Argmap map saved as plain .json as what it is', () => {
    const result = parseAif(JSON.stringify(exportControlsExample));
    expect(result.ok && result.value.nodes.size).toBe(exportControlsExample.nodes.size);
  });
});

describe('AIF round trip', () => {
  it('keeps the example map: nodes, kinds, texts, tags, sources, relations', () => {
    const back = parseAif(aifText(exportControlsExample));
    expect(back.ok && essence(back.value)).toEqual(essence(exportControlsExample));
  });

  it('keeps generated maps', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(mapArb(8), (map) => {
        const back = parseAif(aifText(map));
        expect(back.ok).toBe(true);
        if (back.ok) expect(essence(back.value)).toEqual(essence(map));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the title, description, authors, language, dates, positions and collapsed state', () => {
    const map = structuredClone(toDocument(exportControlsExample));
    map.meta.authors = ['Ada', 'Grace'];
    map.meta.language = 'en';
    const first = Object.values(map.nodes)[0];
    if (!first) throw new Error('the example has nodes');
    first.position = { x: 12.5, y: -40 };
    first.collapsed = true;
    const back = parseAif(aifText(fromDocument(map)));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.meta).toEqual(map.meta);
    expect(back.value.nodes.get(first.id)).toMatchObject({ position: { x: 12.5, y: -40 }, collapsed: true });
    expect(back.diagnostics.filter((d) => d.code !== 'tours-dropped')).toEqual([]);
  });

  it('keeps every node field and the map metadata of any map; loses only what its warnings name', {
    timeout: 30_000,
  }, () => {
    // An undercut of any premise of a linked argument attacks the argument: named by the argument,
    // and listed once however many of its premises the same node undercuts.
    const relations = (map: ArgMap) => {
      const edges = new Map(map.edges.toArray().map((e) => [e.id, e]));
      const name = (id: string): string => {
        const edge = edges.get(id);
        if (edge === undefined) return id;
        if (edge.kind !== 'undercuts' && edge.argument !== undefined)
          return `(${edge.source} ${edge.kind} ${edge.target} in ${edge.argument})`;
        if (edge.kind === 'undercuts' && edges.get(edge.target)?.argument !== undefined)
          return `(${edge.source} undercuts ${edges.get(edge.target)?.argument})`;
        return `(${edge.source} ${edge.kind} ${name(edge.target)})`;
      };
      return [...new Set(map.edges.toArray().map((e) => name(e.id)))].sort();
    };
    const merged = (map: ArgMap) => relations(map).length < map.edges.size;
    fc.assert(
      fc.property(arbitraryMap(8), (map) => {
        const written = serializeAif(map);
        const back = parseAif(written.ok ? written.value : '');
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        // Empty tags or notes and `collapsed: false` mean the same as none; AIF writes neither.
        const nodes = toDocument(map).nodes;
        for (const node of Object.values(nodes)) {
          if (node.tags?.length === 0) delete node.tags;
          if (node.notes === '') delete node.notes;
          if (node.collapsed === false) delete node.collapsed;
        }
        expect(toDocument(back.value).nodes).toEqual(nodes);
        expect(relations(back.value)).toEqual(relations(map));
        expect(toDocument(back.value).arguments).toEqual(toDocument(map).arguments);
        expect(back.value.meta).toEqual(map.meta);
        const named = new Set(written.diagnostics.map((d) => d.code));
        expect(named.has('tours-dropped')).toBe(Boolean(map.tours?.length));
        expect(named.has('aif-undercuts-merged')).toBe(merged(map));
        expect(named.size).toBe(
          Number(named.has('tours-dropped')) + Number(named.has('aif-undercuts-merged')),
        );
      }),
      { numRuns: 150, seed: 21 },
    );
  });

  it('writes plain AIF that tools without the argmap extension read as I/RA/CA', () => {
    const aif = JSON.parse(aifText(exportControlsExample)) as { nodes: { type: string }[] };
    const types = new Set(aif.nodes.map((n) => n.type));
    expect([...types].sort()).toEqual(['CA', 'I', 'RA']);
  });
});
