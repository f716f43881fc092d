import { contributionOf, readDocument } from '@argmap/classroom';
import { describe, expect, it } from 'vitest';
import { addClaim, classTestKit, request, startClass, startingMap } from '../test/harness.ts';
import type { NodeClient } from './client/nodeClient.ts';

const { server, client } = classTestKit();

describe('a class on one map', () => {
  it('a teacher and two students see each other’s edits, attributed, and the server stores them', async () => {
    const s = await server();
    const { teacher, students } = await startClass(s, ['Ada', 'Grace']);
    const [ada, grace] = students.map((st) => client(s, st.room, st.token));
    const t = client(s, teacher.room, teacher.token);
    await Promise.all([t.synced, ada?.synced, grace?.synced]);
    expect(readDocument(t.doc)).toEqual(readDocument(ada?.doc as never));

    addClaim(ada?.doc as never, 'ada1', 'Smuggling fills the gap');
    await grace?.until(() => readDocument(grace.doc).nodes.ada1 !== undefined, "Ada's claim at Grace");
    await t.until(() => contributionOf(t.doc, 'ada1') !== undefined, "Ada's claim attributed at the teacher");
    expect(contributionOf(t.doc, 'ada1')).toEqual({ by: students[0]?.member.id, name: 'Ada' });

    const stored = await request(`${s.url}/api/classes/${teacher.room}/map`, { token: teacher.token });
    expect(stored.status).toBe(200);
    expect(stored.body.nodes.ada1.text).toBe('Smuggling fills the gap');
  });

  it("refuses a change that breaks the map's rules and tells the client why; every replica rolls back", async () => {
    const s = await server();
    const { teacher, students } = await startClass(s, ['Ada']);
    const t = client(s, teacher.room, teacher.token);
    const ada = client(s, students[0]?.room as string, students[0]?.token as string);
    await Promise.all([t.synced, ada.synced]);
    const before = readDocument(t.doc);

    ada.doc.getMap('edges').set('bad', new (await import('yjs')).Map());
    await ada.until(() => ada.messages.some((m) => m.type === 'refused'), 'a refusal');
    expect(ada.messages[0]).toMatchObject({ type: 'refused' });
    await ada.until(() => !ada.doc.getMap('edges').has('bad'), 'the roll-back at Ada');
    await ada.acknowledged();
    expect(readDocument(ada.doc)).toEqual(before);
    expect(readDocument(t.doc)).toEqual(before);

    // Ada's replica keeps working after the roll-back.
    addClaim(ada.doc, 'ada2');
    await t.until(() => readDocument(t.doc).nodes.ada2 !== undefined, "Ada's next claim");
  });

  it('a locked map refuses student edits with a message; the teacher still edits; unlocking lets students in', async () => {
    const s = await server();
    const { teacher, students } = await startClass(s, ['Ada']);
    const t = client(s, teacher.room, teacher.token);
    const ada = client(s, students[0]?.room as string, students[0]?.token as string);
    await Promise.all([t.synced, ada.synced]);

    const locked = await request(`${s.url}/api/classes/${teacher.room}/lock`, {
      body: { locked: true },
      token: teacher.token,
    });
    expect(locked).toEqual({ status: 200, body: { locked: true } });
    await ada.until(() => ada.doc.getMap('class').get('locked') === true, 'the lock at Ada');
    expect(ada.messages).toContainEqual({ type: 'class', locked: true });

    addClaim(ada.doc, 'ada1');
    await ada.until(() => ada.messages.some((m) => m.type === 'refused'), 'a refusal');
    expect(ada.messages.find((m) => m.type === 'refused')).toMatchObject({ code: 'class-locked' });
    await ada.until(() => readDocument(ada.doc).nodes.ada1 === undefined, 'the roll-back');

    addClaim(t.doc, 't1');
    await ada.until(() => readDocument(ada.doc).nodes.t1 !== undefined, "the teacher's claim at Ada");

    await request(`${s.url}/api/classes/${teacher.room}/lock`, {
      body: { locked: false },
      token: teacher.token,
    });
    await ada.until(() => ada.doc.getMap('class').get('locked') === false, 'the unlock');
    addClaim(ada.doc, 'ada2');
    await t.until(() => readDocument(t.doc).nodes.ada2 !== undefined, "Ada's claim after unlocking");
  });
});

