import { CLASS, contributionOf, type Member, readDocument, writeDocument } from '@argmap/classroom';
import { toDocument } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { smallMap } from '../../../packages/core/test/maps.ts';
import { RELAYED } from './relayed.ts';
import { RoomGuard, type Verdict } from './roomGuard.ts';

const teacher = { id: 't', role: 'teacher', name: 'Teacher' } as const;
const ada = { id: 's1', role: 'student', name: 'Ada' } as const;
const limits = { maxItems: 50 };

const guards = new WeakMap<Y.Doc, RoomGuard>();

/** Checks an update as the server does (one guard per room document). */
function guardUpdate(
  server: Y.Doc,
  update: Uint8Array,
  member: Member,
  limits: { maxItems: number },
): Verdict {
  let guard = guards.get(server);
  if (guard === undefined) {
    guard = new RoomGuard(server);
    guards.set(server, guard);
  }
  const verdict = guard.check(update, member, limits);
  // The server commits at once; tests that relay to the client do it in settle().
  guard.commit(verdict, 'client');
  return verdict;
}

/** The server's document and a client replica in sync with it. */
function room(): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc();
  writeDocument(server, toDocument(smallMap()));
  server.getMap(CLASS).set('locked', false);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** The update a client change produces. */
function edit(client: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listen = (u: Uint8Array) => updates.push(u);
  client.on('update', listen);
  change(client);
  client.off('update', listen);
  return Y.mergeUpdates(updates);
}

function addReason(doc: Y.Doc, id = 'n9'): void {
  const map = readDocument(doc);
  writeDocument(doc, {
    ...map,
    nodes: { ...map.nodes, [id]: { id, kind: 'claim', text: 'Chips are smuggled', baseScore: 0.5 } },
    edges: { ...map.edges, [`e-${id}`]: { id: `e-${id}`, kind: 'opposes', source: id, target: 'p1' } },
  });
}

/** Relays the server's update (the committed verdict) to the client, as Hocuspocus does. */
function settle(_server: Y.Doc, client: Y.Doc, verdict: Verdict): void {
  if (verdict.kind === 'accepted' || verdict.kind === 'refused') Y.applyUpdate(client, verdict.update);
}

describe('RoomGuard', () => {
  it("accepts a student's new reason and attributes it to them", () => {
    const { server, client } = room();
    const verdict = guardUpdate(server, edit(client, addReason), ada, limits);
    expect(verdict).toMatchObject({ kind: 'accepted', added: ['n9', 'e-n9'] });
    settle(server, client, verdict);
    expect(readDocument(server).nodes.n9?.text).toBe('Chips are smuggled');
    expect(contributionOf(server, 'n9')).toEqual({ by: 's1', name: 'Ada' });
    expect(readDocument(client)).toEqual(readDocument(server));
    expect(contributionOf(client, 'e-n9')).toEqual({ by: 's1', name: 'Ada' });
  });

  it('refuses an edge to a missing node, leaves the map as it was and rolls the client back', () => {
    const { server, client } = room();
    const before = readDocument(server);
    const update = edit(client, (doc) => {
      const map = readDocument(doc);
      writeDocument(doc, {
        ...map,
        edges: { ...map.edges, bad: { id: 'bad', kind: 'supports', source: 'q', target: 'ghost' } },
      });
    });
    const verdict = guardUpdate(server, update, teacher, limits);
    expect(verdict.kind).toBe('refused');
    if (verdict.kind !== 'refused') return;
    expect(verdict.diagnostics[0]?.code).toBe('dangling-edge');
    settle(server, client, verdict);
    expect(readDocument(server)).toEqual(before);
    expect(readDocument(client)).toEqual(before);
    // The client keeps working after the roll-back: its next edit is accepted.
    const next = guardUpdate(server, edit(client, addReason), teacher, limits);
    expect(next.kind).toBe('accepted');
  });

  it("refuses a student's removal of the teacher's node and restores it on every replica", () => {
    const { server, client } = room();
    const before = readDocument(server);
    const update = edit(client, (doc) => {
      const nodes = doc.getMap('nodes');
      const edges = doc.getMap('edges');
      doc.transact(() => {
        nodes.delete('c2');
        edges.delete('u-c2');
      });
    });
    const verdict = guardUpdate(server, update, ada, limits);
    expect(verdict.kind).toBe('refused');
    if (verdict.kind === 'refused') {
      expect(verdict.diagnostics.map((d) => d.path)).toEqual([
        ['nodes', 'c2'],
        ['edges', 'u-c2'],
      ]);
    }
    settle(server, client, verdict);
    expect(readDocument(server)).toEqual(before);
    expect(readDocument(client)).toEqual(before);
  });

  it('refuses student edits while the map is locked', () => {
    const { server, client } = room();
    server.getMap(CLASS).set('locked', true);
    const verdict = guardUpdate(server, edit(client, addReason), ada, limits);
    expect(verdict).toMatchObject({
      kind: 'refused',
      diagnostics: [expect.objectContaining({ code: 'class-locked' })],
    });
    const teachers = new Y.Doc();
    Y.applyUpdate(teachers, Y.encodeStateAsUpdate(server));
    expect(guardUpdate(server, edit(teachers, addReason), teacher, limits).kind).toBe('accepted');
  });

  it("refuses a client's attempt to unlock the map itself", () => {
    const { server, client } = room();
    server.getMap(CLASS).set('locked', true);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const verdict = guardUpdate(
      server,
      edit(client, (d) => d.getMap(CLASS).set('locked', false)),
      teacher,
      limits,
    );
    expect(verdict).toMatchObject({
      kind: 'refused',
      diagnostics: [expect.objectContaining({ code: 'server-only' })],
    });
    settle(server, client, verdict);
    expect(server.getMap(CLASS).get('locked')).toBe(true);
    expect(client.getMap(CLASS).get('locked')).toBe(true);
  });

  it('refuses a map past the size limit', () => {
    const { server, client } = room();
    const verdict = guardUpdate(server, edit(client, addReason), teacher, { maxItems: 12 });
    expect(verdict).toMatchObject({
      kind: 'refused',
      diagnostics: [expect.objectContaining({ code: 'map-too-large' })],
    });
  });

  it('rejects bytes that are no update, an update with missing history and an unknown root, changing nothing', () => {
    const { server, client } = room();
    const before = Y.encodeStateAsUpdate(server);
    expect(guardUpdate(server, new Uint8Array([255, 1, 2, 3, 4]), teacher, limits)).toMatchObject({
      kind: 'rejected',
    });
    edit(client, addReason);
    const second = edit(client, (d) => addReason(d, 'n10'));
    expect(guardUpdate(server, second, teacher, limits)).toMatchObject({
      kind: 'rejected',
      diagnostics: [expect.objectContaining({ code: 'out-of-order' })],
    });
    const junk = edit(new Y.Doc(), (d) => d.getMap('junk').set('x', 1));
    expect(guardUpdate(server, junk, teacher, limits)).toMatchObject({
      kind: 'rejected',
      diagnostics: [expect.objectContaining({ code: 'unknown-root' })],
    });
    expect(Y.encodeStateAsUpdate(server)).toEqual(before);
  });

  it('finds nothing to do in an update the server already has', () => {
    const { server } = room();
    expect(guardUpdate(server, Y.encodeStateAsUpdate(server), ada, limits)).toEqual({ kind: 'unchanged' });
  });
});

