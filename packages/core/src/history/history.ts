/**
 * Undo and redo over edits. A history is an immutable value: every function returns a new one,
 * which suits React state and xstate context. Each step keeps the maps before and after it:
 * maps share all but the changed part of their tables, so a snapshot costs O(log n), a long
 * history of a large map stays small, and undo restores the exact prior map (order included)
 * in O(1). Steps also carry the edits' patches, for callers that sync or log changes.
 *
 * @module
 */

import type { Patch } from 'immer';
import type { ArgMap } from '../model/types.ts';
import type { Edit } from '../operations/edit.ts';
import type { Result } from '../result.ts';

/** One undo step: the patches of one edit, or of several merged or grouped edits. */
export interface HistoryStep {
  /** For an undo menu, e.g. "Edit text". */
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** The map before the step: what undo restores. */
  before: ArgMap;
  /** The map after the step: what redo restores. */
  after: ArgMap;
  /** Merge key of the edits in this step, if they were keystrokes in one field. */
  mergeKey?: string;
  /** When the step's last edit was recorded (milliseconds), for merging keystrokes. */
  time: number;
}

/** An open transaction: edits recorded since {@link beginTransaction}. */
export interface Transaction {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** The map when the transaction began, restored by {@link rollbackTransaction}. */
  start: ArgMap;
}

/** The current map with its undo and redo stacks. */
export interface History {
  /** The map as it is now. */
  readonly map: ArgMap;
  /** Undo steps, oldest first. */
  readonly past: readonly HistoryStep[];
  /** Redo steps, next first. */
  readonly future: readonly HistoryStep[];
  /** Set between {@link beginTransaction} and its commit or rollback. */
  readonly transaction?: Transaction;
  /** Whether the next edit may merge into the last step; cleared by undo, redo and {@link seal}. */
  readonly mergeable: boolean;
  readonly options: Required<HistoryOptions>;
}

/** How a history behaves. */
export interface HistoryOptions {
  /** Most undo steps kept; the oldest are dropped. Default 500. */
  limit?: number;
  /** Edits with the same merge key closer than this (ms) become one step. Default 1000. */
  mergeWindowMs?: number;
}

/** A history whose present is `map`, with nothing to undo or redo. */
export function createHistory(map: ArgMap, options: HistoryOptions = {}): History {
  return {
    map,
    past: [],
    future: [],
    mergeable: false,
    options: { limit: options.limit ?? 500, mergeWindowMs: options.mergeWindowMs ?? 1000 },
  };
}

/**
 * Adds an edit as a new undo step (clearing redo). Inside a transaction it joins the transaction
 * instead. Outside one, it merges into the last step when both carry the same merge key, the
 * gap is within the merge window, and nothing (undo, redo, {@link seal}) came between.
 * `edit` must have been made on `history.map`; anything else is a bug and throws.
 */
export function record(history: History, edit: Edit, now: number = Date.now()): History {
  if (edit.before !== history.map) {
    throw new Error(
      'This edit was made on a different map than the history holds; apply edits to history.map.',
    );
  }
  if (history.transaction) {
    const open = history.transaction;
    return {
      ...history,
      map: edit.map,
      future: [],
      transaction: {
        ...open,
        patches: [...open.patches, ...edit.patches],
        inversePatches: [...edit.inversePatches, ...open.inversePatches],
      },
    };
  }
  const last = history.past.at(-1);
  if (
    last !== undefined &&
    history.mergeable &&
    edit.mergeKey !== undefined &&
    last.mergeKey === edit.mergeKey &&
    now - last.time <= history.options.mergeWindowMs
  ) {
    const merged: HistoryStep = {
      ...last,
      patches: [...last.patches, ...edit.patches],
      inversePatches: [...edit.inversePatches, ...last.inversePatches],
      after: edit.map,
      time: now,
    };
    return {
      ...history,
      map: edit.map,
      past: [...history.past.slice(0, -1), merged],
      future: [],
      mergeable: true,
    };
  }
  const step: HistoryStep = {
    label: edit.label,
    patches: edit.patches,
    inversePatches: edit.inversePatches,
    before: edit.before,
    after: edit.map,
    time: now,
  };
  if (edit.mergeKey !== undefined) step.mergeKey = edit.mergeKey;
  const past = [...history.past, step];
  if (past.length > history.options.limit) past.splice(0, past.length - history.options.limit);
  return { ...history, map: edit.map, past, future: [], mergeable: true };
}

