import { historySentence, readDocument } from '@argmap/classroom';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addClaim, classTestKit, request, startClass } from '../test/harness.ts';
import type { NodeClient } from './client/nodeClient.ts';
import type { HistoryEntry } from './store.ts';

const { server, client } = classTestKit();

describe("the class's history", () => {
  it('tells the teacher who changed what, newest first: edits, the lock, a removal; refused changes leave no trace', async () => {
    const s = await server();
    const { teacher, students } = await startClass(s, ['Ada', 'Grace']);
    const [ada, grace] = students.map((st) => client(s, st.room, st.token)) as [NodeClient, NodeClient];
    await Promise.all([ada.synced, grace.synced]);

    addClaim(ada.doc, 'ada1', 'Smuggling fills the gap');
    await ada.acknowledged();
    // Grace rewrites Ada's claim: refused, so not in the history. Then she objects to it.
    await grace.until(() => readDocument(grace.doc).nodes.ada1 !== undefined, "Ada's claim at Grace");
    const adaClaim = grace.doc.getMap('nodes').get('ada1') as Y.Map<unknown>;
    adaClaim.set('text', 'Smuggling is a myth');
    await grace.until(() => grace.messages.some((m) => m.type === 'refused'), 'the refusal');
    addClaim(grace.doc, 'grace1', 'Enforcement is cheap', 'ada1');
    await grace.acknowledged();

    const url = `${s.url}/api/classes/${teacher.room}`;
    await request(`${url}/lock`, { body: { locked: true }, token: teacher.token });
    await request(`${url}/remove`, { body: { member: students[1]?.member.id }, token: teacher.token });

    const history = await request(`${url}/history`, { token: teacher.token });
    expect(history.status).toBe(200);
    const lines = (history.body.entries as HistoryEntry[]).map(
      (entry) => `${entry.member.name} ${historySentence(entry.record)}`,
    );
    expect(lines).toEqual([
      'Teacher removed Grace from the class',
      'Teacher locked the map',
      'Grace added the claim “Enforcement is cheap” with 1 link',
      'Ada added the claim “Smuggling fills the gap” with 1 link',
    ]);
    const entries = history.body.entries as HistoryEntry[];
    expect(Date.parse(entries[0]?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(entries[3]?.at ?? ''));
  });

  it("is the teacher's only", async () => {
    const s = await server();
    const { teacher, students } = await startClass(s, ['Ada']);
    const url = `${s.url}/api/classes/${teacher.room}/history`;
    expect((await request(url, { token: students[0]?.token })).status).toBe(403);
    expect((await request(url, {})).status).toBe(401);
    const other = await startClass(s);
    expect((await request(url, { token: other.teacher.token })).status).toBe(401);
  });
});
