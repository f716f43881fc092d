/**
 * The load test: N simulated students on loopback, each making M edits on one class map at the
 * same time as the teacher, then three checks: every replica holds the same map as the server,
 * the store (snapshot plus log, as a restarted server would load it) holds it too, and every
 * client's own last edit is in it. `pnpm loadtest` runs it from the command line; the test suite
 * runs a small form.
 *
 * @module
 */

import { jsonEqual, NODES, putEdge, putNode, readDocument } from '@argmap/classroom';
import type { ArgMapDocument } from '@argmap/core';
import * as Y from 'yjs';
import type { ClassServer } from '../classServer.ts';
import { connectClient, type NodeClient } from '../client/nodeClient.ts';
import { createSession, joinSession } from '../sessions.ts';
import { exampleClassMap } from './exampleClassMap.ts';

/** How big a run. */
export interface LoadtestOptions {
  clients: number;
  edits: number;
  /** Longest wait for the class to converge, in milliseconds. Default 60 s. */
  timeoutMs?: number;
}

/** What a run found. */
export interface LoadtestResult {
  clients: number;
  edits: number;
  /** Nodes in the final map. */
  nodes: number;
  /** Milliseconds from the first edit until every replica matched the server. */
  convergedMs: number;
  /** Every problem found; empty when the run passed. */
  problems: string[];
}

/** Runs the load test against a server in this process (its store is read for the check). */
export async function runLoadtest(server: ClassServer, options: LoadtestOptions): Promise<LoadtestResult> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const session = createSession(server.store, exampleClassMap(), server.limits);
  if (!session.ok) throw new Error(`could not start a class: ${session.diagnostics[0]?.message}`);
  const { room, code, teacherToken } = session.value;
  const students = Array.from({ length: options.clients }, (_, i) => {
    const joined = joinSession(server.store, code, `Student ${i + 1}`);
    if (!joined.ok) throw new Error(`could not join: ${joined.diagnostics[0]?.message}`);
    return joined.value;
  });

  const teacher = connectClient({ collabUrl: server.collabUrl, room, token: teacherToken });
  const clients = students.map((s) => connectClient({ collabUrl: server.collabUrl, room, token: s.token }));
  const everyone = [teacher, ...clients];
  try {
    await Promise.all(everyone.map((c) => c.synced));
    const started = performance.now();
    const expected = new Map<string, string>();
    for (let j = 0; j < options.edits; j++) {
      clients.forEach((client, i) => {
        studentEdit(client, students[i]?.member.id as string, j, expected);
      });
      teacherEdit(teacher, j);
    }
    await Promise.all(everyone.map((c) => c.acknowledged(timeoutMs)));
    const live = server.hocuspocus.documents.get(room);
    if (live === undefined) throw new Error('the room is not loaded');
    const final = readDocument(live);
    // Equal state vectors mean a replica has every update the server has; the map itself is compared in check().
    const vector = Y.encodeStateVector(live);
    const caughtUp = (c: NodeClient) => sameBytes(Y.encodeStateVector(c.doc), vector);
    await Promise.all(everyone.map((c) => c.until(() => caughtUp(c), 'convergence', timeoutMs)));
    const convergedMs = performance.now() - started;
    return {
      clients: options.clients,
      edits: options.edits,
      nodes: Object.keys(final.nodes).length,
      convergedMs,
      problems: check(final, everyone, server, room, expected),
    };
  } finally {
    for (const c of everyone) c.destroy();
  }
}

/** A student's edit `j`: every fifth adds a claim of their own, the others reword their latest one. */
function studentEdit(client: NodeClient, memberId: string, j: number, expected: Map<string, string>): void {
  const id = `${memberId}-${j - (j % 5)}`;
  const text = `Reason ${j} by ${memberId}`;
  if (j % 5 === 0) {
    client.doc.transact(() => {
      putNode(client.doc, { id, kind: 'claim', text, baseScore: 0.5 });
      putEdge(client.doc, { id: `e-${id}`, kind: 'opposes', source: id, target: j % 2 === 0 ? 'p1' : 'p2' });
    });
  } else {
    const node = client.doc.getMap(NODES).get(id);
    if (!(node instanceof Y.Map)) throw new Error(`${id} is missing from its author's replica`);
    node.set('text', text);
  }
  expected.set(id, text);
}

/** The teacher's edit `j`: notes on the question, while the students add reasons under it. */
function teacherEdit(teacher: NodeClient, j: number): void {
  const q = teacher.doc.getMap(NODES).get('q');
  if (q instanceof Y.Map) q.set('notes', `Teacher's note ${j}`);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function check(
  final: ArgMapDocument,
  everyone: NodeClient[],
  server: ClassServer,
  room: string,
  expected: Map<string, string>,
): string[] {
  const problems: string[] = [];
  everyone.forEach((c, i) => {
    if (!jsonEqual(readDocument(c.doc), final)) problems.push(`replica ${i} differs from the server`);
    const refused = c.messages.filter((m) => m.type === 'refused');
    if (refused.length > 0)
      problems.push(`client ${i} had ${refused.length} edits refused: ${JSON.stringify(refused[0])}`);
  });
  const stored = new Y.Doc();
  const update = server.store.loadDocument(room);
  if (update !== null) Y.applyUpdate(stored, update);
  if (!jsonEqual(readDocument(stored), final)) problems.push('the stored document differs from the live one');
  for (const [id, text] of expected) {
    if (final.nodes[id]?.text !== text)
      problems.push(`${id}: expected "${text}", found "${final.nodes[id]?.text}"`);
  }
  return problems;
}
