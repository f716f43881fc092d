/**
 * `startClassServer`: one process serving live class maps. An HTTP server carries the small JSON
 * API (`httpApi.ts`) and, on `/collab`, WebSocket connections handed to Hocuspocus, which syncs
 * one Yjs document per room. Rooms are stored in one SQLite file in `dataDir`.
 *
 * @module
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  acceptContribution,
  CLASS,
  type ClassLimits,
  contributionOf,
  DEFAULT_LIMITS,
  type HistoryRecord,
  hideContribution,
  type Member,
  type ModerationResult,
  readDocument,
  readHidden,
  refusedMessage,
  showContribution,
} from '@argmap/classroom';
import {
  type afterUnloadDocumentPayload,
  type DirectConnection,
  Hocuspocus,
  type onAuthenticatePayload,
} from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { type Api, diagnosticsReply, errorReply, handleHttp } from './httpApi.ts';
import { createMessageGuard } from './messageGuard.ts';
import { snapshotExtension, updateLogExtension } from './persistence.ts';
import { redisRelay } from './redisRelay.ts';
import { authenticate, createSession, joinSession } from './sessions.ts';
import { type ClassStore, openStore } from './store.ts';

/** How to run a class server. */
export interface ClassServerOptions {
  /** Folder for the SQLite file; created if missing. */
  dataDir: string;
  /** Interface to listen on. Default `127.0.0.1` (this machine only). */
  host?: string;
  /** Port; `0` picks a free one. Default `1234`. */
  port?: number;
  limits?: Partial<ClassLimits>;
  /** Milliseconds Hocuspocus waits after a change before folding the log into a snapshot. Default 2000. */
  snapshotDebounceMs?: number;
  /**
   * A Redis URL: share rooms with the other processes that use the same `dataDir` and the same
   * Redis (`redisRelay.ts`). Without it the process must be alone on its data folder.
   */
  redis?: string;
}

/** A running class server. */
export interface ClassServer {
  /** `http://host:port`, for the API. */
  url: string;
  /** `ws://host:port/collab`, for Hocuspocus providers. */
  collabUrl: string;
  port: number;
  store: ClassStore;
  hocuspocus: Hocuspocus;
  limits: ClassLimits;
  /** Closes every connection, stores every open document and closes the database. */
  close(): Promise<void>;
}

/** The WebSocket path. */
export const COLLAB_PATH = '/collab';

