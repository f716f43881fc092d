import { describe, expect, it } from 'vitest';
import { exportControlsExample } from '../examples/exportControls.ts';
import { createMap } from '../model/createMap.ts';
import { fromDocument } from '../model/document.ts';
import { addNode, updateNode } from './nodes.ts';

describe('edits never freeze or change what they are given', () => {
  it('leaves the caller’s map, its meta and its nodes as they were', () => {
    const map = createMap({ title: 'Mine', authors: ['Ana'] });
    const added = addNode(map, { kind: 'question', id: 'q', text: 'Why?' });
    if (!added.ok) throw new Error('addNode failed');
    expect(Object.isFrozen(map.meta)).toBe(false);
    expect(Object.isFrozen(map.meta.authors)).toBe(false);
    expect(map.nodes.size).toBe(0);

    const doc = {
      format: 'argmap',
      version: 1,
      meta: { title: 'Doc' },
      nodes: { q: { id: 'q', kind: 'question', text: 'Why?', baseScore: 0.5 } },
      edges: {},
    } as const;
    const fromDoc = fromDocument(structuredClone(doc) as never);
    const node = fromDoc.nodes.get('q');
    const edited = updateNode(fromDoc, 'q', { text: 'Why not?' });
    if (!edited.ok) throw new Error('updateNode failed');
    expect(Object.isFrozen(node)).toBe(false);
    expect(node?.text).toBe('Why?');
    expect(edited.value.map.nodes.get('q')?.text).toBe('Why not?');
    expect(Object.isFrozen(edited.value.map.nodes.get('q'))).toBe(true);
  });

  it('the shared example cannot be changed by one importer for the others', () => {
    const question = exportControlsExample.nodes.get('q');
    expect(Object.isFrozen(exportControlsExample.meta)).toBe(true);
    expect(Object.isFrozen(question)).toBe(true);
    expect(() => {
      (question as { text: string }).text = 'changed';
    }).toThrow(TypeError);
  });
});
