import type { ArgMap } from '@argmap/core';

/** What undo and redo restore: the map, and which nodes are switched off for a what-if. */
export interface EditorDocument {
  readonly map: ArgMap;
  readonly switchedOff: ReadonlySet<string>;
}

/** How many steps undo remembers; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/**
 * An immutable undo/redo stack of editor documents. Maps are immutable and share structure, so a
 * step costs only the objects the edit replaced.
 */
export interface EditorHistory {
  readonly present: EditorDocument;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Label of the step {@link undo} would revert. */
  readonly undoLabel: string | undefined;
  /** Label of the step {@link redo} would reapply. */
  readonly redoLabel: string | undefined;
  /** A new history with `next` as the present; clears the redo stack. */
  push(label: string, next: EditorDocument): EditorHistory;
  undo(): EditorHistory;
  redo(): EditorHistory;
}

interface Step {
  readonly label: string;
  readonly doc: EditorDocument;
}

/** A history whose present is `initial`, with nothing to undo or redo. */
export function createEditorHistory(initial: EditorDocument): EditorHistory {
  return historyOf([], initial, []);
}

/**
 * `past` holds, newest last, the documents before each step with that step's label;
 * `future` holds, newest last, the documents undo walked away from.
 */
function historyOf(past: readonly Step[], present: EditorDocument, future: readonly Step[]): EditorHistory {
  const lastPast = past[past.length - 1];
  const lastFuture = future[future.length - 1];
  return {
    present,
    canUndo: lastPast !== undefined,
    canRedo: lastFuture !== undefined,
    undoLabel: lastPast?.label,
    redoLabel: lastFuture?.label,
    push(label, next) {
      const kept = past.length >= HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT + 1) : past;
      return historyOf([...kept, { label, doc: present }], next, []);
    },
    undo() {
      if (!lastPast) return this;
      return historyOf(past.slice(0, -1), lastPast.doc, [...future, { label: lastPast.label, doc: present }]);
    },
    redo() {
      if (!lastFuture) return this;
      return historyOf(
        [...past, { label: lastFuture.label, doc: present }],
        lastFuture.doc,
        future.slice(0, -1),
      );
    },
  };
}
