import {
  type ArgMap,
  canRedo as coreCanRedo,
  canUndo as coreCanUndo,
  redo as coreRedo,
  undo as coreUndo,
  createHistory,
  type Edit,
  type History,
  type Result,
  record,
  seal,
} from '@argmap/core';

/**
 * One undo step as the editor sees it: an edit of the map (undone by the core's history), or a
 * what-if switch (editor-only: it changes evaluation, not the saved map).
 */
type Step = { kind: 'map'; label: string } | { kind: 'switch'; label: string; nodeId: string };

/**
 * Undo/redo for the editor: the core's patch-based {@link History} for the map, interleaved with
 * what-if switches, so Ctrl+Z walks back through both in the order the student did them.
 * Immutable: every method returns a new value.
 */
export interface EditorHistory {
  readonly map: ArgMap;
  /** Nodes switched off for a what-if. */
  readonly switchedOff: ReadonlySet<string>;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Label of the step undo would revert, e.g. "Add evidence". */
  readonly undoLabel: string | undefined;
  readonly redoLabel: string | undefined;
  /** Records an edit made on {@link map}; consecutive keystrokes in one field merge into one step. */
  record(edit: Edit, now?: number): EditorHistory;
  /** Runs an operation on {@link map} and records it; a refused operation changes nothing. */
  apply(operation: (map: ArgMap) => Result<Edit>): { history: EditorHistory; result: Result<Edit> };
  /** Switches a node off, or back on, as one undoable step. */
  toggle(nodeId: string): EditorHistory;
  undo(): EditorHistory;
  redo(): EditorHistory;
}

/**
 * A history whose present is `map`, with nothing to undo or redo, and `switchedOff` (those still on
 * the map) switched off: none by default.
 */
export function createEditorHistory(
  map: ArgMap,
  switchedOff: ReadonlySet<string> = new Set(),
): EditorHistory {
  const kept = [...switchedOff].filter((id) => map.nodes.has(id));
  return historyOf(createHistory(map), new Set(kept), [], []);
}

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

function historyOf(
  core: History,
  switchedOff: ReadonlySet<string>,
  past: readonly Step[],
  future: readonly Step[],
): EditorHistory {
  // The core drops its oldest steps past its limit; map steps it no longer holds cannot be undone.
  const undoable = past.filter((step) => step.kind === 'map').length <= core.past.length;
  const lastPast = past.at(-1);
  const lastFuture = future.at(-1);
  const canUndo = lastPast !== undefined && (lastPast.kind === 'switch' || (undoable && coreCanUndo(core)));
  const history: EditorHistory = {
    map: core.map,
    switchedOff,
    canUndo,
    canRedo: lastFuture !== undefined,
    undoLabel: canUndo ? lastPast?.label : undefined,
    redoLabel: lastFuture?.label,
    record(edit, now) {
      const next = record(core, edit, now);
      const merged = next.past.length === core.past.length && lastPast?.kind === 'map';
      const steps = merged ? past : [...past, { kind: 'map' as const, label: edit.label }];
      return historyOf(next, switchedOff, steps.slice(-next.options.limit * 2), []);
    },
    apply(operation) {
      const result = operation(core.map);
      if (!result.ok || result.value.map === core.map) return { history, result };
      return { history: history.record(result.value), result };
    },
    toggle(nodeId) {
      const label = switchedOff.has(nodeId) ? 'Switch back on' : 'Switch off (what-if)';
      // Sealed so typing after a switch does not merge into the text edit before it.
      return historyOf(
        seal(core),
        toggled(switchedOff, nodeId),
        [...past, { kind: 'switch', label, nodeId }],
        [],
      );
    },
    undo() {
      if (!canUndo || !lastPast) return history;
      const rest = past.slice(0, -1);
      if (lastPast.kind === 'switch') {
        return historyOf(core, toggled(switchedOff, lastPast.nodeId), rest, [...future, lastPast]);
      }
      return historyOf(coreUndo(core), switchedOff, rest, [...future, lastPast]);
    },
    redo() {
      if (!lastFuture) return history;
      const rest = future.slice(0, -1);
      if (lastFuture.kind === 'switch') {
        return historyOf(core, toggled(switchedOff, lastFuture.nodeId), [...past, lastFuture], rest);
      }
      if (!coreCanRedo(core)) return history;
      return historyOf(coreRedo(core), switchedOff, [...past, lastFuture], rest);
    },
  };
  return history;
}