/** Starts a class server and resolves once it listens. */
export async function startClassServer(options: ClassServerOptions): Promise<ClassServer> {
  const limits: ClassLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const store = openStore(options.dataDir);

  const relay = options.redis === undefined ? undefined : redisRelay(options.redis);
  if (relay !== undefined) {
    try {
      await relay.connected;
    } catch (error) {
      await relay.close();
      store.close();
      throw new Error(
        `Redis at ${redactedUrl(options.redis as string)} cannot be reached: ${(error as Error).message}`,
      );
    }
  }

  const unloadWaiters: (() => void)[] = [];
  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: options.snapshotDebounceMs ?? 2000,
    extensions: [
      snapshotExtension(store),
      updateLogExtension(store),
      ...(relay === undefined ? [] : [relay.extension]),
    ],
    async onAuthenticate({ token, documentName }: onAuthenticatePayload) {
      const member = authenticate(store, token, documentName);
      if (member === undefined) {
        // Same answer for a missing, wrong or removed token and for another room's token.
        throw Object.assign(new Error('permission denied'), { reason: 'invalid-token' });
      }
      return { member: { id: member.id, role: member.role, name: member.name } };
    },
    beforeHandleMessage: createMessageGuard(limits, (room, member, record) =>
      store.appendHistory(room, member, record),
    ),
    async afterUnloadDocument({ instance }: afterUnloadDocumentPayload) {
      if (instance.getDocumentsCount() === 0) for (const resolve of unloadWaiters.splice(0)) resolve();
    },
  });

  const api: Api = {
    createClass(map) {
      const created = createSession(store, map, limits);
      if (!created.ok) return diagnosticsReply(created.diagnostics);
      const { teacherToken, ...rest } = created.value;
      return { status: 201, body: { ...rest, token: teacherToken } };
    },
    join(code, name) {
      const joined = joinSession(store, code, name);
      if (!joined.ok) {
        const status = joined.diagnostics[0]?.code === 'unknown-code' ? 404 : 400;
        return { ...diagnosticsReply(joined.diagnostics), status };
      }
      return { status: 200, body: joined.value };
    },
    history(room, token) {
      const member = authenticate(store, token, room);
      if (member === undefined) return unauthorized();
      if (member.role !== 'teacher')
        return errorReply(403, 'teacher-only', "Only the teacher reads the class's history.");
      return { status: 200, body: { entries: store.history(room) } };
    },
    async moderate(room, token, node, action) {
      const member = authenticate(store, token, room);
      if (member === undefined) return unauthorized();
      if (member.role !== 'teacher')
        return errorReply(403, 'teacher-only', "Only the teacher moderates the class's contributions.");
      if (typeof node !== 'string' || (action !== 'hide' && action !== 'show' && action !== 'accept'))
        return errorReply(
          400,
          'invalid-request',
          'Send { "node": id, "action": "hide" | "show" | "accept" }.',
        );
      const connection = await hocuspocus.openDirectConnection(room, { member: serverMember });
      let done: ModerationResult = { ok: false, code: 'unknown-node', message: 'No such node in this map.' };
      let record: HistoryRecord | undefined;
      const stored = connection.transact((doc) => {
        const before = action === 'show' ? readHidden(doc)[node] : undefined;
        const target = readDocument(doc).nodes[node];
        const author = contributionOf(doc, node)?.name;
        done =
          action === 'hide'
            ? hideContribution(doc, node, member.id)
            : action === 'show'
              ? showContribution(doc, node)
              : acceptContribution(doc, node, member.id);
        const shown = target ?? before?.nodes.find((n) => n.id === node);
        if (done.ok && shown) {
          record = {
            ...emptyRecord(),
            moderation: {
              action: action === 'hide' ? 'hid' : action === 'show' ? 'showed' : 'accepted',
              author: author ?? before?.by.name ?? 'a student',
              node: { id: shown.id, kind: shown.kind, text: shown.text.slice(0, 80) },
            },
          };
        }
      });
      // transact ran the change at once (see setLocked): the reply need not wait for the store.
      void stored.catch(() => {}).then(() => release(connection));
      const result = done as ModerationResult;
      if (!result.ok) {
        return errorReply(result.code === 'not-a-contribution' ? 400 : 404, result.code, result.message);
      }
      if (record) store.appendHistory(room, member, record);
      return { status: 200, body: { nodes: result.nodes } };
    },
    async readMap(room, token) {
      if (authenticate(store, token, room) === undefined) return unauthorized();
      const connection = await hocuspocus.openDirectConnection(room, { member: serverMember });
      const map = connection.document === null ? undefined : readDocument(connection.document);
      release(connection);
      return { status: 200, body: map };
    },
    async setLocked(room, token, locked) {
      const member = authenticate(store, token, room);
      if (member === undefined) return unauthorized();
      if (member.role !== 'teacher')
        return errorReply(403, 'teacher-only', 'Only the teacher locks the map.');
      if (typeof locked !== 'boolean')
        return errorReply(400, 'invalid-request', 'Send { "locked": true } or false.');
      const connection = await hocuspocus.openDirectConnection(room, { member: serverMember });
      // transact applies (and so logs) the change at once, then stores: the reply need not wait
      // for the store (see release).
      const stored = connection.transact((doc) => doc.getMap(CLASS).set('locked', locked));
      connection.document?.broadcastStateless(JSON.stringify({ type: 'class', locked }));
      store.appendHistory(room, member, { ...emptyRecord(), locked });
      void stored.catch(() => {}).then(() => release(connection));
      return { status: 200, body: { locked } };
    },
    removeStudent(room, token, memberId) {
      const member = authenticate(store, token, room);
      if (member === undefined) return unauthorized();
      if (member.role !== 'teacher')
        return errorReply(403, 'teacher-only', 'Only the teacher removes students.');
      if (typeof memberId !== 'string' || !store.removeStudent(room, memberId)) {
        return errorReply(404, 'unknown-member', 'No student with this id is in this class.');
      }
      closeMember(room, memberId);
      relay?.publishRemoval(room, memberId);
      const removed = store.memberById(room, memberId);
      store.appendHistory(room, member, { ...emptyRecord(), removedStudent: removed?.name ?? 'a student' });
      return { status: 200, body: { removed: memberId } };
    },
  };

  /** Tells a removed student why and closes their connections to `room` on this process. */
  function closeMember(room: string, memberId: string): void {
    const message = refusedMessage([
      { severity: 'error', code: 'removed-from-class', message: 'The teacher removed you from this class.' },
    ]);
    for (const connection of hocuspocus.documents.get(room)?.getConnections() ?? []) {
      if ((connection.context.member as Member | undefined)?.id !== memberId) continue;
      connection.sendStateless(JSON.stringify(message));
      connection.webSocket.close(4403, 'removed');
    }
  }
  // The student may be connected to another process than the one the teacher asked.
  relay?.onRemoval(closeMember);

  const maxBodyBytes = limits.maxMessageBytes * 4;
  const http: Server = createServer((request, response) => {
    void handleHttp(api, request, response, maxBodyBytes);
  });
  // ws refuses (1009) anything past twice the limit before it is even buffered whole; the guard
  // answers messages between the limit and that with a clear refusal.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes * 2 });
  http.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== COLLAB_PATH) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => hocuspocus.handleConnection(ws, request));
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 1234, host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const origin = `${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url: `http://${origin}`,
    collabUrl: `ws://${origin}${COLLAB_PATH}`,
    port,
    store,
    hocuspocus,
    limits,
    async close() {
      const unloaded = new Promise<void>((resolve) => {
        unloadWaiters.push(resolve);
        if (hocuspocus.getDocumentsCount() === 0) resolve();
      });
      hocuspocus.closeConnections();
      for (const client of sockets.clients) client.terminate();
      // Closing the last connection stores and unloads each document; then the file can close.
      await unloaded;
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await relay?.close();
      store.close();
    },
  };
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString();
}

const serverMember = { id: 'server', role: 'teacher', name: 'Server' } as const;

/**
 * Closes a direct connection without making the HTTP reply wait: the change is already applied
 * and logged. With `--redis` the extension keeps the document loaded for a second or two after a
 * direct connection so the change can reach the other processes (it would hold every lock or map
 * request that long). Errors are Hocuspocus's to log.
 */
function release(connection: DirectConnection): void {
  Promise.resolve(connection.disconnect()).catch(() => {});
}

function unauthorized() {
  return errorReply(401, 'invalid-token', 'This token does not give access to this class.');
}

/** A history record that says nothing yet (lock and removal records fill in one field). */
function emptyRecord(): HistoryRecord {
  return {
    added: [],
    changed: [],
    removed: [],
    links: { added: 0, changed: 0, removed: 0 },
    meta: false,
    tours: false,
  };
}
