/**
 * Two class server processes sharing one data folder and one Redis (`--redis`): a class whose
 * members are spread over both works as on one process. The servers run in this test process
 * (each with its own SQLite connection, as two processes would have); redis-server is real.
 */
import { contributionOf, readDocument, writeDocument } from '@argmap/classroom';
import { validateMap } from '@argmap/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addClaim, request, startingMap, tempDataDir } from '../test/harness.ts';
import { startTestRedis, type TestRedis } from '../test/redisServer.ts';
import { type ClassServer, startClassServer } from './classServer.ts';
import { connectClient, type NodeClient } from './client/nodeClient.ts';

let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await redis?.stop();
});

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** Two servers, A and B, on one data folder and one Redis; short snapshot debounce so both write snapshots. */
async function twoServers(): Promise<[ClassServer, ClassServer]> {
  const data = tempDataDir();
  cleanup.push(data.remove);
  const start = async () => {
    const server = await startClassServer({
      dataDir: data.dir,
      port: 0,
      redis: redis.url,
      snapshotDebounceMs: 50,
    });
    cleanup.push(() => server.close());
    return server;
  };
  return [await start(), await start()];
}

function client(server: ClassServer, room: string, token: string): NodeClient {
  const c = connectClient({ collabUrl: server.collabUrl, room, token });
  cleanup.push(() => c.destroy());
  return c;
}

/** A class started on A, with students who joined through B. */
async function classAcross(a: ClassServer, b: ClassServer, names: string[]) {
  const created = await request(`${a.url}/api/classes`, { body: { map: startingMap() } });
  expect(created.status).toBe(201);
  const students = [];
  for (const name of names) {
    const joined = await request(`${b.url}/api/join`, { body: { code: created.body.code, name } });
    expect(joined.status).toBe(200);
    students.push(joined.body as { token: string; member: { id: string } });
  }
  return { room: created.body.room as string, teacherToken: created.body.token as string, students };
}

const hasNode = (c: NodeClient, id: string) => readDocument(c.doc).nodes[id] !== undefined;

/** The room as stored in the shared file (snapshot and log), read through server `s`'s connection. */
function stored(s: ClassServer, room: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, s.store.loadDocument(room) as Uint8Array);
  return readDocument(doc);
}

