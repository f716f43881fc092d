/**
 * Edit propagation with rooms spread over two class server processes that share one data folder
 * and one Redis (`--redis`), against one process alone. Run with
 * `pnpm bench class-server/bench/processes`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODES } from '@argmap/classroom';
import type * as Y from 'yjs';
import { connectClient, type NodeClient } from '../src/client/nodeClient.ts';
import { exampleClassMap } from '../src/loadtest/exampleClassMap.ts';
import { request } from '../test/harness.ts';
import { startTestRedis } from '../test/redisServer.ts';
import { type ServerProcess, serverProcess } from './serverProcess.ts';

const ROOMS = 100;
/** Rounds of edits; in each, every room's teacher edits once, all rooms at the same time. The first is a warm-up. */
const ROUNDS = 11;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Room {
  teacher: NodeClient;
  /** A student on the teacher's process. */
  near: NodeClient;
  /** A student on the other process (the same one when there is one process). */
  far: NodeClient;
}

/** Latencies (ms) from a teacher's edit until each student has it, by where the student is connected. */
async function measure(servers: ServerProcess[]): Promise<{ near: number[]; far: number[] }> {
  const rooms: Room[] = [];
  const everyone: NodeClient[] = [];
  const connect = (server: ServerProcess, room: string, token: string) => {
    const c = connectClient({ collabUrl: server.collabUrl, room, token });
    everyone.push(c);
    return c;
  };
  try {
    for (let r = 0; r < ROOMS; r++) {
      const home = servers[r % servers.length] as ServerProcess;
      const other = servers[(r + 1) % servers.length] as ServerProcess;
      const created = await request(`${home.url}/api/classes`, { body: { map: exampleClassMap() } });
      if (created.status !== 201) throw new Error('could not start a class');
      const { room, code, token } = created.body;
      const join = async (server: ServerProcess, name: string) => {
        const joined = await request(`${server.url}/api/join`, { body: { code, name } });
        if (joined.status !== 200) throw new Error('could not join');
        return connect(server, room, joined.body.token);
      };
      rooms.push({
        teacher: connect(home, room, token),
        near: await join(home, 'Near'),
        far: await join(other, 'Far'),
      });
    }
    await Promise.all(everyone.map((c) => c.synced));

    const near: number[] = [];
    const far: number[] = [];
    const textOf = (c: NodeClient) =>
      (c.doc.getMap(NODES).get('q') as Y.Map<unknown> | undefined)?.get('text');
    for (let round = 0; round < ROUNDS; round++) {
      const marker = `Edit ${round}`;
      const arrivals = rooms.map(({ teacher, near: n, far: f }) => {
        const start = performance.now();
        const arrival = (c: NodeClient) =>
          c.until(() => textOf(c) === marker, 'the edit', 60_000).then(() => performance.now() - start);
        const both = Promise.all([arrival(n), arrival(f)]);
        (teacher.doc.getMap(NODES).get('q') as Y.Map<unknown>).set('text', marker);
        return both;
      });
      const results = await Promise.all(arrivals);
      if (round === 0) continue;
      for (const [n, f] of results) {
        near.push(n);
        far.push(f);
      }
    }
    return { near, far };
  } finally {
    for (const c of everyone) c.destroy();
  }
}

async function run(processes: 1 | 2): Promise<{ near: number[]; far: number[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'argmap-bench-'));
  const redis = processes === 2 ? await startTestRedis() : undefined;
  const servers: ServerProcess[] = [];
  try {
    for (let i = 0; i < processes; i++) servers.push(await serverProcess(dataDir, redis?.url));
    return await measure(servers);
  } finally {
    for (const server of servers) await server.stop();
    await redis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const row = (setup: string, latencies: number[]) =>
  `| ${setup} | ${latencies.length} | ${percentile(latencies, 50).toFixed(1)} ms | ${percentile(latencies, 95).toFixed(1)} ms |`;

export default async function bench(): Promise<string> {
  const load = loadavg()[0]?.toFixed(1);
  const one = await run(1);
  const two = await run(2);
  return `## Class server: rooms spread over two processes through Redis

${ROOMS} classes, each with a teacher and two students; every teacher edits once per round, all
classes at the same time, ${ROUNDS - 1} rounds (after a warm-up). Time from the teacher's edit until
a student has it. With two processes (\`--redis\`, one data folder, Debian's redis-server on
loopback), teachers alternate between the processes and one student of each class is on the
teacher's process, the other on the other process: the edit is checked and logged by the
teacher's process, published to Redis, pulled by the other process (Yjs's two-step sync) and sent
on. The servers are child processes; the ${ROOMS * 3} clients share this one process, on a shared 2-core
machine that other work kept busy (load average ${load} at the start): compare the rows, not the
milliseconds.

| Setup | Samples | p50 | p95 |
|---|---:|---:|---:|
${row('1 process, no Redis', [...one.near, ...one.far])}
${row('2 processes: student on the teacher’s process', two.near)}
${row('2 processes: student on the other process', two.far)}`;
}
