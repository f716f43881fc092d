import { type ArgMap, type ArgMapDocument, toDocument } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOp, arbitraryMap, opSequence } from '../../core/test/arbitraries.ts';
import { smallMap } from '../../core/test/maps.ts';
import { jsonEqual } from './equal.ts';
import { readDocument, readMap } from './readDoc.ts';
import { putEdge, putNode, writeDocument } from './writeDoc.ts';

/** The document form, with an empty tour list dropped: the shared document does not tell it from none. */
function plainOf(map: ArgMap): ArgMapDocument {
  const doc = toDocument(map);
  if (doc.tours?.length === 0) delete doc.tours;
  return doc;
}

/** Two replicas wired together the way a server relays updates. */
function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'relay' && Y.applyUpdate(b, u, 'relay'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'relay' && Y.applyUpdate(a, u, 'relay'));
  return [a, b];
}

describe('writeDocument / readDocument', () => {
  it('reads back exactly the map it wrote, in the same node and edge order', () => {
    fc.assert(
      fc.property(arbitraryMap(8), (map) => {
        const doc = new Y.Doc();
        const plain = plainOf(map);
        writeDocument(doc, plain);
        const back = readDocument(doc);
        expect(jsonEqual(back, plain)).toBe(true);
        expect(Object.keys(back.nodes)).toEqual(Object.keys(plain.nodes));
        expect(Object.keys(back.edges)).toEqual(Object.keys(plain.edges));
        expect(readMap(doc).ok).toBe(true);
      }),
    );
  });

  it('follows any sequence of core edits, and another replica reads the same map', () => {
    fc.assert(
      fc.property(arbitraryMap(6), opSequence(12), (start, ops) => {
        const [a, b] = pair();
        writeDocument(a, toDocument(start));
        let map = start;
        for (const op of ops) {
          const r = applyOp(map, op);
          if (!r.ok) continue;
          map = r.value.map;
          writeDocument(a, toDocument(map));
          expect(jsonEqual(readDocument(b), plainOf(map))).toBe(true);
        }
        expect(readDocument(b)).toEqual(readDocument(a));
      }),
      { numRuns: 60 },
    );
  });

  it('writes nothing when the document already holds the map', () => {
    const doc = new Y.Doc();
    writeDocument(doc, toDocument(smallMap()));
    let updates = 0;
    doc.on('update', () => updates++);
    writeDocument(doc, toDocument(smallMap()));
    expect(updates).toBe(0);
  });

  it('keeps concurrent edits to different fields of one node and to different nodes', () => {
    const a = new Y.Doc();
    writeDocument(a, toDocument(smallMap()));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const base = readDocument(a);
    const q = base.nodes.q;
    const p1 = base.nodes.p1;
    if (q === undefined || p1 === undefined) throw new Error('smallMap changed');
    writeDocument(a, { ...base, nodes: { ...base.nodes, q: { ...q, text: 'Edited by A' } } });
    writeDocument(b, {
      ...base,
      nodes: { ...base.nodes, q: { ...q, notes: 'Note by B' }, p1: { ...p1, baseScore: 0.9 } },
    });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = readDocument(a);
    expect(merged).toEqual(readDocument(b));
    expect(merged.nodes.q).toMatchObject({ text: 'Edited by A', notes: 'Note by B' });
    expect(merged.nodes.p1?.baseScore).toBe(0.9);
  });

  it('puts one node or edge, writing only the fields that differ', () => {
    const doc = new Y.Doc();
    writeDocument(doc, toDocument(smallMap()));
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const q = readDocument(doc).nodes.q;
    if (q === undefined) throw new Error('smallMap changed');
    putNode(doc, { ...q, text: 'Reworded' });
    putNode(doc, { id: 'n9', kind: 'claim', text: 'New', baseScore: 0.5 });
    putEdge(doc, { id: 'e9', kind: 'supports', source: 'n9', target: 'q' });
    putNode(doc, { ...q, text: 'Reworded' });
    expect(updates).toHaveLength(3);
    const map = readDocument(doc);
    expect(map.nodes.q?.text).toBe('Reworded');
    expect(map.edges.e9).toEqual({ id: 'e9', kind: 'supports', source: 'n9', target: 'q' });
    expect(readMap(doc).ok).toBe(true);
  });

  it('stores deep copies, so a frozen map from the core can be written and edited later', () => {
    const doc = new Y.Doc();
    const plain = toDocument(smallMap());
    writeDocument(doc, plain);
    const ev = doc.getMap('nodes').get('ev1') as Y.Map<unknown>;
    expect(ev.get('evidence')).not.toBe(plain.nodes.ev1?.evidence);
  });
});
