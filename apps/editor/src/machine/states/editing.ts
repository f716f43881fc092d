import { assign, emit } from 'xstate';
import { editorSetup, restingContext } from '../setup.ts';

/**
 * Editing a node's text inline. Keys go to the text field, not to shortcuts. Committing hands the
 * text to the store; cancelling (Escape) drops it and
 * emits `cancelText`, so a node created only to be typed into and never given text can be taken back.
 */
export const editingState = editorSetup.createStateConfig({
  on: {
    COMMIT_TEXT: {
      target: 'idle',
      actions: [
        emit(({ context, event }) => ({
          type: 'commitText' as const,
          nodeId: context.editingId ?? '',
          text: event.text,
        })),
        assign(restingContext),
      ],
    },
    // Starting to edit another node (double-click elsewhere) switches the field without committing
    // twice: the text field commits itself on blur before this event arrives.
    EDIT_TEXT: {
      actions: assign({
        editingId: ({ event }) => event.nodeId,
        editingIn: ({ event }) => event.in ?? 'canvas',
      }),
    },
    CANCEL: {
      target: 'idle',
      actions: [
        emit(({ context }) => ({ type: 'cancelText' as const, nodeId: context.editingId ?? '' })),
        assign(restingContext),
      ],
    },
  },
});
