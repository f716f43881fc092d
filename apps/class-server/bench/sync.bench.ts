/**
 * Edit propagation latency in a live class: one class server and N students on loopback, all in
 * this process. Run with `pnpm bench class-server`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODES } from '@argmap/classroom';
import type * as Y from 'yjs';
import { startClassServer } from '../src/classServer.ts';
import { connectClient, type NodeClient } from '../src/client/nodeClient.ts';
import { exampleClassMap } from '../src/loadtest/exampleClassMap.ts';
import { createSession, joinSession } from '../src/sessions.ts';

const SIZES = [10, 40, 100];
const EDITS = 20;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Latencies (ms) from an edit on one client until each other client has it, over `EDITS` edits one after another. */
async function measure(clients: number): Promise<number[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'argmap-bench-'));
  const server = await startClassServer({ dataDir, port: 0 });
  const session = createSession(server.store, exampleClassMap(), server.limits);
  if (!session.ok) throw new Error('could not start a class');
  const everyone: NodeClient[] = [];
  try {
    const { room, code, teacherToken } = session.value;
    const teacher = connectClient({ collabUrl: server.collabUrl, room, token: teacherToken });
    everyone.push(teacher);
    for (let i = 1; i < clients; i++) {
      const joined = joinSession(server.store, code, `Student ${i}`);
      if (!joined.ok) throw new Error('could not join');
      everyone.push(connectClient({ collabUrl: server.collabUrl, room, token: joined.value.token }));
    }
    await Promise.all(everyone.map((c) => c.synced));
    const latencies: number[] = [];
    for (let e = 0; e < EDITS; e++) {
      // The teacher edits (students may change only their own nodes); everyone else waits for it.
      const marker = `Edit ${e}`;
      const receivers = everyone.slice(1);
      const textOf = (c: NodeClient) =>
        (c.doc.getMap(NODES).get('q') as Y.Map<unknown> | undefined)?.get('text');
      const start = performance.now();
      const arrivals = receivers.map((c) =>
        c.until(() => textOf(c) === marker, 'the edit').then(() => performance.now() - start),
      );
      (teacher.doc.getMap(NODES).get('q') as Y.Map<unknown>).set('text', marker);
      latencies.push(...(await Promise.all(arrivals)));
    }
    return latencies;
  } finally {
    for (const c of everyone) c.destroy();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<string> {
  const rows: string[] = [];
  for (const clients of SIZES) {
    const latencies = await measure(clients);
    rows.push(
      `| ${clients} | ${latencies.length} | ${percentile(latencies, 50).toFixed(1)} ms | ${percentile(latencies, 95).toFixed(1)} ms |`,
    );
  }
  return `## Class server: edit propagation

Time from one client's edit until each other client in the class has it: the edit travels to the
class server, is checked against the map's rules (\`RoomGuard\`), written to the SQLite log and
relayed. One class, the teacher making ${EDITS} edits one after another; the server and every
client run in this one Node process on loopback, so the numbers include every client's own work.

| Clients | Samples | p50 | p95 |
|---:|---:|---:|---:|
${rows.join('\n')}`;
}
