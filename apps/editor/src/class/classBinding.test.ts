import { readMap, writeDocument } from '@argmap/classroom';
import { type ArgMap, addNode, combine, connect, toDocument, updateNode } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createEditorStore, type EditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';
import { bindStoreToDoc } from './classBinding.ts';

/** Two people's editors on one class map, their documents linked directly (as the server relays). */
function classOfTwo() {
  const start = smallDebate();
  const server = new Y.Doc();
  writeDocument(server, toDocument(start));
  const person = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    const store = createEditorStore(start);
    return { doc, store, binding: bindStoreToDoc(store, doc) };
  };
  const a = person();
  const b = person();
  // Everything each one writes reaches the other at once.
  for (const [from, to] of [
    [a.doc, b.doc],
    [b.doc, a.doc],
  ] as const) {
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'relay') Y.applyUpdate(to, update, 'relay');
    });
  }
  return { a, b };
}

const texts = (store: EditorStore) => [...store.getSnapshot().map.nodes.values()].map((n) => n.text).sort();

function addReason(store: EditorStore, target: string, text: string): void {
  const id = `r-${text.length}-${store.getSnapshot().map.nodes.size}`;
  store.apply((map: ArgMap) =>
    combine(map, 'Add reason', [
      (m) => addNode(m, { id, kind: 'claim', text }),
      (m) => connect(m, { kind: 'supports', source: id, target }),
    ]),
  );
}

describe('a class map in two editors', () => {
  it("shows each person's edit in the other's editor, keeping what the other has selected", () => {
    const { a, b } = classOfTwo();
    b.store.select(['no']);
    addReason(a.store, 'yes', 'Fewer distractions');
    expect(texts(b.store)).toContain('Fewer distractions');
    expect(b.store.getSnapshot().selectedNodes).toEqual(['no']);
    expect(readMap(b.doc).ok).toBe(true);
  });

  it("undoes one's own last change only, never the other person's", () => {
    const { a, b } = classOfTwo();
    addReason(a.store, 'yes', 'Fewer distractions');
    b.store.apply((map) => updateNode(map, 'no', { text: 'Keep them, teach self-control' }));
    expect(a.store.getSnapshot().undoLabel).toBe('Add reason');

    a.store.undo();

    for (const { store } of [a, b]) {
      expect(texts(store)).not.toContain('Fewer distractions');
      expect(texts(store)).toContain('Keep them, teach self-control');
    }
    expect(a.store.getSnapshot().canUndo).toBe(false);
    expect(a.store.getSnapshot().redoLabel).toBe('Add reason');
    a.store.redo();
    expect(texts(b.store)).toContain('Fewer distractions');
    expect(b.store.getSnapshot().undoLabel).not.toBe('Add reason');
  });

  it('keeps folding a branch on the screen that folded it', () => {
    const { a, b } = classOfTwo();
    a.store.apply((map) => updateNode(map, 'yes', { collapsed: true }), { view: true });
    expect(a.store.getSnapshot().map.nodes.get('yes')?.collapsed).toBe(true);
    expect(b.store.getSnapshot().map.nodes.get('yes')?.collapsed).toBeUndefined();
    // A later edit by the other person does not unfold it here.
    b.store.apply((map) => updateNode(map, 'no', { text: 'Keep them' + '!' }));
    expect(a.store.getSnapshot().map.nodes.get('yes')?.collapsed).toBe(true);
  });

  it('gives undo back to the store when the class ends', () => {
    const { a } = classOfTwo();
    addReason(a.store, 'yes', 'Fewer distractions');
    a.binding.dispose();
    expect(a.store.getSnapshot().canUndo).toBe(false);
    addReason(a.store, 'yes', 'Better sleep');
    a.store.undo();
    expect(texts(a.store)).toContain('Fewer distractions');
    expect(texts(a.store)).not.toContain('Better sleep');
  });
});
