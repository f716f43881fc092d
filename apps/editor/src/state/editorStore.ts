import type { ArgMap, Point } from '@argmap/core';
import { createEditorHistory, type EditorHistory } from './editorHistory.ts';

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
}

/** A listener called after every change of the snapshot. */
export type EditorListener = () => void;

/** How an edit changes the document: a new map (or the same one for "nothing to do"). */
export type MapEdit = (map: ArgMap) => ArgMap;

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
   * Applies an edit as one undoable step called `label`. An edit that returns the same map object
   * is a no-op and leaves no history entry.
   */
  edit(label: string, change: MapEdit): void;
  /** Undoes the last edit or what-if switch. */
  undo(): void;
  /** Redoes the last undone step. */
  redo(): void;
  /** Replaces the selection. Unknown ids are dropped. */
  select(nodes: readonly string[], edges?: readonly string[]): void;
  /** Switches a node off (or back on) for a what-if; an undoable step. */
  toggleSwitchedOff(nodeId: string): void;
  /** Moves nodes while a drag is in progress, without touching the map or the history. */
  dragTo(positions: Readonly<Record<string, Point>>): void;
  /** Ends a drag: the dragged positions become one undoable "Move" edit. */
  endDrag(): void;
}

/** Creates a store holding `map`, with empty history and selection. */
export function createEditorStore(map: ArgMap): EditorStore {
  let history: EditorHistory = createEditorHistory({ map, switchedOff: new Set() });
  let state: EditorState = snapshotOf(history, [], [], {}, 0);
  const listeners = new Set<EditorListener>();

  function set(next: EditorState): void {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  }

  function fromHistory(next: EditorHistory, revisionBump: number): EditorState {
    const doc = next.present;
    return snapshotOf(
      next,
      state.selectedNodes.filter((id) => id in doc.map.nodes),
      state.selectedEdges.filter((id) => id in doc.map.edges),
      {},
      state.revision + revisionBump,
    );
  }

  const store: EditorStore = {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadMap(next) {
      history = createEditorHistory({ map: next, switchedOff: new Set() });
      set(snapshotOf(history, [], [], {}, state.revision + 1));
    },
    edit(label, change) {
      const current = history.present;
      const map = change(current.map);
      if (map === current.map) return;
      history = history.push(label, { map, switchedOff: current.switchedOff });
      set(fromHistory(history, 1));
    },
    undo() {
      if (!history.canUndo) return;
      const before = history.present.map;
      history = history.undo();
      set(fromHistory(history, before === history.present.map ? 0 : 1));
    },
    redo() {
      if (!history.canRedo) return;
      const before = history.present.map;
      history = history.redo();
      set(fromHistory(history, before === history.present.map ? 0 : 1));
    },
    select(nodes, edges = []) {
      const { map } = state;
      const nextNodes = unique(nodes.filter((id) => id in map.nodes));
      const nextEdges = unique(edges.filter((id) => id in map.edges));
      if (sameList(nextNodes, state.selectedNodes) && sameList(nextEdges, state.selectedEdges)) return;
      set({ ...state, selectedNodes: nextNodes, selectedEdges: nextEdges });
    },
    toggleSwitchedOff(nodeId) {
      const current = history.present;
      if (!(nodeId in current.map.nodes)) return;
      const switchedOff = new Set(current.switchedOff);
      const on = switchedOff.delete(nodeId);
      if (!on) switchedOff.add(nodeId);
      history = history.push(on ? 'Switch back on' : 'Switch off (what-if)', {
        map: current.map,
        switchedOff,
      });
      set(fromHistory(history, 0));
    },
    dragTo(positions) {
      set({ ...state, dragging: { ...state.dragging, ...positions } });
    },
    endDrag() {
      const moved = state.dragging;
      if (Object.keys(moved).length === 0) return;
      set({ ...state, dragging: {} });
      store.edit('Move', (map) => withPositions(map, moved));
    },
  };
  return store;
}

function snapshotOf(
  history: EditorHistory,
  selectedNodes: readonly string[],
  selectedEdges: readonly string[],
  dragging: Readonly<Record<string, Point>>,
  revision: number,
): EditorState {
  return {
    map: history.present.map,
    switchedOff: history.present.switchedOff,
    selectedNodes,
    selectedEdges,
    dragging,
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    undoLabel: history.undoLabel,
    redoLabel: history.redoLabel,
    revision,
  };
}

/** The map with the given nodes moved; ids no longer on the map are ignored. */
function withPositions(map: ArgMap, positions: Readonly<Record<string, Point>>): ArgMap {
  const nodes = { ...map.nodes };
  let changed = false;
  for (const [id, position] of Object.entries(positions)) {
    const node = nodes[id];
    if (!node) continue;
    if (node.position && node.position.x === position.x && node.position.y === position.y) continue;
    nodes[id] = { ...node, position: { x: Math.round(position.x), y: Math.round(position.y) } };
    changed = true;
  }
  return changed ? { ...map, nodes } : map;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
