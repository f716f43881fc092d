import { setup } from 'xstate';
import type { EditorMachineContext, EditorMachineEmitted, EditorMachineEvent } from './events.ts';

/**
 * The statechart's shared vocabulary (types, actions, guards). Each mode lives in its own file under
 * `states/` and is built with `editorSetup.createStateConfig`, so it stays type-checked.
 */
export const editorSetup = setup({
  types: {
    context: {} as EditorMachineContext,
    events: {} as EditorMachineEvent,
    emitted: {} as EditorMachineEmitted,
  },
  guards: {
    /**
     * A connection was dropped on a node. Dropped back on its own start, it asks whether the
     * statement opposes itself (the canvas turns a mere click on a handle into "dropped nowhere").
     */
    droppedOnTarget: ({ event }) => event.type === 'CONNECT_END' && event.targetId !== null,
    isHelp: ({ event }) => event.type === 'OPEN_DIALOG' && event.dialog === 'help',
    isQuote: ({ event }) => event.type === 'OPEN_DIALOG' && event.dialog === 'quote' && !!event.nodeId,
    isWhy: ({ event }) => event.type === 'OPEN_DIALOG' && event.dialog === 'why' && !!event.nodeId,
  },
});

/** The context every mode returns to: nothing being edited, connected or shown. */
export const restingContext: EditorMachineContext = {
  editingId: null,
  editingIn: 'canvas',
  connectFrom: null,
  connectTo: null,
  dialogNodeId: null,
};
