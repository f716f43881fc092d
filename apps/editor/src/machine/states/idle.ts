import { assign } from 'xstate';
import { editorSetup } from '../setup.ts';

/**
 * Idle: nothing in progress, shortcuts are live. Every other mode starts here; selection itself
 * lives in the store, so selecting by click or keyboard does not leave this mode.
 */
export const idleState = editorSetup.createStateConfig({
  on: {
    SELECT_BOX_START: { target: 'selecting' },
    DRAG_START: { target: 'dragging' },
    EDIT_TEXT: {
      target: 'editing',
      actions: assign({
        editingId: ({ event }) => event.nodeId,
        editingIn: ({ event }) => event.in ?? 'canvas',
      }),
    },
    CONNECT_START: {
      target: 'connecting',
      actions: assign({ connectFrom: ({ event }) => event.nodeId }),
    },
    OPEN_DIALOG: [
      { guard: 'isHelp', target: 'dialog.help' },
      {
        guard: 'isQuote',
        target: 'dialog.quote',
        actions: assign({ dialogNodeId: ({ event }) => event.nodeId ?? null }),
      },
      {
        guard: 'isWhy',
        target: 'dialog.why',
        actions: assign({ dialogNodeId: ({ event }) => event.nodeId ?? null }),
      },
    ],
  },
});
