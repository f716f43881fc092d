import { CLASS, type Member, readDocument, readMap, writeDocument } from '@argmap/classroom';
import { toDocument } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyOp, opSpec } from '../../../packages/core/test/arbitraries.ts';
import { smallMap } from '../../../packages/core/test/maps.ts';
import { RoomGuard } from './roomGuard.ts';

const members: Member[] = [
  { id: 't', role: 'teacher', name: 'Teacher' },
  { id: 's1', role: 'student', name: 'Ada' },
  { id: 's2', role: 'student', name: 'Grace' },
];

/** What a client does next: edit its replica (a core operation, or a change that breaks a rule), or send what it has. */
const step = fc.record({
  client: fc.nat({ max: members.length - 1 }),
  action: fc.oneof(
    { weight: 4, arbitrary: opSpec.map((op) => ({ kind: 'op' as const, op })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'dangling' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'unknown-field' as const }) },
    { weight: 3, arbitrary: fc.constant({ kind: 'send' as const }) },
  ),
});

describe('RoomGuard, over random sessions', () => {
  it('keeps the server map valid after every update, and every replica converges to it', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const server = new Y.Doc();
        writeDocument(server, toDocument(smallMap()));
        server.getMap(CLASS).set('locked', false);
        const guard = new RoomGuard(server);
        const replicas = members.map(() => {
          const doc = new Y.Doc();
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
          return doc;
        });
        const outbox: Uint8Array[][] = members.map(() => []);
        replicas.forEach((doc, i) => {
          doc.on('update', (update: Uint8Array, origin: unknown) => {
            if (origin !== 'server') outbox[i]?.push(update);
          });
        });
        const send = (i: number) => {
          for (const update of outbox[i]?.splice(0) ?? []) {
            const verdict = guard.check(update, members[i] as Member, { maxItems: 60 });
            expect(verdict.kind).not.toBe('rejected');
            guard.commit(verdict, i);
            if (verdict.kind === 'accepted' || verdict.kind === 'refused') {
              for (const doc of replicas) Y.applyUpdate(doc, verdict.update, 'server');
            }
            expect(readMap(server).ok).toBe(true);
          }
        };

        for (const { client, action } of steps) {
          const doc = replicas[client] as Y.Doc;
          if (action.kind === 'send') {
            send(client);
            continue;
          }
          const current = readMap(doc);
          if (!current.ok) continue; // a replica between a concurrent merge and the server's roll-back
          const plain = toDocument(current.value);
          if (action.kind === 'op') {
            const edit = applyOp(current.value, action.op);
            if (edit.ok) writeDocument(doc, toDocument(edit.value.map));
          } else if (action.kind === 'dangling') {
            writeDocument(doc, {
              ...plain,
              edges: { ...plain.edges, bad: { id: 'bad', kind: 'supports', source: 'q', target: 'missing' } },
            });
          } else {
            (doc.getMap('nodes').get('q') as Y.Map<unknown> | undefined)?.set('colour', 'red');
          }
        }
        members.forEach((_, i) => {
          send(i);
        });
        const final = readDocument(server);
        for (const doc of replicas) expect(readDocument(doc)).toEqual(final);
        expect(readMap(server).ok).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
