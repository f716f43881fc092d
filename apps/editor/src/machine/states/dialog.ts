import { assign, emit } from 'xstate';
import { editorSetup, restingContext } from '../setup.ts';

/**
 * A dialog over the canvas: the shortcut help, a full quote, the "why?" breakdown of a node's
 * strength, or the relation picker after a connection. Escape (CANCEL) always closes it.
 */
export const dialogState = editorSetup.createStateConfig({
  initial: 'help',
  on: {
    CANCEL: { target: 'idle', actions: assign(restingContext) },
  },
  states: {
    help: {},
    quote: {},
    why: {},
    relation: {
      on: {
        PICK_RELATION: {
          target: '#editor.idle',
          actions: [
            emit(({ context, event }) => ({
              type: 'connect' as const,
              source: context.connectFrom ?? '',
              target: (event.relation === 'undercuts' ? event.targetEdge : context.connectTo) ?? '',
              relation: event.relation,
            })),
            assign(restingContext),
          ],
        },
      },
    },
  },
});
