/**
 * `guardUpdate`: decides what a client's Yjs update does to a room's document, before any of it
 * reaches the document.
 *
 * The update is applied to a copy of the document; the map read from the copy must pass
 * `checkChange` (the core's validation, the member's role, the lock, the size limit) and
 * `checkRoots`. If it passes, the result is the update to apply (the client's change plus the
 * server's attribution of what it added). If it does not, the change is undone on the copy and
 * the result is the client's change together with its undoing: applied to the document, it
 * leaves the map exactly as it was, and relayed to every client (the sender included) it rolls
 * the sender's replica back too, so all replicas keep converging. The refusal says why.
 *
 * @module
 */

import {
  type ClassLimits,
  CONTRIBUTIONS,
  type Contribution,
  checkChange,
  checkRoots,
  contributionOf,
  jsonEqual,
  type Member,
  ROOT_TYPES,
  readClassState,
  readDocument,
  TOURS,
} from '@argmap/classroom';
import type { Diagnostic } from '@argmap/core';
import * as Y from 'yjs';

/** What to do with a client's update. */
export type Verdict =
  /** Nothing new in it (e.g. a sync reply from an up-to-date client). */
  | { kind: 'unchanged' }
  /** Apply `update` to the document: the change, accepted, with its attribution. */
  | { kind: 'accepted'; update: Uint8Array; added: string[] }
  /** Apply `update` (the change and its undoing) and tell the client why. */
  | { kind: 'refused'; update: Uint8Array; diagnostics: Diagnostic[] }
  /** Apply nothing and drop the client: the update cannot be checked at all. */
  | { kind: 'rejected'; diagnostics: Diagnostic[] };

const CLIENT = Symbol('client update');

const guardIds = new WeakMap<Y.Doc, number>();

/**
 * The client id the guard writes its undos and attributions with, one per room document: reusing
 * it continues one clock instead of adding a fresh id to the state vector at every check. (Not
 * the document's own id: Yjs would take a remote update under its own id as a clash and re-roll.)
 */
function guardClientId(doc: Y.Doc): number {
  let id = guardIds.get(doc);
  if (id === undefined) {
    id = new Y.Doc().clientID;
    guardIds.set(doc, id);
  }
  return id;
}

/** Checks `update` from `member` against the room's document `doc`. Never throws; never changes `doc`. */
export function guardUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  member: Member,
  limits: Pick<ClassLimits, 'maxItems'>,
): Verdict {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  // Set after loading: Yjs re-rolls a document's id when a remote update brings structs under it.
  copy.clientID = guardClientId(doc);
  const scope = ROOT_TYPES.map((name) => (name === TOURS ? copy.getArray(name) : copy.getMap(name)));
  const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([CLIENT]), captureTimeout: 0 });

  const before = Y.encodeStateVector(copy);
  try {
    Y.applyUpdate(copy, update, CLIENT);
  } catch {
    return reject('malformed-update', 'This message is not a Yjs update the server can read.');
  }
  if (copy.store.pendingStructs !== null || copy.store.pendingDs !== null) {
    return reject(
      'out-of-order',
      'This update depends on changes the server does not have; reconnect to resync.',
    );
  }
  const unknownRoots = checkRoots(doc, copy).filter((d) => d.code === 'unknown-root');
  if (unknownRoots.length > 0) return { kind: 'rejected', diagnostics: unknownRoots };
  const grew = !sameVector(before, Y.encodeStateVector(copy));
  if (!grew && undo.undoStack.length === 0) return { kind: 'unchanged' };

  const mapBefore = readDocument(doc);
  const mapAfter = readDocument(copy);
  const checked = checkChange(mapBefore, mapAfter, {
    member,
    locked: readClassState(doc).locked,
    limits,
    contributionOf: (id) => contributionOf(doc, id),
  });
  const rootProblems = checkRoots(doc, copy);
  if (checked.ok && rootProblems.length === 0) {
    if (!checked.value.changed && !grew) return { kind: 'unchanged' };
    attribute(copy, checked.value.added, member);
    return { kind: 'accepted', update: diff(copy, doc), added: checked.value.added };
  }

  undo.undo();
  if (!jsonEqual(readDocument(copy), mapBefore) || checkRoots(doc, copy).length > 0) {
    // Undo could not restore the map (it should always): drop the update rather than risk it.
    return reject('refused', 'The server could not check this change; reconnect to resync.');
  }
  return { kind: 'refused', update: diff(copy, doc), diagnostics: [...rootProblems, ...checked.diagnostics] };
}

function attribute(copy: Y.Doc, ids: string[], member: Member): void {
  if (ids.length === 0) return;
  const contributions = copy.getMap<Contribution>(CONTRIBUTIONS);
  copy.transact(() => {
    for (const id of ids) contributions.set(id, { by: member.id, name: member.name });
  });
}

/** What `copy` has that `doc` lacks, as one update. */
function diff(copy: Y.Doc, doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc));
}

function sameVector(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function reject(code: string, message: string): Verdict {
  return { kind: 'rejected', diagnostics: [{ severity: 'error', code, message }] };
}
