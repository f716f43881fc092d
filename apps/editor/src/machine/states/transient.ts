import { editorSetup } from '../setup.ts';

/** Drawing a selection box: ends when the pointer is released. */
export const selectingState = editorSetup.createStateConfig({
  on: {
    SELECT_BOX_END: { target: 'idle' },
    CANCEL: { target: 'idle' },
  },
});

/**
 * Dragging nodes: the store tracks positions frame by frame; the mode keeps shortcuts (Delete, undo)
 * from firing halfway through a drag.
 */
export const draggingState = editorSetup.createStateConfig({
  on: {
    DRAG_END: { target: 'idle' },
  },
});
