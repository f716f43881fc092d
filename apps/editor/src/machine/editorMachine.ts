import type { SnapshotFrom } from 'xstate';
import { editorSetup, restingContext } from './setup.ts';
import { connectingState } from './states/connecting.ts';
import { dialogState } from './states/dialog.ts';
import { editingState } from './states/editing.ts';
import { idleState } from './states/idle.ts';
import { draggingState, selectingState } from './states/transient.ts';

/**
 * The editor's modes as one statechart: idle, selecting (box), editing text, connecting, dragging,
 * and dialogs (help, quote, why, relation). The map itself lives in the editor store; the machine
 * only decides what input means right now, and emits `commitText` and `connect` for the store.
 */
export const editorMachine = editorSetup.createMachine({
  id: 'editor',
  initial: 'idle',
  context: restingContext,
  states: {
    idle: idleState,
    selecting: selectingState,
    editing: editingState,
    connecting: connectingState,
    dragging: draggingState,
    dialog: dialogState,
  },
});

/** A snapshot of the editor's statechart. */
export type EditorMachineSnapshot = SnapshotFrom<typeof editorMachine>;

/** Whether keyboard shortcuts apply: only when nothing else (text field, dialog, drag) owns the keys. */
export function shortcutsActive(snapshot: EditorMachineSnapshot): boolean {
  return snapshot.matches('idle');
}
