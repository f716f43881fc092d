/**
 * Several class server processes sharing rooms: Hocuspocus's Redis extension relays each room's
 * updates, awareness (presence) and server broadcasts (the lock) between the processes that have
 * the room open, over one Redis channel per room.
 *
 * What is relayed is not checked again: the process a client is connected to checks its update
 * (`messageGuard.ts`) and relays only what it accepted, or the change together with its undoing.
 * Checking again elsewhere could refuse there what was accepted here, and the replicas would part.
 *
 * Redis pub/sub keeps nothing: what is published while a process is cut off from Redis never
 * reaches it. So after every reconnection each process resubscribes and publishes its state
 * vector for each open room; the others answer with what it lacks and ask for what they lack
 * (Yjs's two-step sync), and the rooms agree again.
 *
 * @module
 */

import { Redis } from '@hocuspocus/extension-redis';
import { OutgoingMessage } from '@hocuspocus/server';
import IORedis from 'ioredis';
import { RELAYED } from './relayed.ts';

/** The Redis extension for `url`, the class server's own messages between processes, and how to close. */
export interface RedisRelay {
  extension: Redis;
  /**
   * Resolves once the Redis connections are up and the removals channel is subscribed; rejects
   * with the first connection error (a wrong URL, Redis not running) so that a process that cannot
   * share rooms says so and stops at once.
   */
  connected: Promise<void>;
  /** Tells every other process that a student was removed from a room (to close their connections there). */
  publishRemoval(room: string, memberId: string): void;
  /** Called when another process removed a student. */
  onRemoval(handler: (room: string, memberId: string) => void): void;
  close(): Promise<void>;
}

/**
 * The Redis extension without its store lock. The lock makes only one process store a room at a
 * time and makes the others skip (printing an error each time); here every snapshot is a union
 * written in one SQLite transaction (`ClassStore.storeSnapshot`), so concurrent stores are safe
 * and none needs skipping.
 */
class SharedFileRedis extends Redis {
  override async onStoreDocument(): Promise<void> {}
}

/** Connects to Redis at `url` (`redis://host:port/db`, `rediss://` for TLS). */
export function redisRelay(url: string, prefix = 'argmap-class'): RedisRelay {
  const extension = new SharedFileRedis({
    prefix,
    createClient: () =>
      new IORedis(url, {
        // Reconnect quickly and for ever: a restarted Redis should find the rooms again at once.
        retryStrategy: (times) => Math.min(times * 100, 1000),
        // While Redis is away, publishes wait for it instead of failing after a number of
        // retries: the extension does not catch them, and an unhandled rejection ends the process.
        maxRetriesPerRequest: null,
      }),
  });
  if (extension.redisTransactionOrigin !== RELAYED) {
    throw new Error('the Redis extension changed its transaction origin; update RELAYED');
  }
  // Without a listener ioredis prints every failed reconnection as an unhandled error; while Redis
  // is away the process goes on serving its own clients, and catches up once it is back.
  for (const client of [extension.pub, extension.sub]) client.on('error', () => {});

  let connectedOnce = false;
  extension.sub.on('ready', () => {
    if (!connectedOnce) {
      connectedOnce = true;
      return;
    }
    void resync(extension, prefix);
  });

  // A channel of our own, on a connection of its own (the extension's subscriber reads every
  // message on it as a Hocuspocus message).
  const removals = `${prefix}/removals`;
  const self = extension.configuration.identifier;
  const handlers: ((room: string, memberId: string) => void)[] = [];
  const control = extension.sub.duplicate();
  control.on('error', () => {});
  control.on('message', (channel: string, text: string) => {
    if (channel !== removals) return;
    const message = parseRemoval(text);
    if (message === undefined || message.from === self) return;
    for (const handler of handlers) handler(message.room, message.memberId);
  });

  const ready = (client: IORedis) =>
    new Promise<void>((resolve, reject) => {
      if (client.status === 'ready') resolve();
      client.once('ready', () => resolve());
      client.once('error', (error: Error) => reject(error));
    });
  const connected = Promise.all([
    ready(extension.pub as IORedis),
    ready(extension.sub as IORedis),
    control.subscribe(removals),
  ]).then(() => {});

  return {
    extension,
    connected,
    publishRemoval(room, memberId) {
      void extension.pub.publish(removals, JSON.stringify({ from: self, room, memberId })).catch(() => {});
    },
    onRemoval(handler) {
      handlers.push(handler);
    },
    async close() {
      // Not the extension's onDestroy: its QUIT would wait for a Redis that may be away.
      extension.pub.disconnect();
      extension.sub.disconnect();
      control.disconnect();
    },
  };
}

/** After a reconnection: resubscribe every open room, then publish its state vector and ask who is there. */
async function resync(extension: Redis, prefix: string): Promise<void> {
  const documents = [...(extension.instance?.documents.values() ?? [])];
  if (documents.length === 0) return;
  try {
    // ioredis resubscribes by itself, but only after 'ready'; this waits for Redis to confirm.
    await extension.sub.subscribe(...documents.map((document) => `${prefix}:${document.name}`));
    for (const document of documents) {
      const sync = new OutgoingMessage(document.name).createSyncMessage().writeFirstSyncStepFor(document);
      const query = new OutgoingMessage(document.name).writeQueryAwareness();
      for (const message of [sync, query]) {
        await extension.pub.publish(
          `${prefix}:${document.name}`,
          Buffer.concat([extension.messagePrefix, Buffer.from(message.toUint8Array())]),
        );
      }
    }
  } catch {
    // Redis went away again: the next 'ready' runs this again.
  }
}

function parseRemoval(text: string): { from: string; room: string; memberId: string } | undefined {
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const { from, room, memberId } = value;
    if (typeof from === 'string' && typeof room === 'string' && typeof memberId === 'string') {
      return { from, room, memberId };
    }
  } catch {
    // Not ours: ignored.
  }
  return undefined;
}
