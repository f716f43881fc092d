import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOp, arbitraryMap, opSequence } from '../../test/arbitraries.ts';
import { edgesAt } from './edgeIndex.ts';
import { createSequentialIds } from './ids.ts';
import type { ArgMap } from './types.ts';

/** What the index must answer, found the slow way: every edge touching `end`, by id. */
function scan(map: ArgMap, end: string): string[] {
  return map.edges
    .toArray()
    .filter((edge) => edge.source === end || edge.target === end)
    .map((edge) => edge.id)
    .sort();
}

function ends(map: ArgMap): string[] {
  return [...map.nodes.keys(), ...map.edges.keys(), 'nowhere'];
}

describe('edgesAt', () => {
  it('agrees with a scan of every edge after any sequence of edits (the index is carried, not rebuilt)', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(arbitraryMap(), opSequence(), (start, ops) => {
        const newId = createSequentialIds();
        let map = start;
        // Index the first map, so every later one gets its index derived edit by edit.
        edgesAt(map.edges, 'nowhere');
        for (const op of ops) {
          const result = applyOp(map, op, newId);
          if (!result.ok) continue;
          map = result.value.map;
          for (const end of ends(map)) {
            expect(
              edgesAt(map.edges, end)
                .map((edge) => edge.id)
                .sort(),
            ).toEqual(scan(map, end));
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
