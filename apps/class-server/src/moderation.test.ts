import { contributionOf, historySentence, readDocument } from '@argmap/classroom';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addClaim, classTestKit, request, startClass } from '../test/harness.ts';
import type { NodeClient } from './client/nodeClient.ts';
import type { HistoryEntry } from './store.ts';

const { server, client } = classTestKit();

describe("the teacher's moderation of contributions", () => {
  it('hides a student’s claim and what bears on it for everyone, and shows it again', async () => {
    const s = await server();
    const { teacher, students } = await startClass(s, ['Ada', 'Grace']);
    const [ada, grace] = students.map((st) => client(s, st.room, st.token)) as [NodeClient, NodeClient];
    await Promise.all([ada.synced, grace.synced]);
    addClaim(ada.doc, 'ada1', 'Phones are fine, really');
    await grace.until(() => readDocument(grace.doc).nodes.ada1 !== undefined, "Ada's claim at Grace");
    addClaim(grace.doc, 'grace1', 'Not in lessons', 'ada1');
    await ada.until(() => readDocument(ada.doc).nodes.grace1 !== undefined, "Grace's objection at Ada");

    const url = `${s.url}/api/classes/${teacher.room}/contribution`;
    expect(
      (await request(url, { body: { node: 'ada1', action: 'hide' }, token: students[0]?.token })).status,
    ).toBe(403);
    const hidden = await request(url, { body: { node: 'ada1', action: 'hide' }, token: teacher.token });
    expect(hidden).toMatchObject({ status: 200, body: { nodes: 2 } });
    for (const c of [ada, grace]) {
      await c.until(() => readDocument(c.doc).nodes.ada1 === undefined, 'the claim hidden');
      expect(readDocument(c.doc).nodes.grace1).toBeUndefined();
    }

    const shown = await request(url, { body: { node: 'ada1', action: 'show' }, token: teacher.token });
    expect(shown.status).toBe(200);
    await grace.until(() => readDocument(grace.doc).nodes.grace1 !== undefined, 'the branch back');
    expect(Object.keys(readDocument(grace.doc).edges)).toContain('e-grace1');

    const history = await request(`${s.url}/api/classes/${teacher.room}/history`, { token: teacher.token });
    const lines = (history.body.entries as HistoryEntry[]).map(
      (e) => `${e.member.name} ${historySentence(e.record)}`,
    );
    expect(lines.slice(0, 2)).toEqual([
      'Teacher showed Ada’s claim “Phones are fine, really” again',
      'Teacher hid Ada’s claim “Phones are fine, really”',
    ]);
  });

  it("accepts a student's claim: its author can no longer change it", async () => {
    const s = await server();
    const { teacher, students } = await startClass(s, ['Ada']);
    const ada = client(s, teacher.room, students[0]?.token as string);
    await ada.synced;
    addClaim(ada.doc, 'ada1', 'Phones are fine, really');
    await ada.acknowledged();
    const url = `${s.url}/api/classes/${teacher.room}/contribution`;
    expect(
      (await request(url, { body: { node: 'ada1', action: 'accept' }, token: teacher.token })).status,
    ).toBe(200);
    await ada.until(() => contributionOf(ada.doc, 'ada1')?.accepted === true, 'the acceptance');
    (ada.doc.getMap('nodes').get('ada1') as Y.Map<unknown>).set('text', 'Phones are bad');
    await ada.until(() => ada.messages.some((m) => m.type === 'refused'), 'the refusal');
    expect(ada.messages.find((m) => m.type === 'refused')).toMatchObject({ code: 'accepted-by-teacher' });
    await ada.until(
      () => readDocument(ada.doc).nodes.ada1?.text === 'Phones are fine, really',
      'the rollback',
    );
  });

  it("refuses to hide the teacher's own nodes, and says so", async () => {
    const s = await server();
    const { teacher } = await startClass(s);
    const url = `${s.url}/api/classes/${teacher.room}/contribution`;
    const answer = await request(url, { body: { node: 'p1', action: 'hide' }, token: teacher.token });
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'not-a-contribution' } } });
    expect(
      (await request(url, { body: { node: 'p1', action: 'explode' }, token: teacher.token })).status,
    ).toBe(400);
  });
});
