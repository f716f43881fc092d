import { type ArgMap, type Edit, fail, moveNodes, type Point, type Result } from '@argmap/core';
import { createEditorHistory, type EditorHistory } from './editorHistory.ts';
import { visibleSelection } from './reveal.ts';

/**
 * What the editor shows and edits, as one immutable snapshot. Every change produces a new snapshot;
 * untouched parts keep their identity, so selectors can compare with `===`.
 */
export interface EditorState {
  /** The map being edited. Replaced, never mutated. */
  readonly map: ArgMap;
  /** Ids of the selected nodes, in the order they were selected. */
  readonly selectedNodes: readonly string[];
  /** Ids of the selected edges. */
  readonly selectedEdges: readonly string[];
  /**
   * Evidence and claims switched off for a what-if ("what if this quote were wrong?"). They stay on
   * the map but evaluation ignores them. Undoable, like any edit, but never saved with the map.
   */
  readonly switchedOff: ReadonlySet<string>;
  /** Positions of nodes being dragged right now; committed to the map when the drag ends. */
  readonly dragging: Readonly<Record<string, Point>>;
  /** Whether {@link EditorStore.undo} / {@link EditorStore.redo} would do anything. */
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Labels of the next undo and redo steps, for tooltips ("Undo add reason"). */
  readonly undoLabel: string | undefined;
  readonly redoLabel: string | undefined;
  /** Increments on every change of the map itself (not selection or drags): autosave keys on it. */
  readonly revision: number;
  /** Increments each time {@link EditorStore.loadMap} opens a map; the canvas re-fits the view on it. */
  readonly opened: number;
  /**
   * Why the map cannot be edited (a shared map), or undefined when it can. While set, `apply`
   * refuses every edit except changes of view (collapsing), and drags do not move nodes.
   */
  readonly readOnly: string | undefined;
  /**
   * The edit made here that produced this snapshot's map: its label ("Add reason") and, for typing
   * that merges into one undo step, its merge key. Undefined when the map came from elsewhere
   * (opened, received from a class, undone).
   */
  readonly lastEdit: { readonly label: string; readonly mergeKey: string | undefined } | undefined;
}

/**
 * Undo and redo kept outside the store. In a live class every replica's map changes under it, so
 * the store's own history (patches against the map as it was) would undo other people's work;
 * the class session hands the store a per-person history instead (Yjs's `UndoManager`) and calls
 * {@link EditorStore.shareHistory} again whenever its stacks change.
 */
export interface SharedHistory {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel: string | undefined;
  readonly redoLabel: string | undefined;
  undo(): void;
  redo(): void;
}

/** A listener called after every change of the snapshot. */
export type EditorListener = () => void;

/** A core operation bound to its arguments, e.g. `(map) => addNode(map, { kind: 'claim' })`. */
export type MapOperation = (map: ArgMap) => Result<Edit>;

/**
 * The editor's state container, in plain TypeScript (no React). Components read it through
 * `useEditor(selector)`; the persistence and presentation code use `subscribe` and `getSnapshot`.
 */
export interface EditorStore {
  /** The current snapshot. Stable between changes (safe for `useSyncExternalStore`). */
  getSnapshot(): EditorState;
  /** Calls `listener` after every change; returns the function that unsubscribes. */
  subscribe(listener: EditorListener): () => void;
  /** Replaces the map (opening a file, a shared link, the example): clears history and selection. */
  loadMap(map: ArgMap): void;
  /**
   * Runs a core operation on the current map and records it as one undoable step (through the
   * core's history). Returns the operation's result: on refusal the map is unchanged and the
   * diagnostics say why; on success `value.created` lists the new ids.
   */
  apply(operation: MapOperation, options?: ApplyOptions): Result<Edit>;
  /** Makes the map read-only with the reason to show, or editable again with `undefined`. */
  setReadOnly(reason: string | undefined): void;
  /**
   * Replaces the map with one changed by someone else (a live class): keeps the selection, the
   * what-if switches and the view, and is not an undoable step here. Bumps `revision`.
   */
  receive(map: ArgMap): void;
  /**
   * Hands undo and redo to a history kept elsewhere (a live class), or back to the store's own
   * with `undefined`. Call it again when that history's state changes; the snapshot shows it.
   */
  shareHistory(shared: SharedHistory | undefined): void;
  /** Undoes the last edit or what-if switch. */
  undo(): void;
  /** Redoes the last undone step. */
  redo(): void;
  /**
   * Replaces the selection. Unknown ids are dropped; a node hidden in a collapsed branch is replaced
   * by the visible node above it (to select the node itself, expand first: `revealNode`).
   */
  select(nodes: readonly string[], edges?: readonly string[]): void;
  /** Switches a node off (or back on) for a what-if; an undoable step. */
  toggleSwitchedOff(nodeId: string): void;
  /** Moves nodes while a drag is in progress, without touching the map or the history. */
  dragTo(positions: Readonly<Record<string, Point>>): void;
  /** Ends a drag: the dragged positions become one undoable "Move" edit. */
  endDrag(): void;
}

/** Options of {@link EditorStore.apply}. */
export interface ApplyOptions {
  /**
   * The operation changes only how the map is shown (collapsing or expanding a branch), so it is
   * allowed on a read-only map too: a student reading a shared map may fold it.
   */
  view?: boolean;
}

