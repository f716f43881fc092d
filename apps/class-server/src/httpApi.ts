/**
 * The class server's small HTTP API (JSON in, JSON out). Starting a class and joining one are
 * open to anyone who can reach the server; everything about a room needs a member's token in
 * `Authorization: Bearer …`, and the teacher's endpoints refuse a student's token with 403.
 *
 * | Method and path | Who | What |
 * | --- | --- | --- |
 * | `POST /api/classes` `{ map }` | anyone | start a class from a map: `{ room, code, title, token, member }` |
 * | `POST /api/join` `{ code, name }` | anyone with the code | join as a student: `{ room, title, token, member }` |
 * | `GET /api/classes/:room/map` | a member | the map as an `*.argmap.json` document |
 * | `POST /api/classes/:room/lock` `{ locked }` | the teacher | lock or unlock student edits |
 * | `POST /api/classes/:room/remove` `{ member }` | the teacher | remove a student: their token stops working, their connection closes |
 * | `POST /api/classes/:room/contribution` `{ node, action }` | the teacher | hide, show or accept a student's contribution |
 * | `GET /api/classes/:room/history` | the teacher | `{ entries }`: who changed what and when, newest first (the last 200) |
 * | `GET /health` | anyone | `{ ok: true }` |
 *
 * Errors are `{ error: { code, message } }` with 400, 401, 403, 404 or 413.
 *
 * @module
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Diagnostic } from '@argmap/core';

/** A handler's answer: a status and a JSON body. */
export interface Reply {
  status: number;
  body: unknown;
}

/** What the routes need from the server. */
export interface Api {
  createClass(map: unknown): Reply;
  join(code: unknown, name: unknown): Reply;
  readMap(room: string, token: string | undefined): Promise<Reply>;
  history(room: string, token: string | undefined): Reply;
  moderate(room: string, token: string | undefined, node: unknown, action: unknown): Promise<Reply>;
  setLocked(room: string, token: string | undefined, locked: unknown): Promise<Reply>;
  removeStudent(room: string, token: string | undefined, memberId: unknown): Reply;
}

/** Routes a request to the API and writes the reply. Never throws. */
export async function handleHttp(
  api: Api,
  request: IncomingMessage,
  response: ServerResponse,
  maxBodyBytes: number,
): Promise<void> {
  let reply: Reply;
  try {
    reply = await route(api, request, maxBodyBytes);
  } catch {
    reply = errorReply(500, 'server-error', 'The class server failed on this request.');
  }
  response.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    // Tokens travel in a header, never in cookies, so any page may call the API.
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
  });
  response.end(reply.status === 204 ? undefined : JSON.stringify(reply.body));
}

async function route(api: Api, request: IncomingMessage, maxBodyBytes: number): Promise<Reply> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  if (method === 'OPTIONS') return { status: 204, body: null };
  if (method === 'GET' && url.pathname === '/health') return { status: 200, body: { ok: true } };
  const token = bearer(request);
  const roomPath = /^\/api\/classes\/([A-Za-z0-9_-]{1,64})\/(map|lock|remove|history|contribution)$/.exec(
    url.pathname,
  );

  if (method === 'GET' && roomPath?.[2] === 'map') return api.readMap(roomPath[1] as string, token);
  if (method === 'GET' && roomPath?.[2] === 'history') return api.history(roomPath[1] as string, token);
  if (method !== 'POST') return errorReply(404, 'not-found', 'No such endpoint.');
  const body = await readJson(request, maxBodyBytes);
  if (!body.ok) return body.reply;
  const fields = (typeof body.value === 'object' && body.value !== null ? body.value : {}) as Record<
    string,
    unknown
  >;
  if (url.pathname === '/api/classes') return api.createClass(fields.map);
  if (url.pathname === '/api/join') return api.join(fields.code, fields.name);
  if (roomPath?.[2] === 'lock') return api.setLocked(roomPath[1] as string, token, fields.locked);
  if (roomPath?.[2] === 'remove') return api.removeStudent(roomPath[1] as string, token, fields.member);
  if (roomPath?.[2] === 'contribution')
    return api.moderate(roomPath[1] as string, token, fields.node, fields.action);
  return errorReply(404, 'not-found', 'No such endpoint.');
}

/** An error reply. */
export function errorReply(status: number, code: string, message: string): Reply {
  return { status, body: { error: { code, message } } };
}

/** A 400 reply listing every problem found (e.g. a map that does not validate). */
export function diagnosticsReply(diagnostics: Diagnostic[]): Reply {
  const first = diagnostics[0];
  return {
    status: 400,
    body: {
      error: { code: first?.code ?? 'invalid', message: first?.message ?? 'Invalid request.', diagnostics },
    },
  };
}

function bearer(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_-]+)$/.exec(header) : null;
  return match?.[1];
}

type Body = { ok: true; value: unknown } | { ok: false; reply: Reply };

function readJson(request: IncomingMessage, maxBytes: number): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      // Stop keeping the body but let it drain, so the client reads the 413 instead of a reset.
      request.off('data', onData).off('end', onEnd).resume();
      resolve({
        ok: false,
        reply: errorReply(413, 'body-too-large', `Requests are limited to ${maxBytes} bytes.`),
      });
    };
    const onEnd = () => {
      try {
        resolve({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      } catch {
        resolve({ ok: false, reply: errorReply(400, 'invalid-json', 'The request body is not JSON.') });
      }
    };
    request
      .on('data', onData)
      .on('end', onEnd)
      .on('error', () =>
        resolve({ ok: false, reply: errorReply(400, 'request-aborted', 'The request was cut off.') }),
      );
  });
}
