import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { tempDataDir } from '../test/harness.ts';
import { type ClassStore, openStore } from './store.ts';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
});

/** Two connections to one data folder, as two server processes have. */
function twoStores(): [ClassStore, ClassStore] {
  const data = tempDataDir();
  const a = openStore(data.dir);
  const b = openStore(data.dir);
  cleanup.push(
    data.remove,
    () => a.close(),
    () => b.close(),
  );
  return [a, b];
}

/** A process's copy of a room: logs its own edits as the server does. */
function replica(store: ClassStore, room: string): Y.Doc {
  const doc = new Y.Doc();
  const stored = store.loadDocument(room);
  if (stored !== null) Y.applyUpdate(doc, stored);
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'relayed') store.appendUpdate(room, update);
  });
  return doc;
}

function storedNodes(store: ClassStore, room: string): Record<string, unknown> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, store.loadDocument(room) as Uint8Array);
  return doc.getMap('nodes').toJSON();
}

describe('one SQLite file shared by two processes', () => {
  it('a snapshot from a process that lags behind keeps what the other logged and stored', () => {
    const [a, b] = twoStores();
    const room = 'r';
    a.storeSnapshot(room, Y.encodeStateAsUpdate(new Y.Doc()));
    const onA = replica(a, room);
    const onB = replica(b, room);

    onA.getMap('nodes').set('fromA', 'logged by A, not yet relayed to B');
    // B folds the log while it has not yet received A's edit.
    onB.getMap('nodes').set('fromB', 'logged by B');
    b.storeSnapshot(room, Y.encodeStateAsUpdate(onB));
    expect(b.pendingUpdates(room)).toBe(0);
    expect(storedNodes(a, room)).toEqual({ fromA: expect.any(String), fromB: 'logged by B' });

    // A stores its own copy (lacking B's edit), then B again (lacking A's): nothing is lost.
    onA.getMap('nodes').set('fromA2', 'second');
    a.storeSnapshot(room, Y.encodeStateAsUpdate(onA));
    b.storeSnapshot(room, Y.encodeStateAsUpdate(onB));
    expect(Object.keys(storedNodes(b, room)).sort()).toEqual(['fromA', 'fromA2', 'fromB']);
  });

  it('sees sessions and members written by the other connection', () => {
    const [a, b] = twoStores();
    a.insertSession({ room: 'r', code: 'ABCDEFGH', title: 'T', createdAt: '2026-01-01' });
    a.insertMember('hash', 'r', { id: 'm1', role: 'student', name: 'Ada' });
    expect(b.sessionByCode('ABCDEFGH')?.room).toBe('r');
    expect(b.memberByTokenHash('hash')).toMatchObject({ room: 'r', name: 'Ada', removed: false });
  });
});
