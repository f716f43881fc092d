import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOp, arbitraryMap, opSequence } from '../../test/arbitraries.ts';
import { smallMap, unwrap } from '../../test/maps.ts';
import { toDocument } from '../model/document.ts';
import { createSequentialIds } from '../model/ids.ts';
import { applyMapPatches } from './patches.ts';
import { removeNode } from './remove.ts';

describe('applyMapPatches', () => {
  it('replays any edit forwards and backwards on the map it was made on', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(arbitraryMap(), opSequence(), (start, ops) => {
        const newId = createSequentialIds();
        let map = start;
        for (const op of ops) {
          const result = applyOp(map, op, newId);
          if (!result.ok) continue;
          const edit = result.value;
          expect(toDocument(applyMapPatches(edit.before, edit.patches))).toEqual(toDocument(edit.map));
          expect(toDocument(applyMapPatches(edit.map, edit.inversePatches))).toEqual(toDocument(edit.before));
          map = edit.map;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('leaves its input alone and shares what the patches do not touch', () => {
    const map = smallMap();
    const edit = unwrap(removeNode(map, 'c1'));
    const back = applyMapPatches(edit.map, edit.inversePatches);
    expect(edit.map.nodes.has('c1')).toBe(false);
    expect(back.nodes.get('c1')).toBe(map.nodes.get('c1'));
    expect(back.nodes.get('q')).toBe(map.nodes.get('q'));
    expect(back.edges.size).toBe(map.edges.size);
  });
});
