import { type ArgMap, addNode, createMap, removeNode, updateNode } from '@argmap/core';
import { describe, expect, it, vi } from 'vitest';
import { createEditorStore, READ_ONLY_CODE } from './editorStore.ts';

function smallMap(): ArgMap {
  const map = createMap({ title: 'Chips' }, new Date('2025-01-01T00:00:00Z'));
  map.nodes = map.nodes.set('q', { id: 'q', kind: 'question', text: 'Do controls work?', baseScore: 0.5 });
  map.nodes = map.nodes.set('p', { id: 'p', kind: 'position', text: 'Yes', baseScore: 0.5 });
  map.edges = map.edges.set('e', { id: 'e', kind: 'supports', source: 'p', target: 'q' });
  return map;
}

const renameP = (text: string) => (map: ArgMap) => updateNode(map, 'p', { text });

describe('editor store', () => {
  it('undoes and redoes edits in order, with their labels', () => {
    const store = createEditorStore(smallMap());
    store.apply(renameP('Yes, clearly'));
    store.apply((map) => addNode(map, { kind: 'claim', text: 'Chips are scarce' }));
    expect(store.getSnapshot().undoLabel).toBe('Add claim');
    store.undo();
    expect([...store.getSnapshot().map.nodes.keys()]).toHaveLength(2);
    expect(store.getSnapshot().map.nodes.get('p')?.text).toBe('Yes, clearly');
    store.undo();
    expect(store.getSnapshot().map.nodes.get('p')?.text).toBe('Yes');
    expect(store.getSnapshot().canUndo).toBe(false);
    store.redo();
    expect(store.getSnapshot().map.nodes.get('p')?.text).toBe('Yes, clearly');
    expect(store.getSnapshot().redoLabel).toBe('Add claim');
  });

  it('notifies subscribers once per change and not for refused edits', () => {
    const store = createEditorStore(smallMap());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const refused = store.apply((map) => updateNode(map, 'ghost', { text: 'x' }));
    expect(refused.ok).toBe(false);
    expect(listener).not.toHaveBeenCalled();
    expect(store.getSnapshot().canUndo).toBe(false);
    store.apply(renameP('No'));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.undo();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('bumps the revision for map changes only, so autosave ignores selection', () => {
    const store = createEditorStore(smallMap());
    const start = store.getSnapshot().revision;
    store.select(['p']);
    expect(store.getSnapshot().revision).toBe(start);
    store.apply(renameP('No'));
    expect(store.getSnapshot().revision).toBe(start + 1);
  });

  it('loadMap replaces the map and forgets history and selection', () => {
    const store = createEditorStore(smallMap());
    store.select(['p']);
    store.apply(renameP('No'));
    const other = createMap({ title: 'Other' });
    store.loadMap(other);
    const state = store.getSnapshot();
    expect(state.map).toBe(other);
    expect(state.canUndo).toBe(false);
    expect(state.selectedNodes).toEqual([]);
  });

  it('drops selected ids that are not on the map, and keeps selection in sync after undo', () => {
    const store = createEditorStore(smallMap());
    store.select(['p', 'ghost', 'p'], ['e']);
    expect(store.getSnapshot().selectedNodes).toEqual(['p']);
    store.apply((map) => removeNode(map, 'p'));
    expect(store.getSnapshot().selectedNodes).toEqual([]);
    expect(store.getSnapshot().selectedEdges).toEqual([]);
  });

  it('turns a drag into a single undoable move', () => {
    const store = createEditorStore(smallMap());
    store.dragTo({ p: { x: 10, y: 10 } });
    store.dragTo({ p: { x: 40.4, y: 80.6 } });
    expect(store.getSnapshot().map.nodes.get('p')?.position).toBeUndefined();
    expect(store.getSnapshot().dragging.p).toEqual({ x: 40.4, y: 80.6 });
    store.endDrag();
    expect(store.getSnapshot().map.nodes.get('p')?.position).toEqual({ x: 40, y: 81 });
    expect(store.getSnapshot().dragging).toEqual({});
    store.undo();
    expect(store.getSnapshot().map.nodes.get('p')?.position).toBeUndefined();
  });

  it('switches a node off for a what-if, and undo switches it back on', () => {
    const store = createEditorStore(smallMap());
    const revision = store.getSnapshot().revision;
    store.toggleSwitchedOff('p');
    expect(store.getSnapshot().switchedOff.has('p')).toBe(true);
    expect(store.getSnapshot().revision).toBe(revision);
    store.undo();
    expect(store.getSnapshot().switchedOff.has('p')).toBe(false);
    store.redo();
    expect(store.getSnapshot().switchedOff.has('p')).toBe(true);
  });

  it('interleaves what-if switches with edits in one undo order', () => {
    const store = createEditorStore(smallMap());
    store.apply(renameP('Perhaps'));
    store.toggleSwitchedOff('p');
    store.apply(renameP('No'));
    store.undo();
    expect(store.getSnapshot().map.nodes.get('p')?.text).toBe('Perhaps');
    expect(store.getSnapshot().switchedOff.has('p')).toBe(true);
    store.undo();
    expect(store.getSnapshot().switchedOff.has('p')).toBe(false);
    expect(store.getSnapshot().map.nodes.get('p')?.text).toBe('Perhaps');
    store.undo();
    expect(store.getSnapshot().map.nodes.get('p')?.text).toBe('Yes');
  });
});

describe('a read-only editor store', () => {
  it('refuses edits with the reason, allows view changes without a new revision, and blocks drags', () => {
    const store = createEditorStore(smallMap());
    store.setReadOnly('Shared map: read-only.');
    const refused = store.apply(renameP('No'));
    expect(refused.ok).toBe(false);
    expect(refused.diagnostics[0]).toMatchObject({ code: READ_ONLY_CODE, message: 'Shared map: read-only.' });
    expect(store.getSnapshot().map.nodes.get('p')?.text).toBe('Yes');
    const revision = store.getSnapshot().revision;
    const folded = store.apply((map) => updateNode(map, 'q', { collapsed: true }), { view: true });
    expect(folded.ok).toBe(true);
    expect(store.getSnapshot().revision).toBe(revision);
    store.dragTo({ p: { x: 5, y: 5 } });
    expect(store.getSnapshot().dragging).toEqual({});
    store.setReadOnly(undefined);
    expect(store.apply(renameP('No')).ok).toBe(true);
  });
});
