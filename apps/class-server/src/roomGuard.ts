/**
 * `RoomGuard`: decides what a client's Yjs update does to a room's document, before any of it
 * reaches the document.
 *
 * The guard keeps a shadow copy of the room's document. A client's update is applied to the
 * shadow first; the map read from it must pass `checkChange` (the core's validation, the member's
 * role, the lock, the size limit) and `checkRoots`. If it passes, the verdict carries the update to
 * apply (the client's change plus the server's attribution of what it added). If not, the change
 * is undone on the shadow and the verdict carries the client's change together with its undoing:
 * applied to the document it leaves the map exactly as it was, and relayed to every client (the
 * sender included) it rolls the sender's replica back too, so all replicas keep converging.
 *
 * Cost per update: applying it to the shadow, reading the map once (the map before is kept from
 * the previous check) and validating it: O(size of the map), not of the document's history.
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
  describeChange,
  EDGES,
  type HistoryRecord,
  jsonEqual,
  type Member,
  ROOT_TYPES,
  readClassState,
  readDocument,
  TOURS,
} from '@argmap/classroom';
import type { ArgMapDocument, Diagnostic } from '@argmap/core';
import * as Y from 'yjs';
import { RELAYED } from './relayed.ts';

/** What to do with a client's update. */
export type Verdict =
  /** Nothing new in it (e.g. a sync reply from an up-to-date client). */
  | { kind: 'unchanged' }
  /** Apply `update` to the document: the change, accepted, with its attribution. */
  | { kind: 'accepted'; update: Uint8Array; added: string[]; record: HistoryRecord }
  /** Apply `update` (the change and its undoing) and tell the client why. */
  | { kind: 'refused'; update: Uint8Array; diagnostics: Diagnostic[] }
  /** Apply nothing and drop the client: the update cannot be checked at all. */
  | { kind: 'rejected'; diagnostics: Diagnostic[] };

const CLIENT = Symbol('client update');
/** The origin of the guard's repairs of relayed changes (`repairRelayed`). */
export const REPAIR = 'argmap repair';

/** Guards one room's document. Create one per loaded document; it follows every update the document takes. */
export class RoomGuard {
  private shadow!: Y.Doc;
  /** The map in the document now, when known (kept between checks to read the map once per check). */
  private current: ArgMapDocument | undefined;
  private committing = false;
  /** The id the guard writes undos and attributions with: one clock per room, not a new id per check. */
  private readonly clientId = new Y.Doc().clientID;

