/**
 * Class sessions: a teacher starts one from a map and gets a join code and a teacher token;
 * students join with the code and a name and get a student token. Tokens are checked here and
 * nowhere else, so a student token can never pass for a teacher's.
 *
 * @module
 */

import { CLASS, type ClassLimits, type Member, writeDocument } from '@argmap/classroom';
import { type Diagnostic, fail, ok, parseMap, type Result, toDocument } from '@argmap/core';
import * as Y from 'yjs';
import { hashToken, newJoinCode, newMemberId, newRoom, newToken, normalizeJoinCode } from './secrets.ts';
import type { ClassStore, MemberRow } from './store.ts';

/** What the teacher gets on starting a class. */
export interface NewSession {
  room: string;
  code: string;
  title: string;
  teacherToken: string;
  member: Member;
}

/** What a student gets on joining. */
export interface Joined {
  room: string;
  title: string;
  token: string;
  member: Member;
}

/** Longest name a member may join with. */
export const MAX_NAME_LENGTH = 40;

/**
 * Starts a class session from a map (an `*.argmap.json` document, any supported version): the
 * map is validated by the core, written into the room's document, and stored.
 */
export function createSession(store: ClassStore, mapValue: unknown, limits: ClassLimits): Result<NewSession> {
  const parsed = parseMap(JSON.stringify(mapValue ?? null));
  if (!parsed.ok) return fail(parsed.diagnostics);
  const map = parsed.value;
  const items = map.nodes.size + map.edges.size;
  if (items > limits.maxItems) {
    return refuse(
      'map-too-large',
      `A class map holds at most ${limits.maxItems} nodes and edges; this one has ${items}.`,
    );
  }
  const doc = new Y.Doc();
  writeDocument(doc, toDocument(map));
  doc.getMap(CLASS).set('locked', false);
  const teacherToken = newToken();
  const member: Member = { id: newMemberId(), role: 'teacher', name: 'Teacher' };
  const title = map.meta.title;
  for (;;) {
    const room = newRoom();
    const code = newJoinCode();
    if (store.sessionByCode(code) !== undefined) continue;
    store.db.transaction(() => {
      store.insertSession({ room, code, title, createdAt: new Date().toISOString() });
      store.insertMember(hashToken(teacherToken), room, member);
      store.storeSnapshot(room, Y.encodeStateAsUpdate(doc));
    })();
    return ok({ room, code, title, teacherToken, member });
  }
}

/** Joins the session with this code as a student named `name`. */
export function joinSession(store: ClassStore, codeInput: unknown, nameInput: unknown): Result<Joined> {
  const code = typeof codeInput === 'string' ? normalizeJoinCode(codeInput) : undefined;
  const session = code === undefined ? undefined : store.sessionByCode(code);
  if (session === undefined)
    return refuse('unknown-code', 'No class has this code: check it with your teacher.');
  const name = typeof nameInput === 'string' ? nameInput.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
  if (name === '' || name.length > MAX_NAME_LENGTH || /\p{Cc}/u.test(name)) {
    return refuse('invalid-name', `Join with a name of 1 to ${MAX_NAME_LENGTH} characters.`);
  }
  const token = newToken();
  const member: Member = { id: newMemberId(), role: 'student', name };
  store.insertMember(hashToken(token), session.room, member);
  return ok({ room: session.room, title: session.title, token, member });
}

/**
 * The member a token belongs to, if it is a live token of this very room; `undefined` for a
 * missing, wrong or removed token or another room's token.
 */
export function authenticate(store: ClassStore, token: unknown, room: string): MemberRow | undefined {
  if (typeof token !== 'string' || token === '') return undefined;
  const member = store.memberByTokenHash(hashToken(token));
  if (member === undefined || member.removed || member.room !== room) return undefined;
  return member;
}

function refuse(code: string, message: string): Result<never> {
  const diagnostic: Diagnostic = { severity: 'error', code, message };
  return fail([diagnostic]);
}
