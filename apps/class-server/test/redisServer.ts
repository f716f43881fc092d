/**
 * A throwaway redis-server for tests: Debian's `/usr/bin/redis-server` on a free loopback port,
 * keeping nothing on disk. Started and awaited on conditions (its "ready" line, then a PING
 * answered), never on a timer. A missing binary is an error that says how to install it.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';

/** Debian's binary, as `.ci/run` installs it. */
export const REDIS_SERVER = '/usr/bin/redis-server';

/** A running redis-server. */
export interface TestRedis {
  port: number;
  url: string;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port (after `stop`), with nothing in it. */
  start(): Promise<void>;
  /** Sends one inline command and resolves with the first line of the reply. */
  command(line: string): Promise<string>;
  /** A loopback port nothing listens on (to test a Redis that cannot be reached). */
  freePortNotListening(): Promise<number>;
}

/** Starts redis-server on a free port of 127.0.0.1. */
export async function startTestRedis(): Promise<TestRedis> {
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(
      `${REDIS_SERVER} is missing: these tests run a real Redis. Install it with "apt-get install redis-server" (.ci/run does).`,
    );
  }
  const port = await freePort();
  let child: ChildProcess | undefined;
  const redis: TestRedis = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = await launch(port);
    },
    command: (line) => send(port, line),
    freePortNotListening: freePort,
    async stop() {
      const running = child;
      child = undefined;
      if (running === undefined || running.exitCode !== null || running.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGTERM');
      });
    },
  };
  await redis.start();
  return redis;
}

async function launch(port: number): Promise<ChildProcess> {
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) resolve();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${out}`)),
    );
  });
  const pong = await send(port, 'PING');
  if (pong !== '+PONG') throw new Error(`redis-server answered PING with ${JSON.stringify(pong)}`);
  return child;
}

/** Sends one inline command to redis-server on `port`; resolves with the reply's first line. */
function send(port: number, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write(`${line}\r\n`));
    let reply = '';
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      const end = reply.indexOf('\r\n');
      if (end < 0) return;
      socket.end();
      resolve(reply.slice(0, end));
    });
    socket.once('error', reject);
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}