describe('removing a student', () => {
  it('closes their connection with a message, and their token stops working', async () => {
    const s = await server();
    const { teacher, students } = await startClass(s, ['Ada', 'Grace']);
    const [ada, grace] = students;
    const adaClient = client(s, teacher.room, ada?.token as string);
    const graceClient = client(s, teacher.room, grace?.token as string);
    await Promise.all([adaClient.synced, graceClient.synced]);
    const remove = (member: unknown, token: string) =>
      request(`${s.url}/api/classes/${teacher.room}/remove`, { body: { member }, token });

    expect((await remove(ada?.member.id, grace?.token as string)).status).toBe(403);
    expect((await remove('nobody', teacher.token)).status).toBe(404);
    expect(await remove(ada?.member.id, teacher.token)).toEqual({
      status: 200,
      body: { removed: ada?.member.id },
    });

    await adaClient.until(() => adaClient.messages.some((m) => m.type === 'refused'), 'the removal message');
    expect(adaClient.messages[0]).toMatchObject({ code: 'removed-from-class' });
    await adaClient.until(() => adaClient.denied !== undefined, 'the reconnection to be refused');
    expect((await request(`${s.url}/api/classes/${teacher.room}/map`, { token: ada?.token })).status).toBe(
      401,
    );

    // Grace stays in the class.
    addClaim(graceClient.doc, 'grace1');
    await graceClient.acknowledged();
    expect(graceClient.messages).toEqual([]);
  });
});

describe('the HTTP API', () => {
  it('starts a class only from a valid map, with every problem listed', async () => {
    const s = await server();
    const map = startingMap();
    const broken = {
      ...map,
      edges: { ...map.edges, x: { id: 'x', kind: 'supports', source: 'q', target: 'nope' } },
    };
    const r = await request(`${s.url}/api/classes`, { body: { map: broken } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('dangling-edge');
    expect(r.body.error.diagnostics.length).toBeGreaterThan(0);
    expect((await request(`${s.url}/api/classes`, { body: {} })).status).toBe(400);
  });

  it('gives a typeable join code and an unguessable token', async () => {
    const s = await server();
    const { teacher } = await startClass(s);
    expect(teacher.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(teacher.token.length).toBeGreaterThanOrEqual(43);
    const joined = await request(`${s.url}/api/join`, {
      body: {
        code: `${teacher.code.slice(0, 4).toLowerCase()}-${teacher.code.slice(4)}`,
        name: '  Ada  L. ',
      },
    });
    expect(joined.status).toBe(200);
    expect(joined.body.member).toMatchObject({ role: 'student', name: 'Ada L.' });
  });

  it('refuses an unknown code, an empty or overlong name, a body past the limit and bad JSON', async () => {
    const s = await server({ limits: { maxMessageBytes: 1024 } });
    const { teacher } = await startClass(s);
    expect((await request(`${s.url}/api/join`, { body: { code: 'ZZZZZZZZ', name: 'Ada' } })).status).toBe(
      404,
    );
    expect((await request(`${s.url}/api/join`, { body: { code: teacher.code, name: ' ' } })).status).toBe(
      400,
    );
    expect(
      (await request(`${s.url}/api/join`, { body: { code: teacher.code, name: 'x'.repeat(41) } })).status,
    ).toBe(400);
    const big = await request(`${s.url}/api/classes`, { body: { map: { padding: 'x'.repeat(5000) } } });
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'body-too-large' } } });
    const junk = await fetch(`${s.url}/api/join`, { method: 'POST', body: '{oops' });
    expect(junk.status).toBe(400);
  });
});

describe('a student who drops off the network', () => {
  it('merges 50 edits made offline with what the class did meanwhile: every replica and the store agree', async () => {
    const s = await server();
    const { teacher, students } = await startClass(s, ['Ada', 'Grace']);
    const [ada, grace] = students.map((st) => client(s, st.room, st.token)) as [NodeClient, NodeClient];
    const t = client(s, teacher.room, teacher.token);
    await Promise.all([ada.synced, grace.synced, t.synced]);

    // Ada's connection drops; her provider retries by itself. She writes 50 reasons before it is back.
    (
      ada.provider.configuration.websocketProvider as unknown as { webSocket: { close(): void } }
    ).webSocket.close();
    await ada.until(() => ada.provider.configuration.websocketProvider.status !== 'connected', 'the drop');
    for (let i = 0; i < 50; i++) addClaim(ada.doc, `ada${i}`, `Written offline ${i}`);
    for (let i = 0; i < 10; i++) addClaim(grace.doc, `grace${i}`, `Meanwhile ${i}`, 'p2');
    await grace.acknowledged();
    await ada.acknowledged(30_000);

    await t.until(
      () => readDocument(t.doc).nodes.ada49 !== undefined,
      "Ada's last offline edit at the teacher's",
    );
    const stored = await request(`${s.url}/api/classes/${teacher.room}/map`, { token: teacher.token });
    for (const c of [ada, grace, t]) {
      await c.until(
        () => Object.keys(readDocument(c.doc).nodes).length === Object.keys(stored.body.nodes).length,
        'every edit',
      );
      expect(readDocument(c.doc)).toEqual(stored.body);
    }
    for (let i = 0; i < 50; i++) expect(stored.body.nodes[`ada${i}`]?.text).toBe(`Written offline ${i}`);
    for (let i = 0; i < 10; i++) expect(stored.body.nodes[`grace${i}`]?.text).toBe(`Meanwhile ${i}`);
    expect(contributionOf(t.doc, 'ada49')).toEqual({ by: students[0]?.member.id, name: 'Ada' });
  });
});
