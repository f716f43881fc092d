import type { HistoryRecord, Member } from '@argmap/classroom';
import type { ArgMapDocument } from '@argmap/core';

/**
 * The class server's HTTP API as the editor calls it (docs/collaboration.md). Every call resolves
 * to a value, never throws: a server that cannot be reached, refuses or answers nonsense gives a
 * sentence to show the teacher or student.
 *
 * @module
 */

/** Where a class server is: its HTTP origin ('' for the page's own, through the dev proxy). */
export interface ClassServer {
  /** e.g. `http://127.0.0.1:1234`, or '' for the page's own origin. */
  origin: string;
}

/** What starting or joining a class gives: the room, the member's token and who they are. */
export interface ClassTicket {
  room: string;
  token: string;
  member: Member;
  title: string;
  /** The join code, for the teacher (a student's ticket has none). */
  code?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** The server a page talks to: `VITE_CLASS_SERVER` when the build names one, else the page's own origin. */
export function defaultClassServer(): ClassServer {
  const configured = import.meta.env.VITE_CLASS_SERVER as string | undefined;
  return { origin: (configured ?? '').replace(/\/+$/, '') };
}

/** The WebSocket URL of the server's collaboration endpoint. */
export function collabUrl(server: ClassServer, page: Pick<Location, 'protocol' | 'host'> = location): string {
  if (server.origin) return `${server.origin.replace(/^http/, 'ws')}/collab`;
  return `${page.protocol === 'https:' ? 'wss:' : 'ws:'}//${page.host}/collab`;
}

/** Starts a class from the open map; the teacher's ticket, with the join code. */
export function startClass(server: ClassServer, map: ArgMapDocument): Promise<ApiResult<ClassTicket>> {
  return call(server, '/api/classes', { map }, readTicket);
}

/** Joins a class with its code and a name; the student's ticket. */
export function joinClass(server: ClassServer, code: string, name: string): Promise<ApiResult<ClassTicket>> {
  return call(server, '/api/join', { code, name }, readTicket);
}

/** Locks or unlocks student edits (the teacher's token only). */
export function setClassLocked(
  server: ClassServer,
  ticket: ClassTicket,
  locked: boolean,
): Promise<ApiResult<{ locked: boolean }>> {
  return call(
    server,
    `/api/classes/${encodeURIComponent(ticket.room)}/lock`,
    { locked },
    (body) => (typeof body.locked === 'boolean' ? { locked: body.locked } : undefined),
    ticket.token,
  );
}

/** Removes a student from the class (the teacher's token only). */
export function removeStudent(
  server: ClassServer,
  ticket: ClassTicket,
  member: string,
): Promise<ApiResult<{ removed: string }>> {
  return call(
    server,
    `/api/classes/${encodeURIComponent(ticket.room)}/remove`,
    { member },
    (body) => (typeof body.removed === 'string' ? { removed: body.removed } : undefined),
    ticket.token,
  );
}

/** Hides, shows again or accepts a student's contribution (the teacher's token only). */
export function moderate(
  server: ClassServer,
  ticket: ClassTicket,
  node: string,
  action: 'hide' | 'show' | 'accept',
): Promise<ApiResult<{ nodes: number }>> {
  return call(
    server,
    `/api/classes/${encodeURIComponent(ticket.room)}/contribution`,
    { node, action },
    (body) => (typeof body.nodes === 'number' ? { nodes: body.nodes } : undefined),
    ticket.token,
  );
}

/** One change in the class history, as the server keeps it. */
export interface HistoryEntry {
  at: string;
  member: Member;
  record: HistoryRecord;
}

/** The class's history, newest first (the teacher's token only). */
export function readHistory(server: ClassServer, ticket: ClassTicket): Promise<ApiResult<HistoryEntry[]>> {
  return call(
    server,
    `/api/classes/${encodeURIComponent(ticket.room)}/history`,
    undefined,
    (body) => (Array.isArray(body.entries) ? (body.entries as HistoryEntry[]) : undefined),
    ticket.token,
  );
}

function readTicket(body: Record<string, unknown>): ClassTicket | undefined {
  const { room, token, member, title, code } = body;
  if (typeof room !== 'string' || typeof token !== 'string' || typeof title !== 'string') return undefined;
  if (typeof member !== 'object' || member === null) return undefined;
  const { id, role, name } = member as Record<string, unknown>;
  if (typeof id !== 'string' || (role !== 'teacher' && role !== 'student') || typeof name !== 'string') {
    return undefined;
  }
  const ticket: ClassTicket = { room, token, title, member: { id, role, name } };
  if (typeof code === 'string') ticket.code = code;
  return ticket;
}

const UNREACHABLE =
  'The class server cannot be reached. Check the address, or ask whoever runs it whether it is running.';

async function call<T>(
  server: ClassServer,
  path: string,
  body: unknown,
  read: (body: Record<string, unknown>) => T | undefined,
  token?: string,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    // No body: a GET (reading); else a POST with the body as JSON.
    response = await fetch(`${server.origin}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, code: 'unreachable', message: UNREACHABLE };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, code: 'bad-answer', message: `${UNREACHABLE} (It answered ${response.status}.)` };
  }
  const fields = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (!response.ok) {
    const error = fields.error as { code?: unknown; message?: unknown } | undefined;
    return {
      ok: false,
      code: typeof error?.code === 'string' ? error.code : `http-${response.status}`,
      message:
        typeof error?.message === 'string' ? error.message : `The class server answered ${response.status}.`,
    };
  }
  const value = read(fields);
  return value === undefined
    ? { ok: false, code: 'bad-answer', message: 'The class server sent an answer the editor cannot read.' }
    : { ok: true, value };
}