describe('two processes sharing rooms through Redis', () => {
  it('a teacher on A and students on B build one map: every replica and the stored document agree', async () => {
    const [a, b] = await twoServers();
    const { room, teacherToken, students } = await classAcross(a, b, ['Ada', 'Ben']);
    const teacher = client(a, room, teacherToken);
    const [ada, ben] = students.map((s) => client(b, room, s.token)) as [NodeClient, NodeClient];
    await Promise.all([teacher.synced, ada.synced, ben.synced]);

    // The teacher's token, made on A, works on B (sessions live in the shared file).
    const onB = await request(`${b.url}/api/classes/${room}/map`, { token: teacherToken });
    expect(onB.status).toBe(200);
    expect(onB.body).toEqual(readDocument(teacher.doc));

    for (let i = 0; i < 5; i++) {
      addClaim(teacher.doc, `t${i}`, `Teacher ${i}`);
      addClaim(ada.doc, `ada${i}`, `Ada ${i}`);
      addClaim(ben.doc, `ben${i}`, `Ben ${i}`, 'p2');
    }
    const ids = [0, 1, 2, 3, 4].flatMap((i) => [`t${i}`, `ada${i}`, `ben${i}`]);
    for (const c of [teacher, ada, ben]) {
      await c.until(() => ids.every((id) => hasNode(c, id)), 'every claim on every replica');
      await c.acknowledged();
    }
    // B checked Ada's claims (attributed there) and A relayed the attribution as it came.
    await teacher.until(() => contributionOf(teacher.doc, 'ada4') !== undefined, "Ada's attribution at A");
    expect(contributionOf(teacher.doc, 'ada0')).toEqual({ by: students[0]?.member.id, name: 'Ada' });

    const map = readDocument(teacher.doc);
    expect(readDocument(ada.doc)).toEqual(map);
    expect(readDocument(ben.doc)).toEqual(map);
    expect(stored(a, room)).toEqual(map);
    expect((await request(`${a.url}/api/classes/${room}/map`, { token: students[1]?.token })).body).toEqual(
      map,
    );
  });

  it('who is online and what each has selected reaches the other process', async () => {
    const [a, b] = await twoServers();
    const { room, teacherToken, students } = await classAcross(a, b, ['Ada']);
    const teacher = client(a, room, teacherToken);
    const ada = client(b, room, students[0]?.token as string);
    await Promise.all([teacher.synced, ada.synced]);
    const seen = (c: NodeClient, name: string, selected: string) =>
      [...(c.provider.awareness?.getStates().values() ?? [])].some(
        (state) => state.user?.name === name && state.selected === selected,
      );

    teacher.provider.setAwarenessField('user', { name: 'Teacher' });
    teacher.provider.setAwarenessField('selected', 'p1');
    ada.provider.setAwarenessField('user', { name: 'Ada' });
    ada.provider.setAwarenessField('selected', 'q');
    await ada.until(() => seen(ada, 'Teacher', 'p1'), "the teacher's presence at Ada on B");
    await teacher.until(() => seen(teacher, 'Ada', 'q'), "Ada's presence at the teacher on A");
  });

  it('a change refused on B is refused for everyone; the lock set through A reaches students on B', async () => {
    const [a, b] = await twoServers();
    const { room, teacherToken, students } = await classAcross(a, b, ['Ada']);
    const teacher = client(a, room, teacherToken);
    const ada = client(b, room, students[0]?.token as string);
    await Promise.all([teacher.synced, ada.synced]);
    const before = readDocument(teacher.doc);
    let seenAtA = false;
    teacher.doc.getMap('edges').observe(() => {
      if (teacher.doc.getMap('edges').has('bad')) seenAtA = true;
    });

    ada.doc.getMap('edges').set('bad', new Y.Map());
    await ada.until(() => ada.messages.some((m) => m.type === 'refused'), 'the refusal on B');
    await ada.until(() => !ada.doc.getMap('edges').has('bad'), 'the roll-back at Ada');
    // A later claim of Ada's reaching A shows the refused one (sent before it) went through A too.
    addClaim(ada.doc, 'after');
    await teacher.until(() => hasNode(teacher, 'after'), "Ada's next claim at A");
    expect(seenAtA).toBe(false);
    const { after: _, ...nodes } = readDocument(teacher.doc).nodes;
    expect(nodes).toEqual(before.nodes);
    await ada.acknowledged();
    expect(stored(b, room)).toEqual(readDocument(teacher.doc));

    const locked = await request(`${a.url}/api/classes/${room}/lock`, {
      body: { locked: true },
      token: teacherToken,
    });
    expect(locked.status).toBe(200);
    await ada.until(() => ada.doc.getMap('class').get('locked') === true, 'the lock at Ada on B');
    await ada.until(() => ada.messages.some((m) => m.type === 'class'), 'the lock message on B');
    expect(ada.messages).toContainEqual({ type: 'class', locked: true });
    addClaim(ada.doc, 'locked-out');
    await ada.until(
      () => ada.messages.some((m) => m.type === 'refused' && m.code === 'class-locked'),
      "B's refusal of a locked map",
    );
    await ada.until(() => !hasNode(ada, 'locked-out'), 'the roll-back');
    addClaim(teacher.doc, 'still');
    await ada.until(() => hasNode(ada, 'still'), "the teacher's claim at Ada");
    expect(hasNode(teacher, 'locked-out')).toBe(false);
  });

  it('a student on B removed through A is told, disconnected and cannot come back', async () => {
    const [a, b] = await twoServers();
    const { room, teacherToken, students } = await classAcross(a, b, ['Ada', 'Ben']);
    const [ada, ben] = students.map((s) => client(b, room, s.token)) as [NodeClient, NodeClient];
    await Promise.all([ada.synced, ben.synced]);

    const removed = await request(`${a.url}/api/classes/${room}/remove`, {
      body: { member: students[0]?.member.id },
      token: teacherToken,
    });
    expect(removed.status).toBe(200);
    await ada.until(() => ada.messages.some((m) => m.type === 'refused'), 'the removal message on B');
    expect(ada.messages[0]).toMatchObject({ code: 'removed-from-class' });
    await ada.until(() => ada.denied !== undefined, 'the reconnection to be refused');
    addClaim(ben.doc, 'ben1');
    await ben.acknowledged();
    expect(ben.messages).toEqual([]);
  });

  it('Redis restarted mid-session: edits made while it was down arrive, and rooms go on syncing', async () => {
    const [a, b] = await twoServers();
    const { room, teacherToken, students } = await classAcross(a, b, ['Ada']);
    const teacher = client(a, room, teacherToken);
    const ada = client(b, room, students[0]?.token as string);
    await Promise.all([teacher.synced, ada.synced]);
    addClaim(teacher.doc, 'before');
    await ada.until(() => hasNode(ada, 'before'), 'a claim before the restart');

    await redis.stop();
    // Each process still serves, checks and stores its own clients' edits while Redis is away.
    addClaim(teacher.doc, 'down-t', 'Written on A while Redis was down');
    addClaim(ada.doc, 'down-ada', 'Written on B while Redis was down');
    await Promise.all([teacher.acknowledged(), ada.acknowledged()]);
    expect(hasNode(ada, 'down-t')).toBe(false);

    await redis.start();
    await ada.until(() => hasNode(ada, 'down-t'), "A's edit from the outage at B", 30_000);
    await teacher.until(() => hasNode(teacher, 'down-ada'), "B's edit from the outage at A", 30_000);
    addClaim(ada.doc, 'after-ada');
    addClaim(teacher.doc, 'after-t');
    await teacher.until(() => hasNode(teacher, 'after-ada'), "Ada's edit after the restart");
    await ada.until(() => hasNode(ada, 'after-t'), "the teacher's edit after the restart");
    await Promise.all([teacher.acknowledged(), ada.acknowledged()]);
    expect(readDocument(ada.doc)).toEqual(readDocument(teacher.doc));
    expect(stored(a, room)).toEqual(readDocument(teacher.doc));
  }, 60_000);

  it('a process cut off from Redis for a moment catches up without waiting for the next edit', async () => {
    const [a, b] = await twoServers();
    const { room, teacherToken, students } = await classAcross(a, b, ['Ada']);
    const teacher = client(a, room, teacherToken);
    const ada = client(b, room, students[0]?.token as string);
    await Promise.all([teacher.synced, ada.synced]);

    // Redis drops every subscriber; what A publishes before they are back reaches nobody.
    expect(await redis.command('CLIENT KILL TYPE pubsub')).toMatch(/^:[1-9]/);
    addClaim(teacher.doc, 'missed', 'Published while nobody listened');
    await teacher.acknowledged();
    // No further edit anywhere: the resubscribed processes exchange what the other lacks.
    await ada.until(() => hasNode(ada, 'missed'), 'the missed claim at B', 30_000);
    expect(readDocument(ada.doc)).toEqual(readDocument(teacher.doc));
  });

  it('two changes checked apart that together leave an edge to a deleted node are repaired alike everywhere', async () => {
    const [a, b] = await twoServers();
    const { room, teacherToken, students } = await classAcross(a, b, ['Ada']);
    const teacher = client(a, room, teacherToken);
    const ada = client(b, room, students[0]?.token as string);
    await Promise.all([teacher.synced, ada.synced]);

    // With Redis away, each process checks its own client's change without the other's.
    await redis.stop();
    // The teacher deletes p1 with every edge that ends on it or on such an edge (undercuts).
    const map = readDocument(teacher.doc);
    const { p1: _, ...nodes } = map.nodes;
    const edges = { ...map.edges };
    for (let dropped = true; dropped; ) {
      dropped = false;
      for (const e of Object.values(edges)) {
        const gone = (id: string) => nodes[id] === undefined && edges[id] === undefined;
        if (gone(e.source) || gone(e.target)) {
          delete edges[e.id];
          dropped = true;
        }
      }
    }
    writeDocument(teacher.doc, { ...map, nodes, edges });
    addClaim(ada.doc, 'ada1', 'An objection to p1', 'p1');
    await Promise.all([teacher.acknowledged(), ada.acknowledged()]);
    expect(teacher.messages).toEqual([]);
    expect(ada.messages).toEqual([]);

    await redis.start();
    const settled = (c: NodeClient) => {
      const m = readDocument(c.doc);
      return m.nodes.p1 === undefined && m.nodes.ada1 !== undefined && m.edges['e-ada1'] === undefined;
    };
    await teacher.until(() => settled(teacher), 'the merge, repaired, at A', 30_000);
    await ada.until(() => settled(ada), 'the merge, repaired, at B', 30_000);
    await Promise.all([teacher.acknowledged(), ada.acknowledged()]);
    expect(readDocument(ada.doc)).toEqual(readDocument(teacher.doc));
    expect(validateMap(readDocument(teacher.doc)).diagnostics.filter((d) => d.severity === 'error')).toEqual(
      [],
    );

    // The room goes on accepting changes.
    addClaim(teacher.doc, 'later', 'After the repair', 'p2');
    await ada.until(() => hasNode(ada, 'later'), "the teacher's next claim at Ada");
    expect(teacher.messages).toEqual([]);
    expect(stored(b, room)).toEqual(readDocument(ada.doc));
  }, 60_000);

  it('a process whose Redis cannot be reached says so and does not start', async () => {
    const data = tempDataDir();
    cleanup.push(data.remove);
    const closed = await redis.freePortNotListening();
    await expect(
      startClassServer({ dataDir: data.dir, port: 0, redis: `redis://:secret@127.0.0.1:${closed}` }),
    ).rejects.toThrow(/Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:\d+\/? cannot be reached: .*ECONNREFUSED/);
  });
});