/**
 * Runs an operation on the history's map and records it: the usual way to edit.
 * A refused operation leaves the history as it was and returns the operation's diagnostics.
 */
export function apply(
  history: History,
  operation: (map: ArgMap) => Result<Edit>,
  now: number = Date.now(),
): Result<History> {
  const result = operation(history.map);
  if (!result.ok) return result;
  return { ok: true, value: record(history, result.value, now), diagnostics: result.diagnostics };
}

/** Whether there is a step to undo (an open transaction counts: undo rolls it back). */
export function canUndo(history: History): boolean {
  return (
    history.past.length > 0 || (history.transaction !== undefined && history.transaction.patches.length > 0)
  );
}

/** Whether there is a step to redo. */
export function canRedo(history: History): boolean {
  return history.future.length > 0 && history.transaction === undefined;
}

/**
 * Undoes the last step. With a transaction open, rolls back its edits instead; an open
 * transaction with no edits yet is simply closed, and the last step undone.
 */
export function undo(history: History): History {
  if (history.transaction) {
    const closed = rollbackTransaction(history);
    return history.transaction.patches.length > 0 ? closed : undo(closed);
  }
  const last = history.past.at(-1);
  if (last === undefined) return history;
  return {
    ...history,
    map: last.before,
    past: history.past.slice(0, -1),
    future: [last, ...history.future],
    mergeable: false,
  };
}

/** Redoes the step last undone. Does nothing while a transaction is open. */
export function redo(history: History): History {
  const next = history.future[0];
  if (next === undefined || history.transaction) return history;
  return {
    ...history,
    map: next.after,
    past: [...history.past, next],
    future: history.future.slice(1),
    mergeable: false,
  };
}

/** Ends keystroke merging, e.g. when a text field loses focus: the next edit starts a new step. */
export function seal(history: History): History {
  return history.mergeable ? { ...history, mergeable: false } : history;
}

/**
 * Starts grouping edits into one undo step, e.g. for a drag that moves nodes many times. Edits
 * recorded until {@link commitTransaction} become one step labelled `label`. If a transaction
 * is already open, this one joins it (nesting is flattened).
 */
export function beginTransaction(history: History, label: string): History {
  if (history.transaction) return history;
  return {
    ...history,
    transaction: { label, patches: [], inversePatches: [], start: history.map },
    mergeable: false,
  };
}

/** Closes the open transaction as one undo step (none if it recorded no edits). */
export function commitTransaction(history: History, now: number = Date.now()): History {
  const open = history.transaction;
  if (!open) return history;
  const { transaction: _closed, ...rest } = history;
  if (open.patches.length === 0) return { ...rest, mergeable: false };
  const step: HistoryStep = {
    label: open.label,
    patches: open.patches,
    inversePatches: open.inversePatches,
    before: open.start,
    after: history.map,
    time: now,
  };
  const past = [...history.past, step];
  if (past.length > history.options.limit) past.splice(0, past.length - history.options.limit);
  return { ...rest, past, future: [], mergeable: false };
}

/** Abandons the open transaction, restoring the map as it was when the transaction began. */
export function rollbackTransaction(history: History): History {
  const open = history.transaction;
  if (!open) return history;
  const { transaction: _closed, ...rest } = history;
  return { ...rest, map: open.start, mergeable: false };
}
