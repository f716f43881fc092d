/**
 * A class client in Node: a Hocuspocus provider over `ws` with its own Yjs document, collecting
 * what the server says. The load test and the server's tests use it; it is also the smallest
 * example of a tool joining a room (docs/collaboration.md).
 *
 * @module
 */

import { parseServerMessage, type ServerMessage } from '@argmap/classroom';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A connected client. */
export interface NodeClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Every message the server sent, in order. */
  messages: ServerMessage[];
  /** Why authentication failed, once it has. */
  denied?: string;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  /** Resolves when `condition()` holds, checked on every change of the client's state; rejects after `timeoutMs`. */
  until(condition: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  /** Resolves once the server has acknowledged every local change. */
  acknowledged(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

/** How to reach a room. */
export interface ClientOptions {
  collabUrl: string;
  room: string;
  token: string;
  /** Start from this document instead of a new one (to test offline edits). */
  doc?: Y.Doc;
}

/** Connects a client; resolves at once (await `synced` for the first sync). */
export function connectClient(options: ClientOptions): NodeClient {
  const doc = options.doc ?? new Y.Doc();
  const listeners = new Set<() => void>();
  const poke = () => {
    for (const listener of [...listeners]) listener();
  };
  const client: NodeClient = {
    doc,
    messages: [],
    provider: undefined as unknown as HocuspocusProvider,
    synced: Promise.resolve(),
    until(condition, what, timeoutMs = 20_000) {
      if (condition()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!condition()) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
        }, timeoutMs);
        listeners.add(check);
      });
    },
    acknowledged(timeoutMs) {
      return client.until(
        () => client.provider.isSynced && !client.provider.hasUnsyncedChanges,
        'the server to acknowledge every change',
        timeoutMs,
      );
    },
    destroy() {
      client.provider.destroy();
    },
  };
  client.provider = new HocuspocusProvider({
    url: options.collabUrl,
    name: options.room,
    token: options.token,
    document: doc,
    WebSocketPolyfill: WebSocket,
    // Retry fast: tests restart servers on loopback.
    delay: 50,
    minDelay: 50,
    factor: 1.5,
    maxDelay: 1000,
    onStateless: ({ payload }) => {
      const message = parseServerMessage(payload);
      if (message !== undefined) client.messages.push(message);
      poke();
    },
    onAuthenticationFailed: ({ reason }) => {
      client.denied = reason;
      poke();
    },
    onSynced: poke,
    onUnsyncedChanges: poke,
    onStatus: poke,
    onClose: poke,
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  doc.on('update', poke);
  client.provider.awareness?.on('change', poke);
  client.synced = client.until(() => client.provider.isSynced, 'the first sync');
  return client;
}
