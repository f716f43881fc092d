/**
 * The Hocuspocus `beforeHandleMessage` hook of the class server: every message a client sends
 * passes here first. Size and rate are checked on the raw bytes; a sync update goes through
 * the room's {@link RoomGuard} and is applied here, atomically with its check, so Hocuspocus's own
 * handling of the message afterwards finds nothing new in it and just acknowledges it.
 *
 * @module
 */

import {
  type ClassLimits,
  type HistoryRecord,
  isEmptyRecord,
  jsonEqual,
  type Member,
  refusedMessage,
} from '@argmap/classroom';
import type { Diagnostic } from '@argmap/core';
import type { beforeHandleMessagePayload, Connection, Document } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { MESSAGE, readAwarenessEntries, readMessageHead } from './protocol.ts';
import { TokenBucket } from './rateLimiter.ts';
import { RoomGuard } from './roomGuard.ts';

/** `WebSocket.OPEN`. */
const OPEN = 1;

/** WebSocket close codes the guard uses (4000–4999 are the application's). */
export const CLOSE_CODES: Record<string, number> = {
  'message-too-large': 4413,
  'rate-limited': 4429,
  'malformed-update': 4400,
  'out-of-order': 4409,
  'unknown-root': 4400,
  'not-allowed': 4403,
  refused: 4400,
};

/** Where an accepted change is recorded for the class history (the room's name, who, what). */
export type HistorySink = (room: string, member: Member, record: HistoryRecord) => void;

/** Makes the hook; `history` records each accepted change, `now` is the clock for the rate limit. */
export function createMessageGuard(
  limits: ClassLimits,
  history: HistorySink = () => {},
  now: () => number = Date.now,
) {
  const buckets = new WeakMap<Connection, TokenBucket>();
  const dropped = new WeakSet<Connection>();
  const guards = new WeakMap<Y.Doc, RoomGuard>();
  const presenceOwners = new WeakMap<Document, Map<number, Connection>>();

  return async function beforeHandleMessage(payload: beforeHandleMessagePayload): Promise<void> {
    const { connection, document, update: data } = payload;
    // Messages already in flight from a dropped client: never handled, and never settled, so
    // Hocuspocus neither applies them nor logs each one (the pending promise is garbage once the
    // closed connection is).
    if (dropped.has(connection)) return new Promise<void>(() => {});
    const member = payload.context.member as Member;
    let bucket = buckets.get(connection);
    if (bucket === undefined) {
      bucket = new TokenBucket(limits.messagesPerSecond, limits.burst, now());
      buckets.set(connection, bucket);
    }
    if (data.length > limits.maxMessageBytes) {
      drop(connection, [
        problem(
          'message-too-large',
          `Messages are limited to ${limits.maxMessageBytes} bytes; this one had ${data.length}.`,
        ),
      ]);
    }
    if (!bucket.take(now())) {
      drop(connection, [
        problem(
          'rate-limited',
          `Too many messages: at most ${limits.messagesPerSecond} a second. Reconnecting…`,
        ),
      ]);
    }
    const head = readMessageHead(data);
    if (head === undefined)
      drop(connection, [problem('malformed-update', 'The server could not read this message.')]);
    // Only the server speaks for the class: a client may not broadcast to the others.
    if (head.type === MESSAGE.broadcastStateless) {
      drop(connection, [problem('not-allowed', 'Clients cannot broadcast messages in a class.')]);
    }
    if (head.type === MESSAGE.awareness) {
      const problem = checkPresence(data, member, connection, document, presenceOwners);
      if (problem) drop(connection, [problem]);
    }
    if (head.update === undefined) return;

    let guard = guards.get(document);
    if (guard === undefined) {
      guard = new RoomGuard(document);
      guards.set(document, guard);
    }
    const verdict = guard.check(head.update, member, limits);
    switch (verdict.kind) {
      case 'unchanged':
        return;
      case 'accepted':
        guard.commit(verdict, connection);
        if (!isEmptyRecord(verdict.record)) history(document.name, member, verdict.record);
        return;
      case 'refused':
        guard.commit(verdict, connection);
        connection.sendStateless(JSON.stringify(refusedMessage(verdict.diagnostics)));
        return;
      case 'rejected':
        drop(connection, verdict.diagnostics);
    }
  };

  /** Drops the client once; later messages from it are ignored above. */
  function drop(connection: Connection, diagnostics: Diagnostic[]): never {
    dropped.add(connection);
    return dropConnection(connection, diagnostics);
  }
}

/**
 * Tells the client why, closes its socket (a well-behaved client reconnects and resyncs) and
 * throws, which stops Hocuspocus from handling the message.
 */
function dropConnection(connection: Connection, diagnostics: Diagnostic[]): never {
  const message = refusedMessage(diagnostics);
  connection.sendStateless(JSON.stringify(message));
  const code = CLOSE_CODES[message.code] ?? 4400;
  connection.webSocket.close(code, message.code);
  throw Object.assign(new Error(message.message), { code, reason: message.code });
}

/**
 * Presence is relayed to the whole class as each client states it, so the server holds it to the
 * truth. Clients re-send everyone's presence they hear of; an entry that is not newer than the
 * room's, or a removal, passes. A newer entry may come only from the
 * open connection that first announced that Yjs client, and the person it names (`person`, as the
 * editor writes it) must be the member the token says. Without this a student could appear as the
 * teacher, or blank out someone else's presence.
 */
function checkPresence(
  data: Uint8Array,
  member: Member,
  connection: Connection,
  document: Document,
  owners: WeakMap<Document, Map<number, Connection>>,
): Diagnostic | undefined {
  const entries = readAwarenessEntries(data);
  if (entries === undefined)
    return problem('malformed-update', 'The server could not read this presence message.');
  let owned = owners.get(document);
  if (owned === undefined) {
    owned = new Map();
    owners.set(document, owned);
  }
  for (const { clientId, clock, state } of entries) {
    // Providers echo every presence change they hear of, and drop a silent client's entry after
    // 30 s: removals and entries no newer than the room's are routine and change nothing lasting
    // (a removed person is back with their next renewal), so they pass and claim nothing.
    if (state === null) continue;
    const known = document.awareness.meta.get(clientId)?.clock;
    if (known !== undefined && clock <= known) continue;
    const owner = owned.get(clientId);
    // A client that reconnects announces itself again on its new connection: the old one, closed,
    // no longer holds its entry.
    if (owner !== undefined && owner !== connection && owner.webSocket.readyState === OPEN) {
      return problem('not-allowed', 'A client announces only its own presence.');
    }
    owned.set(clientId, connection);
    if (typeof state !== 'object' || state === null || !('person' in state)) continue;
    const person = (state as { person: unknown }).person;
    if (!jsonEqual(person, { memberId: member.id, name: member.name, role: member.role })) {
      return problem('not-allowed', 'A client announces only the person its token belongs to.');
    }
  }
  return undefined;
}

function problem(code: string, message: string): Diagnostic {
  return { severity: 'error', code, message };
}