/** The code of the refusal `apply` returns on a read-only map. */
export const READ_ONLY_CODE = 'editor/read-only';

/** Creates a store holding `map`, with empty history and selection. */
export function createEditorStore(map: ArgMap): EditorStore {
  let history: EditorHistory = createEditorHistory(map);
  let shared: SharedHistory | undefined;
  let state: EditorState = snapshotOf(history, shared, [], [], {}, 0, 0, undefined, undefined);
  const listeners = new Set<EditorListener>();

  function set(next: EditorState): void {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  }

  function fromHistory(
    next: EditorHistory,
    revisionBump: number,
    lastEdit?: EditorState['lastEdit'],
  ): EditorState {
    return snapshotOf(
      next,
      shared,
      visibleSelection(
        next.map,
        state.selectedNodes.filter((id) => next.map.nodes.has(id)),
      ),
      state.selectedEdges.filter((id) => next.map.edges.has(id)),
      {},
      state.revision + revisionBump,
      state.opened,
      state.readOnly,
      lastEdit,
    );
  }

  const store: EditorStore = {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadMap(next) {
      history = createEditorHistory(next);
      set(
        snapshotOf(
          history,
          shared,
          [],
          [],
          {},
          state.revision + 1,
          state.opened + 1,
          state.readOnly,
          undefined,
        ),
      );
    },
    receive(next) {
      if (next === history.map) return;
      history = createEditorHistory(next, history.switchedOff);
      set(fromHistory(history, 1));
    },
    shareHistory(next) {
      shared = next;
      if (shared === undefined) history = createEditorHistory(history.map, history.switchedOff);
      set(fromHistory(history, 0, state.lastEdit));
    },
    apply(operation, options) {
      if (state.readOnly !== undefined && !options?.view) {
        return fail([{ severity: 'error', code: READ_ONLY_CODE, message: state.readOnly }]);
      }
      const before = history.map;
      const outcome = history.apply(operation);
      // With a shared history, undo lives there: the store's own would only grow.
      history = shared ? createEditorHistory(outcome.history.map, history.switchedOff) : outcome.history;
      // A view change on a read-only map is not an edit to keep: `revision` (what autosave and the
      // shared-map guard watch) stays as it is.
      const bump = state.readOnly !== undefined ? 0 : 1;
      const edit = outcome.result.ok
        ? { label: outcome.result.value.label, mergeKey: outcome.result.value.mergeKey }
        : undefined;
      if (history.map !== before) set(fromHistory(history, bump, edit));
      return outcome.result;
    },
    undo() {
      if (shared) {
        shared.undo();
        return;
      }
      if (!history.canUndo) return;
      const before = history.map;
      history = history.undo();
      set(fromHistory(history, before === history.map ? 0 : 1));
    },
    redo() {
      if (shared) {
        shared.redo();
        return;
      }
      if (!history.canRedo) return;
      const before = history.map;
      history = history.redo();
      set(fromHistory(history, before === history.map ? 0 : 1));
    },
    select(nodes, edges = []) {
      const { map } = state;
      const nextNodes = unique(
        visibleSelection(
          map,
          nodes.filter((id) => map.nodes.has(id)),
        ),
      );
      const nextEdges = unique(edges.filter((id) => map.edges.has(id)));
      if (sameList(nextNodes, state.selectedNodes) && sameList(nextEdges, state.selectedEdges)) return;
      set({ ...state, selectedNodes: nextNodes, selectedEdges: nextEdges });
    },
    toggleSwitchedOff(nodeId) {
      if (!history.map.nodes.has(nodeId)) return;
      history = history.toggle(nodeId);
      set(fromHistory(history, 0));
    },
    setReadOnly(reason) {
      if (reason === state.readOnly) return;
      set({ ...state, readOnly: reason, dragging: {} });
    },
    dragTo(positions) {
      if (state.readOnly !== undefined) return;
      set({ ...state, dragging: { ...state.dragging, ...positions } });
    },
    endDrag() {
      const moved = state.dragging;
      if (Object.keys(moved).length === 0) return;
      set({ ...state, dragging: {} });
      store.apply((map) => moveNodes(map, rounded(map, moved)));
    },
  };
  return store;
}

function snapshotOf(
  history: EditorHistory,
  shared: SharedHistory | undefined,
  selectedNodes: readonly string[],
  selectedEdges: readonly string[],
  dragging: Readonly<Record<string, Point>>,
  revision: number,
  opened: number,
  readOnly: string | undefined,
  lastEdit: EditorState['lastEdit'],
): EditorState {
  const undoable = shared ?? history;
  return {
    map: history.map,
    switchedOff: history.switchedOff,
    selectedNodes,
    selectedEdges,
    dragging,
    canUndo: undoable.canUndo,
    canRedo: undoable.canRedo,
    undoLabel: undoable.undoLabel,
    redoLabel: undoable.redoLabel,
    revision,
    opened,
    readOnly,
    lastEdit,
  };
}

/** Whole-pixel positions for the dragged nodes still on the map (a node may be deleted mid-drag). */
function rounded(map: ArgMap, positions: Readonly<Record<string, Point>>): Record<string, Point> {
  const result: Record<string, Point> = {};
  for (const [id, { x, y }] of Object.entries(positions)) {
    if (map.nodes.has(id)) result[id] = { x: Math.round(x), y: Math.round(y) };
  }
  return result;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
