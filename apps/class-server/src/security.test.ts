import { readDocument } from '@argmap/classroom';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addClaim, classTestKit, request, startClass } from '../test/harness.ts';
import type { ClassServer } from './classServer.ts';
import type { NodeClient } from './client/nodeClient.ts';
import { MESSAGE } from './protocol.ts';

const { server, client } = classTestKit();

/** What the store holds for a room, as a state vector (equal vectors: nothing was written). */
function stored(s: ClassServer, room: string): Uint8Array {
  const doc = new Y.Doc();
  const update = s.store.loadDocument(room);
  if (update !== null) Y.applyUpdate(doc, update);
  return Y.encodeStateVector(doc);
}

/** Sends raw bytes on a client's socket, as a hostile client would. */
function sendRaw(c: NodeClient, bytes: Uint8Array): void {
  const socket = (
    c.provider.configuration.websocketProvider as unknown as { webSocket: { send(b: Uint8Array): void } }
  ).webSocket;
  socket.send(bytes);
}

function syncUpdateMessage(room: string, update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, room);
  encoding.writeVarUint(e, MESSAGE.sync);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

describe('who may connect', () => {
  it('refuses a missing token, a wrong token and another room’s token, loading no document', async () => {
    const s = await server();
    const a = await startClass(s, ['Ada']);
    const b = await startClass(s);
    const before = stored(s, b.teacher.room);
    const attempts = [
      client(s, b.teacher.room, ''),
      client(s, b.teacher.room, 'x'.repeat(43)),
      client(s, b.teacher.room, a.students[0]?.token as string),
      client(s, b.teacher.room, a.teacher.token),
      client(s, 'class-guessed-room', a.teacher.token),
    ];
    await Promise.all(attempts.map((c) => c.until(() => c.denied !== undefined, 'a refusal')));
    for (const c of attempts) expect(c.denied).toBe('invalid-token');
    expect(s.hocuspocus.getDocumentsCount()).toBe(0);
    expect(stored(s, b.teacher.room)).toEqual(before);
    expect(s.store.loadDocument('class-guessed-room')).toBeNull();
  });

  it("refuses a student's token on the teacher's endpoint, and any token on another room's", async () => {
    const s = await server();
    const a = await startClass(s, ['Ada']);
    const b = await startClass(s);
    const lock = (room: string, token?: string) =>
      request(`${s.url}/api/classes/${room}/lock`, { body: { locked: true }, ...(token && { token }) });
    expect((await lock(a.teacher.room, a.students[0]?.token)).status).toBe(403);
    expect((await lock(a.teacher.room)).status).toBe(401);
    expect((await lock(b.teacher.room, a.teacher.token)).status).toBe(401);
    expect(
      (await request(`${s.url}/api/classes/${b.teacher.room}/map`, { token: a.teacher.token })).status,
    ).toBe(401);
    const map = await request(`${s.url}/api/classes/${a.teacher.room}/map`, { token: a.students[0]?.token });
    expect(map.status).toBe(200);
    const t = client(s, a.teacher.room, a.teacher.token);
    await t.synced;
    expect(t.doc.getMap('class').get('locked')).toBe(false);
  });
});

describe('what a connected client may send', () => {
  it('drops an oversized update with a message and writes nothing', async () => {
    const s = await server({ limits: { maxMessageBytes: 4096 } });
    const { students } = await startClass(s, ['Ada']);
    const room = students[0]?.room as string;
    const ada = client(s, room, students[0]?.token as string);
    await ada.synced;
    const before = stored(s, room);
    addClaim(ada.doc, 'big', 'x'.repeat(6000));
    await ada.until(() => ada.messages.some((m) => m.type === 'refused'), 'a refusal');
    expect(ada.messages[0]).toMatchObject({ type: 'refused', code: 'message-too-large' });
    ada.destroy();
    expect(stored(s, room)).toEqual(before);
    const teacherView = await request(`${s.url}/api/classes/${room}/map`, { token: students[0]?.token });
    expect(teacherView.body.nodes.big).toBeUndefined();
  });

  it('drops a malformed update with a message and writes nothing', async () => {
    const s = await server();
    const { students } = await startClass(s, ['Ada']);
    const room = students[0]?.room as string;
    const ada = client(s, room, students[0]?.token as string);
    await ada.synced;
    const before = stored(s, room);
    sendRaw(ada, syncUpdateMessage(room, new Uint8Array([7, 7, 7, 7, 7, 7, 7, 7])));
    await ada.until(() => ada.messages.some((m) => m.type === 'refused'), 'a refusal');
    expect(ada.messages[0]).toMatchObject({ code: 'malformed-update' });
    expect(stored(s, room)).toEqual(before);
  });

  it('drops a client that broadcasts to the class itself', async () => {
    const s = await server();
    const { students, teacher } = await startClass(s, ['Ada']);
    const ada = client(s, teacher.room, students[0]?.token as string);
    const t = client(s, teacher.room, teacher.token);
    await Promise.all([ada.synced, t.synced]);
    ada.provider.sendStateless(JSON.stringify({ type: 'class', locked: false }));
    // A broadcast message (type 6) is what a spoofing client would send.
    const e = encoding.createEncoder();
    encoding.writeVarString(e, teacher.room);
    encoding.writeVarUint(e, MESSAGE.broadcastStateless);
    encoding.writeVarString(e, JSON.stringify({ type: 'class', locked: false }));
    sendRaw(ada, encoding.toUint8Array(e));
    await ada.until(() => ada.messages.some((m) => m.type === 'refused'), 'a refusal');
    expect(ada.messages.find((m) => m.type === 'refused')).toMatchObject({ code: 'not-allowed' });
    expect(t.messages).toEqual([]);
  });

  it('drops a client past the rate limit with a message', async () => {
    const s = await server({ limits: { messagesPerSecond: 1, burst: 5 } });
    const { students } = await startClass(s, ['Ada']);
    const ada = client(s, students[0]?.room as string, students[0]?.token as string);
    await ada.synced;
    for (let i = 0; i < 20; i++) ada.provider.sendStateless('hello');
    await ada.until(() => ada.messages.some((m) => m.type === 'refused'), 'a refusal');
    expect(ada.messages[0]).toMatchObject({ code: 'rate-limited' });
  });

  it("refuses a student's rewrite of the teacher's node and restores it everywhere", async () => {
    const s = await server();
    const { students, teacher } = await startClass(s, ['Ada']);
    const ada = client(s, teacher.room, students[0]?.token as string);
    await ada.synced;
    const before = readDocument(ada.doc);
    (ada.doc.getMap('nodes').get('q') as Y.Map<unknown>).set('text', 'Vandalised');
    await ada.until(() => ada.messages.some((m) => m.type === 'refused'), 'a refusal');
    expect(ada.messages[0]).toMatchObject({ code: 'not-yours' });
    await ada.until(() => readDocument(ada.doc).nodes.q?.text === before.nodes.q?.text, 'the roll-back');
    const map = await request(`${s.url}/api/classes/${teacher.room}/map`, { token: teacher.token });
    expect(map.body.nodes.q.text).toBe(before.nodes.q?.text);
  });
});

