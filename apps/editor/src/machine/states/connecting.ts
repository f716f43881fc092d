import { assign } from 'xstate';
import { editorSetup, restingContext } from '../setup.ts';

/**
 * Connecting: a line is being drawn from `connectFrom` (dragging a handle, or pressing C and then
 * choosing a node with the keyboard). Dropping it on another node or edge asks for the relation.
 */
export const connectingState = editorSetup.createStateConfig({
  on: {
    CONNECT_END: [
      {
        guard: 'droppedOnTarget',
        target: 'dialog.relation',
        actions: assign({ connectTo: ({ event }) => event.targetId }),
      },
      { target: 'idle', actions: assign(restingContext) },
    ],
    CANCEL: { target: 'idle', actions: assign(restingContext) },
  },
});
