/**
 * Test helpers: a class server on a free loopback port with its data in a fresh temporary folder,
 * JSON requests to its API, and a map to start classes from.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument, writeDocument } from '@argmap/classroom';
import { type ArgMapDocument, toDocument } from '@argmap/core';
import { afterEach } from 'vitest';
import type * as Y from 'yjs';
import { smallMap } from '../../../packages/core/test/maps.ts';
import { type ClassServer, type ClassServerOptions, startClassServer } from '../src/classServer.ts';
import { connectClient, type NodeClient } from '../src/client/nodeClient.ts';

/** A fresh data folder, removed by the returned function. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-class-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A server on 127.0.0.1, port 0, in its own data folder; `stop` closes it and removes the folder. */
export async function testServer(
  options: Partial<ClassServerOptions> = {},
): Promise<{ server: ClassServer; stop: () => Promise<void> }> {
  const data = tempDataDir();
  const server = await startClassServer({ dataDir: data.dir, port: 0, ...options });
  return {
    server,
    stop: async () => {
      await server.close();
      data.remove();
    },
  };
}

/** A JSON request; resolves with the status and parsed body. */
export async function request(
  url: string,
  options: { method?: string; body?: unknown; token?: string } = {},
  // biome-ignore lint/suspicious/noExplicitAny: tests read reply bodies by path; a wrong path fails the assertion.
): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: {
      'content-type': 'application/json',
      ...(options.token !== undefined && { authorization: `Bearer ${options.token}` }),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

/** The small test map as a document. */
export function startingMap(): ArgMapDocument {
  return toDocument(smallMap());
}

/** Starts a class as the teacher and joins it with each student name. */
export async function startClass(server: ClassServer, students: string[] = []) {
  const created = await request(`${server.url}/api/classes`, { body: { map: startingMap() } });
  if (created.status !== 201) throw new Error(`could not start a class: ${JSON.stringify(created.body)}`);
  const joined = [];
  for (const name of students) {
    const r = await request(`${server.url}/api/join`, { body: { code: created.body.code, name } });
    if (r.status !== 200) throw new Error(`could not join: ${JSON.stringify(r.body)}`);
    joined.push(r.body as { room: string; token: string; member: { id: string; name: string } });
  }
  return {
    teacher: created.body as {
      room: string;
      code: string;
      token: string;
      member: { id: string; name: string };
    },
    students: joined,
  };
}

/** Adds a claim `id` that opposes `target`, as a client edits its replica. */
export function addClaim(doc: Y.Doc, id: string, text = `Claim ${id}`, target = 'p1'): void {
  const map = readDocument(doc);
  writeDocument(doc, {
    ...map,
    nodes: { ...map.nodes, [id]: { id, kind: 'claim', text, baseScore: 0.5 } },
    edges: { ...map.edges, [`e-${id}`]: { id: `e-${id}`, kind: 'opposes', source: id, target } },
  });
}

/**
 * Servers and clients for a test file, each closed after the test that started it (in reverse
 * order). Call once at the top of the file: it registers the `afterEach`.
 */
export function classTestKit() {
  let cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup = [];
  });
  return {
    /** A server on a free loopback port in its own data folder. */
    async server(options: Partial<ClassServerOptions> = {}): Promise<ClassServer> {
      const started = await testServer(options);
      cleanup.push(started.stop);
      return started.server;
    },
    /** A client in `room` with `token`. */
    client(s: ClassServer, room: string, token: string): NodeClient {
      const c = connectClient({ collabUrl: s.collabUrl, room, token });
      cleanup.push(() => c.destroy());
      return c;
    },
  };
}