/** A class with Ada (client `a`) and the teacher (client `t`) connected and synced. */
async function adaAndTeacher() {
  const s = await server();
  const { students, teacher } = await startClass(s, ['Ada']);
  const ada = students[0] as { room: string; token: string; member: { id: string; name: string } };
  const a = client(s, teacher.room, ada.token);
  const t = client(s, teacher.room, teacher.token);
  await Promise.all([a.synced, t.synced]);
  return { s, teacher, ada, a, t };
}

describe('presence (who is here, what they selected)', () => {
  it('relays a client announcing who it truly is', async () => {
    const { ada, a, t } = await adaAndTeacher();
    a.provider.awareness?.setLocalStateField('person', {
      memberId: ada.member.id,
      name: 'Ada',
      role: 'student',
    });
    const seen = () =>
      [...(t.provider.awareness?.getStates().values() ?? [])].some(
        (state) => (state.person as { name?: string } | undefined)?.name === 'Ada',
      );
    await t.until(seen, "Ada's presence at the teacher's");
    expect(a.messages).toEqual([]);
  });

  it('lets a client that reconnected announce itself again on its new connection', async () => {
    const { ada, a, t } = await adaAndTeacher();
    a.provider.awareness?.setLocalStateField('person', {
      memberId: ada.member.id,
      name: 'Ada',
      role: 'student',
    });
    const adaAtTeacher = () =>
      [...(t.provider.awareness?.getStates().values() ?? [])].find(
        (state) => (state.person as { name?: string } | undefined)?.name === 'Ada',
      );
    await t.until(() => adaAtTeacher() !== undefined, "Ada's presence");
    // The network drops Ada's socket; her provider reconnects with the same Yjs client.
    (
      a.provider.configuration.websocketProvider as unknown as { webSocket: { close(): void } }
    ).webSocket.close();
    await a.until(() => a.provider.configuration.websocketProvider.status !== 'connected', 'the drop');
    await a.until(() => a.provider.isSynced, 'the reconnection');
    a.provider.awareness?.setLocalStateField('selection', ['p1']);
    await t.until(
      () => (adaAtTeacher()?.selection as string[] | undefined)?.[0] === 'p1',
      "Ada's new selection",
    );
    expect(a.messages).toEqual([]);
  });

  it('drops a student who announces themselves as the teacher, and relays nothing of it', async () => {
    const { ada, a, t } = await adaAndTeacher();
    a.provider.awareness?.setLocalStateField('person', {
      memberId: ada.member.id,
      name: 'Teacher',
      role: 'teacher',
    });
    await a.until(() => a.messages.some((m) => m.type === 'refused'), 'a refusal');
    expect(a.messages.find((m) => m.type === 'refused')).toMatchObject({ code: 'not-allowed' });
    const states = [...(t.provider.awareness?.getStates().values() ?? [])];
    expect(states.some((state) => (state.person as { name?: string } | undefined)?.name === 'Teacher')).toBe(
      false,
    );
  });

  it("drops a client that overwrites someone else's presence", async () => {
    const { teacher, a, t } = await adaAndTeacher();
    t.provider.awareness?.setLocalStateField('person', {
      memberId: teacher.member.id,
      name: 'Teacher',
      role: 'teacher',
    });
    const teacherId = t.doc.clientID;
    await a.until(() => a.provider.awareness?.getStates().has(teacherId) === true, "the teacher's presence");
    // Ada blanks the teacher's entry with a newer clock.
    const e = encoding.createEncoder();
    encoding.writeVarString(e, teacher.room);
    encoding.writeVarUint(e, MESSAGE.awareness);
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, teacherId);
    encoding.writeVarUint(update, 1_000);
    encoding.writeVarString(update, JSON.stringify({}));
    encoding.writeVarUint8Array(e, encoding.toUint8Array(update));
    sendRaw(a, encoding.toUint8Array(e));
    await a.until(() => a.messages.some((m) => m.type === 'refused'), 'a refusal');
    expect(a.messages.find((m) => m.type === 'refused')).toMatchObject({
      code: 'not-allowed',
      message: 'A client announces only its own presence.',
    });
    expect(t.provider.awareness?.getLocalState()?.person).toMatchObject({ name: 'Teacher' });
  });
});