describe('changes relayed from another process (--redis)', () => {
  /** A server document holding the small map, its guard, and another process's copy of it. */
  function twoCopies() {
    const server = new Y.Doc();
    writeDocument(server, toDocument(smallMap()));
    const guard = new RoomGuard(server);
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(server));
    const relay = (from: Y.Doc, to: Y.Doc) =>
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), RELAYED);
    return { server, guard, elsewhere, relay };
  }

  it('drops edges left without an end by two changes checked apart, and only those', async () => {
    const { server, guard, elsewhere, relay } = twoCopies();
    // Here, an objection to p2 (accepted: p2 exists here); elsewhere, p2 and its edges deleted.
    const map = readDocument(server);
    writeDocument(server, {
      ...map,
      nodes: { ...map.nodes, x: { id: 'x', kind: 'claim', text: 'Against p2', baseScore: 0.5 } },
      edges: { ...map.edges, 'e-x': { id: 'e-x', kind: 'opposes', source: 'x', target: 'p2' } },
    });
    const { p2: _, ...nodes } = map.nodes;
    const edges = Object.fromEntries(
      Object.entries(map.edges).filter(([, e]) => e.source !== 'p2' && e.target !== 'p2'),
    );
    writeDocument(elsewhere, { ...map, nodes, edges });

    relay(elsewhere, server);
    await Promise.resolve();
    const after = readDocument(server);
    expect(after.edges['e-x']).toBeUndefined();
    expect(after.nodes.x).toBeDefined();
    expect(Object.keys(after.edges).sort()).toEqual(Object.keys(edges).sort());
    // The room goes on accepting checked changes.
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const vector = Y.encodeStateVector(client);
    writeDocument(client, { ...after, meta: { ...after.meta, title: 'Renamed' } });
    expect(guard.check(Y.encodeStateAsUpdate(client, vector), teacher, limits).kind).toBe('accepted');
  });

  it('leaves a relayed change that keeps the map valid as it is', async () => {
    const { server, elsewhere, relay } = twoCopies();
    const map = readDocument(elsewhere);
    writeDocument(elsewhere, { ...map, meta: { ...map.meta, title: 'From the other process' } });
    const before = Y.encodeStateVector(server);
    relay(elsewhere, server);
    const relayed = Y.encodeStateVector(server);
    await Promise.resolve();
    expect(Y.encodeStateVector(server)).toEqual(relayed);
    expect(relayed).not.toEqual(before);
  });
});
