import { describe, expect, it } from 'vitest';
import { smallMap, unwrap } from '../../test/maps.ts';
import { toDocument } from '../model/document.ts';
import { createSequentialIds } from '../model/ids.ts';
import { combine } from './combine.ts';
import { connect } from './edges.ts';
import { addNode } from './nodes.ts';
import { applyMapPatches } from './patches.ts';

describe('combine', () => {
  it('joins steps into one edit that undoes in one go', () => {
    const map = smallMap();
    const newId = createSequentialIds();
    const edit = unwrap(
      combine(map, 'Add objection', [
        (m) => addNode(m, { kind: 'claim', text: 'Smuggling' }, { newId }),
        (m) => connect(m, { kind: 'opposes', source: 'n1', target: 'p1' }, { newId }),
      ]),
    );
    expect(edit.created).toEqual(['n1', 'e1']);
    expect(edit.map.edges.get('e1')?.source).toBe('n1');
    expect(toDocument(applyMapPatches(edit.map, edit.inversePatches))).toEqual(toDocument(map));
    expect(toDocument(applyMapPatches(map, edit.patches))).toEqual(toDocument(edit.map));
  });

  it('stops at the first refused step', () => {
    const result = combine(smallMap(), 'x', [
      (m) => addNode(m, { kind: 'claim', id: 'new' }),
      (m) => connect(m, { kind: 'supports', source: 'new', target: 'new' }),
    ]);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.code).toBe('self-loop');
  });
});
