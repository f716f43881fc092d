import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { editorMachine, shortcutsActive } from './editorMachine.ts';
import type { EditorMachineEmitted, EditorMachineEvent } from './events.ts';

/** Starts the statechart and records what it emits, so tests read like a student's steps. */
function createTestEditor() {
  const actor = createActor(editorMachine).start();
  const emitted: EditorMachineEmitted[] = [];
  actor.on('*', (event) => emitted.push(event));
  return {
    actor,
    emitted,
    send: (...events: EditorMachineEvent[]) => {
      for (const event of events) actor.send(event);
    },
    mode: () => actor.getSnapshot().value,
  };
}

describe('editor statechart', () => {
  it('starts idle, with shortcuts active', () => {
    const editor = createTestEditor();
    expect(editor.mode()).toBe('idle');
    expect(shortcutsActive(editor.actor.getSnapshot())).toBe(true);
  });

  it('commits inline text for the node being edited', () => {
    const editor = createTestEditor();
    editor.send({ type: 'EDIT_TEXT', nodeId: 'n1' });
    expect(editor.mode()).toBe('editing');
    expect(shortcutsActive(editor.actor.getSnapshot())).toBe(false);
    editor.send({ type: 'COMMIT_TEXT', text: 'Chips matter' });
    expect(editor.mode()).toBe('idle');
    expect(editor.emitted).toEqual([{ type: 'commitText', nodeId: 'n1', text: 'Chips matter' }]);
  });

  it('remembers where the text field shows: the outline when asked, the canvas otherwise', () => {
    const editor = createTestEditor();
    editor.send({ type: 'EDIT_TEXT', nodeId: 'n1', in: 'outline' });
    expect(editor.actor.getSnapshot().context.editingIn).toBe('outline');
    // Another node double-clicked on the canvas takes the field there.
    editor.send({ type: 'EDIT_TEXT', nodeId: 'n2' });
    expect(editor.actor.getSnapshot().context).toMatchObject({ editingId: 'n2', editingIn: 'canvas' });
    editor.send({ type: 'COMMIT_TEXT', text: 'Chips matter' });
    expect(editor.emitted).toEqual([{ type: 'commitText', nodeId: 'n2', text: 'Chips matter' }]);
    expect(editor.actor.getSnapshot().context.editingIn).toBe('canvas');
  });

  it('drops the text when editing is cancelled', () => {
    const editor = createTestEditor();
    editor.send({ type: 'EDIT_TEXT', nodeId: 'n1' }, { type: 'CANCEL' });
    expect(editor.mode()).toBe('idle');
    expect(editor.emitted).toEqual([{ type: 'cancelText', nodeId: 'n1' }]);
  });

  it('asks for the relation after a connection is dropped, then emits it', () => {
    const editor = createTestEditor();
    editor.send({ type: 'CONNECT_START', nodeId: 'a' }, { type: 'CONNECT_END', targetId: 'b' });
    expect(editor.mode()).toEqual({ dialog: 'relation' });
    editor.send({ type: 'PICK_RELATION', relation: 'opposes' });
    expect(editor.mode()).toBe('idle');
    expect(editor.emitted).toEqual([{ type: 'connect', source: 'a', target: 'b', relation: 'opposes' }]);
    expect(editor.actor.getSnapshot().context.connectFrom).toBeNull();
  });

  it('turns an undercut pick into a connection to the attacked edge', () => {
    const editor = createTestEditor();
    editor.send(
      { type: 'CONNECT_START', nodeId: 'u' },
      { type: 'CONNECT_END', targetId: 'b' },
      { type: 'PICK_RELATION', relation: 'undercuts', targetEdge: 'e-a-b' },
    );
    expect(editor.emitted).toEqual([
      { type: 'connect', source: 'u', target: 'e-a-b', relation: 'undercuts' },
    ]);
  });

  it('abandons a connection dropped on empty canvas', () => {
    const editor = createTestEditor();
    editor.send({ type: 'CONNECT_START', nodeId: 'a' }, { type: 'CONNECT_END', targetId: null });
    expect(editor.mode()).toBe('idle');
    expect(editor.emitted).toEqual([]);
  });

  it('asks about a self-attack when a connection is dropped on its own start', () => {
    const editor = createTestEditor();
    editor.send(
      { type: 'CONNECT_START', nodeId: 'a' },
      { type: 'CONNECT_END', targetId: 'a' },
      { type: 'PICK_RELATION', relation: 'opposes' },
    );
    expect(editor.emitted).toEqual([{ type: 'connect', source: 'a', target: 'a', relation: 'opposes' }]);
  });

  it('ignores shortcuts-level events while dragging', () => {
    const editor = createTestEditor();
    editor.send(
      { type: 'DRAG_START' },
      { type: 'EDIT_TEXT', nodeId: 'n1' },
      { type: 'OPEN_DIALOG', dialog: 'help' },
    );
    expect(editor.mode()).toBe('dragging');
    editor.send({ type: 'DRAG_END' });
    expect(editor.mode()).toBe('idle');
  });

  it('opens the quote and why dialogs only for a node', () => {
    const editor = createTestEditor();
    editor.send({ type: 'OPEN_DIALOG', dialog: 'quote' });
    expect(editor.mode()).toBe('idle');
    editor.send({ type: 'OPEN_DIALOG', dialog: 'why', nodeId: 'p1' });
    expect(editor.mode()).toEqual({ dialog: 'why' });
    expect(editor.actor.getSnapshot().context.dialogNodeId).toBe('p1');
    editor.send({ type: 'CANCEL' });
    expect(editor.actor.getSnapshot().context.dialogNodeId).toBeNull();
  });
});
