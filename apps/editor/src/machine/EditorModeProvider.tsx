import { createActorContext } from '@xstate/react';
import { editorMachine } from './editorMachine.ts';

/**
 * The running editor statechart, shared by the components that send it events or read the mode.
 * `EditorMode.Provider` starts one actor; `EditorMode.useSelector` reads it; `EditorMode.useActorRef`
 * sends to it. The listener that turns its emitted events into store edits lives in `useModeEffects`.
 */
export const EditorMode = createActorContext(editorMachine);
