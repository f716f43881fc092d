import { type ArgMap, toDocument } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryMap } from '../../../core/test/arbitraries.ts';
import { parseApx, parseIccma, parseTgf } from './iccmaFormats.ts';
import { serializeApx } from './serializeApx.ts';
import { serializeIccma } from './serializeIccma.ts';
import { serializeTgf } from './serializeTgf.ts';

const WRITERS = [
  { code: 'iccma', write: serializeIccma, read: parseIccma },
  { code: 'apx', write: serializeApx, read: parseApx },
  { code: 'tgf', write: serializeTgf, read: parseTgf },
] as const;

/** The losses `map` → file → `back` shows, by the code suffix its warning must carry. */
function observedLosses(map: ArgMap, back: ArgMap): Set<string> {
  const lost = new Set<string>();
  const out = [...map.nodes.values()];
  const inn = [...back.nodes.values()];
  out.forEach((node, i) => {
    const read = inn[i];
    if (!read) throw new Error('a node did not come back');
    if (read.text !== node.text) lost.add('text-dropped');
    if (read.kind !== node.kind) lost.add('kinds-dropped');
    if (node.evidence) lost.add('evidence-dropped');
    if (read.baseScore !== node.baseScore) lost.add('scores-dropped');
    if (node.notes || node.tags?.length) lost.add('notes-dropped');
    if (node.position || node.collapsed) lost.add('layout-dropped');
  });
  for (const edge of map.edges.values()) {
    if (edge.kind === 'supports') lost.add('supports-dropped');
    if (edge.kind === 'undercuts') lost.add('undercuts-dropped');
  }
  const meta = toDocument(map).meta;
  const metaBack = toDocument(back).meta;
  for (const key of ['title', 'description', 'authors', 'language', 'created', 'modified'] as const)
    if (meta[key] !== undefined && JSON.stringify(meta[key]) !== JSON.stringify(metaBack[key]))
      lost.add('meta-dropped');
  if (map.tours?.length) lost.add('tours-dropped');
  if (map.arguments?.size) lost.add('arguments-dropped');
  return lost;
}

/** The attacks of a map as `source target` node positions, so renamed nodes compare. */
function attacks(map: ArgMap): string[] {
  const index = new Map([...map.nodes.keys()].map((id, i) => [id, i]));
  return map.edges
    .toArray()
    .filter((edge) => edge.kind === 'opposes')
    .map((edge) => `${index.get(edge.source)} ${index.get(edge.target)}`)
    .filter((pair, i, all) => all.indexOf(pair) === i)
    .sort();
}

describe('writing a map as an abstract framework', () => {
  it('gives back every node and attack, and loses exactly what its warnings name', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(arbitraryMap(8), (map) => {
        for (const { code, write, read } of WRITERS) {
          const written = write(map);
          if (!written.ok) throw new Error(`${code} refused a valid map`);
          const back = read(written.value);
          if (!back.ok)
            throw new Error(`${code} could not read its own file: ${JSON.stringify(back.diagnostics)}`);
          expect(back.value.nodes.size, code).toBe(map.nodes.size);
          expect(attacks(back.value), code).toEqual(attacks(map));
          const named = new Set(
            written.diagnostics
              .map((d) => d.code)
              .filter((c) => c !== 'control-characters-shown')
              .map((c) => (c === 'tours-dropped' ? c : c.replace(`${code}-`, ''))),
          );
          expect(named, code).toEqual(observedLosses(map, back.value));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('names each kind of loss once, with its count', () => {
    const map = parseIccma('p af 3\n1 2\n');
    if (!map.ok) throw new Error('fixture must read');
    const changed = map.value.nodes.toArray().map((node, i) => ({
      ...node,
      text: `Statement ${i + 1}`,
      ...(i < 2 ? { kind: 'position' as const, baseScore: 0.8 } : {}),
    }));
    const rich: ArgMap = { ...map.value, meta: { ...map.value.meta, title: 'Phones' } };
    for (const node of changed) rich.nodes = rich.nodes.set(node.id, node);
    const written = serializeIccma(rich);
    expect(written.diagnostics.map((d) => d.message)).toEqual([
      '3 node texts not kept: an ICCMA framework numbers its arguments, and a number is all that reads back.',
      '2 question, position and evidence nodes become plain arguments: an ICCMA framework has one kind of node.',
      '2 base scores left out (read back as 0.5).',
      "The map's title and dates are not kept in an ICCMA framework.",
    ]);
  });
});
