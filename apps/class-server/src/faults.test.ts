import { type ChildProcess, spawn } from 'node:child_process';
import { readDocument } from '@argmap/classroom';
import { afterEach, describe, expect, it } from 'vitest';
import { addClaim, request, startingMap, tempDataDir } from '../test/harness.ts';
import { connectClient, type NodeClient } from './client/nodeClient.ts';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** The class server as its own process (`src/main.ts`), as a school runs it. */
async function serverProcess(
  dataDir: string,
  port: number,
): Promise<{ child: ChildProcess; url: string; port: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', '--data', dataDir, '--port', String(port)],
    {
      cwd: new URL('..', import.meta.url).pathname,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  cleanup.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${out}`)));
  });
  return { child, url, port: Number(new URL(url).port) };
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

function client(url: string, room: string, token: string): NodeClient {
  const c = connectClient({ collabUrl: `${url.replace('http', 'ws')}/collab`, room, token });
  cleanup.push(() => c.destroy());
  return c;
}

describe('a server killed mid-session', () => {
  it('loses nothing it acknowledged, and merges the edits a client made while it was down', async () => {
    const data = tempDataDir();
    cleanup.push(data.remove);
    const first = await serverProcess(data.dir, 0);
    const created = await request(`${first.url}/api/classes`, { body: { map: startingMap() } });
    const { room, token: teacherToken, code } = created.body;
    const joined = await request(`${first.url}/api/join`, { body: { code, name: 'Ada' } });

    const ada = client(first.url, room, joined.body.token);
    const teacher = client(first.url, room, teacherToken);
    await Promise.all([ada.synced, teacher.synced]);
    for (let i = 0; i < 20; i++) addClaim(ada.doc, `ada${i}`, `Ada's reason ${i}`);
    await ada.acknowledged();
    const acknowledged = readDocument(ada.doc);
    ada.destroy();

    await killHard(first.child);
    await teacher.until(() => !teacher.provider.isSynced, 'the teacher to notice the server is gone');
    // The teacher goes on editing while the server is down.
    for (let i = 0; i < 5; i++) addClaim(teacher.doc, `offline${i}`, `Written offline ${i}`, 'p2');

    const second = await serverProcess(data.dir, first.port);
    const stored = await request(`${second.url}/api/classes/${room}/map`, { token: teacherToken });
    for (let i = 0; i < 20; i++) expect(stored.body.nodes[`ada${i}`]).toEqual(acknowledged.nodes[`ada${i}`]);

    // The teacher's client reconnects by itself to the same address and sends what it wrote offline.
    await teacher.acknowledged(30_000);
    const after = await request(`${second.url}/api/classes/${room}/map`, { token: teacherToken });
    for (let i = 0; i < 5; i++) expect(after.body.nodes[`offline${i}`]?.text).toBe(`Written offline ${i}`);
    expect(after.body).toEqual(readDocument(teacher.doc));
  }, 60_000);
});