  constructor(private readonly doc: Y.Doc) {
    this.rebuild();
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (this.committing) return;
      // A change that did not come through check() (the teacher's lock, a direct connection,
      // another process's accepted change relayed through Redis).
      Y.applyUpdate(this.shadow, update);
      this.current = undefined;
      // After the transaction that carried it, not inside its update event.
      if (origin === RELAYED) queueMicrotask(() => this.repairRelayed());
    });
  }

  /**
   * Two processes check concurrent changes each without the other's; merged, they can leave an
   * edge pointing at a node the other change deleted (an objection added on one process to a
   * claim the teacher deleted on another). Every process that sees it deletes those edges: the
   * same deletions on every process merge into one, so the replicas still agree, and the map
   * stays one the rules accept (else every later change would be refused for the stray edge).
   */
  private repairRelayed(): void {
    // Part of a change still waiting for what it builds on: not a finished map to judge yet.
    if (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null) return;
    const map = readDocument(this.doc);
    // An edge may end on another edge (an undercut): drop edges until every end exists.
    const kept = new Set(Object.keys(map.edges));
    const exists = (id: string) => map.nodes[id] !== undefined || kept.has(id);
    for (let dropped = true; dropped; ) {
      dropped = false;
      for (const edge of Object.values(map.edges)) {
        if (kept.has(edge.id) && !(exists(edge.source) && exists(edge.target))) {
          kept.delete(edge.id);
          dropped = true;
        }
      }
    }
    const stray = Object.keys(map.edges).filter((id) => !kept.has(id));
    if (stray.length === 0) return;
    const edges = this.doc.getMap(EDGES);
    this.doc.transact(() => {
      for (const id of stray) edges.delete(id);
    }, REPAIR);
  }

  /**
   * Checks `update` from `member`. Never throws; never changes the document. After an `accepted`
   * or `refused` verdict the caller must {@link commit} it before the next check.
   */
  check(update: Uint8Array, member: Member, limits: Pick<ClassLimits, 'maxItems'>): Verdict {
    const { doc, shadow } = this;
    const before = this.current ?? readDocument(doc);
    const vectorBefore = Y.encodeStateVector(shadow);
    const undo = new Y.UndoManager(this.scope(), { trackedOrigins: new Set([CLIENT]), captureTimeout: 0 });
    try {
      try {
        Y.applyUpdate(shadow, update, CLIENT);
      } catch {
        return this.reject('malformed-update', 'This message is not a Yjs update the server can read.');
      }
      if (shadow.store.pendingStructs !== null || shadow.store.pendingDs !== null) {
        return this.reject(
          'out-of-order',
          'This update depends on changes the server does not have; reconnect to resync.',
        );
      }
      const unknownRoots = checkRoots(doc, shadow).filter((d) => d.code === 'unknown-root');
      if (unknownRoots.length > 0) {
        this.rebuild();
        return { kind: 'rejected', diagnostics: unknownRoots };
      }
      const grew = !sameBytes(vectorBefore, Y.encodeStateVector(shadow));
      if (!grew && undo.undoStack.length === 0) return { kind: 'unchanged' };

      const after = readDocument(shadow);
      const checked = checkChange(before, after, {
        member,
        locked: readClassState(doc).locked,
        limits,
        contributionOf: (id) => contributionOf(doc, id),
      });
      const rootProblems = checkRoots(doc, shadow);
      if (checked.ok && rootProblems.length === 0) {
        this.attribute(checked.value.added, member);
        this.current = after;
        return {
          kind: 'accepted',
          update: this.pending(),
          added: checked.value.added,
          record: describeChange(before, after),
        };
      }
      undo.undo();
      if (!jsonEqual(readDocument(shadow), before) || checkRoots(doc, shadow).length > 0) {
        // Undo could not restore the map (it always should): drop the update rather than risk it.
        return this.reject('refused', 'The server could not check this change; reconnect to resync.');
      }
      this.current = before;
      return {
        kind: 'refused',
        update: this.pending(),
        diagnostics: [...rootProblems, ...checked.diagnostics],
      };
    } finally {
      undo.clear();
      undo.destroy();
    }
  }

  /** Applies an accepted or refused verdict to the document, with `origin` (the client's connection). */
  commit(verdict: Verdict, origin: unknown): void {
    if (verdict.kind !== 'accepted' && verdict.kind !== 'refused') return;
    this.committing = true;
    try {
      Y.applyUpdate(this.doc, verdict.update, origin);
    } finally {
      this.committing = false;
    }
  }

  private scope(): (Y.Map<unknown> | Y.Array<unknown>)[] {
    return ROOT_TYPES.map((name) => (name === TOURS ? this.shadow.getArray(name) : this.shadow.getMap(name)));
  }

  private attribute(ids: string[], member: Member): void {
    if (ids.length === 0) return;
    const contributions = this.shadow.getMap<Contribution>(CONTRIBUTIONS);
    this.shadow.transact(() => {
      for (const id of ids) contributions.set(id, { by: member.id, name: member.name });
    });
  }

  /** What the shadow has that the document lacks, as one update. */
  private pending(): Uint8Array {
    return Y.encodeStateAsUpdate(this.shadow, Y.encodeStateVector(this.doc));
  }

  /** A fresh shadow equal to the document (after a rejected update left it in doubt). */
  private rebuild(): void {
    this.shadow = new Y.Doc();
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.doc));
    // Set after loading: Yjs re-rolls a document's id when a remote update brings structs under it.
    this.shadow.clientID = this.clientId;
    this.current = undefined;
  }

  private reject(code: string, message: string): Verdict {
    this.rebuild();
    return { kind: 'rejected', diagnostics: [{ severity: 'error', code, message }] };
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
