import type { EdgeKind } from '@argmap/core';

/** Dialogs the editor can show over the canvas; one at a time. */
export type DialogKind = 'help' | 'quote' | 'why' | 'relation';

/** Where a node's text is edited: on its box on the canvas, or in its row of the outline. */
export type EditSurface = 'canvas' | 'outline';

/** Relations a student can pick when connecting two nodes (undercuts need an edge as target). */
export type NodeRelation = Exclude<EdgeKind, 'undercuts'>;

/** What the editor's statechart remembers besides its mode. */
export interface EditorMachineContext {
  /** The node whose text is being edited inline. */
  editingId: string | null;
  /** Where that text field is: the canvas node or the outline row (only one of them shows it). */
  editingIn: EditSurface;
  /** The node a connection starts from (a reason or objection being attached). */
  connectFrom: string | null;
  /** The node or edge a connection goes to, once dropped; waiting for the relation to be picked. */
  connectTo: string | null;
  /** The node a `quote` or `why` dialog is about. */
  dialogNodeId: string | null;
}

/**
 * Everything that changes the editor's mode. Components send these; the statechart decides whether
 * they apply in the current mode (a shortcut typed while editing text is just a letter).
 */
export type EditorMachineEvent =
  | { type: 'SELECT_BOX_START' }
  | { type: 'SELECT_BOX_END' }
  /** `in`: where to show the text field; the canvas unless the outline asked (Enter on a row). */
  | { type: 'EDIT_TEXT'; nodeId: string; in?: EditSurface }
  | { type: 'COMMIT_TEXT'; text: string }
  | { type: 'CONNECT_START'; nodeId: string }
  | { type: 'CONNECT_END'; targetId: string | null }
  /** `targetEdge`: for `undercuts`, the edge (into the drop target) that the source attacks. */
  | { type: 'PICK_RELATION'; relation: EdgeKind; targetEdge?: string }
  | { type: 'DRAG_START' }
  | { type: 'DRAG_END' }
  | { type: 'OPEN_DIALOG'; dialog: Exclude<DialogKind, 'relation'>; nodeId?: string }
  | { type: 'CANCEL' };

/**
 * What the statechart asks the rest of the editor to do, as emitted events: the machine decides,
 * the store changes the map. Listen with `actor.on('commitText', …)`.
 */
export type EditorMachineEmitted =
  | { type: 'commitText'; nodeId: string; text: string }
  /** Editing was cancelled (Escape): a node created for this edit and still empty is taken back. */
  | { type: 'cancelText'; nodeId: string }
  | { type: 'connect'; source: string; target: string; relation: EdgeKind };
