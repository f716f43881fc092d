import { Table } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import type { EditorMachineEvent } from '../machine/events.ts';
import { createEditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';
import { type ClipboardPort, createEditorCommands, memoryClipboard } from './editorCommands.ts';

/** Commands over a fresh store, recording what they tell the statechart and the student. */
function setup(clipboard: ClipboardPort = memoryClipboard(), map = smallDebate()) {
  const store = createEditorStore(map);
  const sent: EditorMachineEvent[] = [];
  const messages: string[] = [];
  const commands = createEditorCommands({
    store,
    send: (event) => sent.push(event),
    clipboard,
    announce: (message) => messages.push(message),
  });
  return { store, commands, sent, messages };
}

describe('editor commands', () => {
  it('adds a question to an empty map and a claim otherwise, then starts editing it', () => {
    const { store, commands, sent } = setup(memoryClipboard(), {
      ...smallDebate(),
      nodes: Table.empty(),
      edges: Table.empty(),
    });
    commands.addNode();
    const [first] = store.getSnapshot().map.nodes.toArray();
    expect(first?.kind).toBe('question');
    expect(store.getSnapshot().selectedNodes).toEqual([first?.id]);
    expect(sent).toEqual([{ type: 'EDIT_TEXT', nodeId: first?.id }]);
    commands.addNode(undefined, { x: 10, y: 20 });
    const second = store
      .getSnapshot()
      .map.nodes.toArray()
      .find((node) => node.id !== first?.id);
    expect(second).toMatchObject({ kind: 'claim', position: { x: 10, y: 20 } });
  });

  it('adds a reason, an objection and evidence in one undo step each', () => {
    const { store, commands } = setup();
    commands.addChild('objection', 'yes');
    const map = store.getSnapshot().map;
    const id = store.getSnapshot().selectedNodes[0] ?? '';
    expect(map.nodes.get(id)?.kind).toBe('claim');
    expect(map.edges.toArray().find((edge) => edge.source === id)).toMatchObject({
      kind: 'opposes',
      target: 'yes',
    });
    expect(store.getSnapshot().undoLabel).toBe('Add objection');
    store.undo();
    expect(store.getSnapshot().map.nodes.get(id)).toBeUndefined();
    commands.addChild('reason', 'q');
    const position = store.getSnapshot().selectedNodes[0] ?? '';
    expect(store.getSnapshot().map.nodes.get(position)?.kind).toBe('position');
  });

  it('opens the text field where it was asked for: the outline row, or the canvas by default', () => {
    const { store, commands, sent } = setup();
    commands.addChild('reason', 'yes', 'outline');
    const added = store.getSnapshot().selectedNodes[0];
    commands.editText('no', 'outline');
    commands.editText('no');
    expect(sent).toEqual([
      { type: 'EDIT_TEXT', nodeId: added, in: 'outline' },
      { type: 'EDIT_TEXT', nodeId: 'no', in: 'outline' },
      { type: 'EDIT_TEXT', nodeId: 'no' },
    ]);
  });

  it('opens a collapsed parent when adding under it, so the new node is visible', () => {
    const map = smallDebate();
    map.nodes = map.nodes.update('yes', (node) => ({ ...node, collapsed: true }));
    const { store, commands } = setup(memoryClipboard(), map);
    commands.addChild('evidence', 'yes');
    expect(store.getSnapshot().map.nodes.get('yes')?.collapsed).toBeUndefined();
  });

  it('asks for a selection before adding a child', () => {
    const { store, commands, messages } = setup();
    const before = store.getSnapshot().map;
    commands.addChild('reason');
    expect(store.getSnapshot().map).toBe(before);
    expect(messages[0]).toMatch(/Select a node first/);
  });

  it('copies nodes with the links between them and pastes them into another map', async () => {
    const clipboard = memoryClipboard();
    const source = setup(clipboard);
    source.store.select(['yes', 'ev']);
    await source.commands.copy();
    const target = setup(clipboard, { ...smallDebate(), nodes: Table.empty(), edges: Table.empty() });
    await target.commands.paste();
    const map = target.store.getSnapshot().map;
    expect(
      map.nodes
        .toArray()
        .map((node) => node.text)
        .sort(),
    ).toEqual(['Ban them', 'Scores rose after bans']);
    expect(map.edges.toArray()).toHaveLength(1);
    expect(target.store.getSnapshot().selectedNodes).toHaveLength(2);
    expect(target.messages.at(-1)).toBe('Pasted 2 nodes.');
  });

  it('refuses to paste text that is not Argmap nodes, and says so', async () => {
    const clipboard = memoryClipboard();
    await clipboard.write('just some words');
    const { store, commands, messages } = setup(clipboard);
    const before = store.getSnapshot().map;
    await commands.paste();
    expect(store.getSnapshot().map).toBe(before);
    expect(messages.at(-1)).toMatch(/no Argmap nodes/);
  });

  it('deletes the selection with its links, and tidy forgets hand-set positions', () => {
    const map = smallDebate();
    map.nodes = map.nodes.update('no', (node) => ({ ...node, position: { x: 500, y: 500 } }));
    const { store, commands } = setup(memoryClipboard(), map);
    commands.tidy();
    expect(store.getSnapshot().map.nodes.get('no')?.position).toBeUndefined();
    store.select(['yes']);
    commands.deleteSelection();
    expect(store.getSnapshot().map.nodes.get('yes')).toBeUndefined();
    expect(store.getSnapshot().map.edges.get('e1')).toBeUndefined();
    expect(store.getSnapshot().map.edges.get('e3')).toBeUndefined();
  });

  it('announces what undo and redo did', () => {
    const { commands, messages } = setup();
    commands.addChild('reason', 'yes');
    commands.undo();
    commands.redo();
    expect(messages.slice(-2)).toEqual(['Undone: Add reason.', 'Redone: Add reason.']);
  });
});
