/**
 * Memory per room on a class server: the server as its own process (as a school runs it), its
 * resident memory read from /proc before and after rooms are opened. Run with
 * `pnpm bench class-server/bench/memory`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportControlsExample, toDocument } from '@argmap/core';
import { connectClient, type NodeClient } from '../src/client/nodeClient.ts';
import { addClaim, request } from '../test/harness.ts';
import { serverProcess } from './serverProcess.ts';

const STEPS = [25, 50, 100];

/** Resident memory of a process, in MiB. */
function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kib / 1024;
}

export default async function bench(): Promise<string> {
  const load = loadavg()[0]?.toFixed(1);
  const dataDir = mkdtempSync(join(tmpdir(), 'argmap-bench-'));
  const server = await serverProcess(dataDir);
  const clients: NodeClient[] = [];
  const rows: string[] = [];
  try {
    const idle = residentMiB(server.pid);
    const map = toDocument(exportControlsExample);
    const position =
      [...exportControlsExample.nodes.values()].find((node) => node.kind === 'position')?.id ?? '';
    for (const rooms of STEPS) {
      // Each room: the example map (82 nodes), its teacher connected and one edit made, so the
      // server holds the document, its guard's shadow copy and a connection.
      while (clients.length < rooms) {
        const created = await request(`${server.url}/api/classes`, { body: { map } });
        const client = connectClient({
          collabUrl: server.collabUrl,
          room: created.body.room,
          token: created.body.token,
        });
        clients.push(client);
        await client.synced;
        addClaim(client.doc, `bench${clients.length}`, 'A reason', position);
        await client.acknowledged();
      }
      const now = residentMiB(server.pid);
      rows.push(`| ${rooms} | ${now.toFixed(0)} MiB | ${((now - idle) / rooms).toFixed(2)} MiB |`);
    }
    return `## Class server: memory per room

The class server as its own process (\`src/main.ts\`), its resident memory (VmRSS) read from
/proc: ${idle.toFixed(0)} MiB idle, then with rooms open. Each room holds the example map (82 nodes,
54 quotes), its teacher connected, and one edit made (so the server keeps the document, the
guard's shadow copy and a connection). Resident memory includes what the allocator keeps; load
average ${load} at the start.

| Rooms open | Server memory | Per room |
|---:|---:|---:|
${rows.join('\n')}`;
  } finally {
    for (const client of clients) client.destroy();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
