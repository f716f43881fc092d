/**
 * The class server's one SQLite file: class sessions (the lock lives in the room's document), their members (by token hash), and each
 * room's Yjs document as a snapshot plus a log of the updates since it.
 *
 * Durability: every update the server applies is appended to the log synchronously, before the
 * client gets its acknowledgement, so a killed server loses nothing it acknowledged. Hocuspocus's
 * Database extension calls {@link ClassStore.storeSnapshot} (debounced) to fold the log into a
 * new snapshot. WAL mode with `synchronous = NORMAL` survives a crash of the process; a power
 * cut may lose the last transactions (use `synchronous = FULL` if that matters more than speed).
 *
 * Several processes may share the file (with `--redis`): a snapshot is always the union of the
 * stored snapshot, the log and the process's state, written in one immediate transaction, so a
 * process whose copy of a room lags behind the others never drops what they logged.
 *
 * @module
 */

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryRecord, Member, Role } from '@argmap/classroom';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/** A class session as stored. */
export interface SessionRow {
  room: string;
  code: string;
  title: string;
  createdAt: string;
}

/** A member as stored, with the session they belong to. */
export interface MemberRow extends Member {
  room: string;
  removed: boolean;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  room TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS members (
  token_hash TEXT PRIMARY KEY,
  room TEXT NOT NULL REFERENCES sessions(room),
  id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('teacher', 'student')),
  name TEXT NOT NULL,
  removed INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
  room TEXT PRIMARY KEY,
  data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_room ON updates(room, seq);
CREATE TABLE IF NOT EXISTS history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  at TEXT NOT NULL,
  member_id TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_room ON history(room, seq);
`;

/** How many history entries a room keeps (the oldest go first). */
export const HISTORY_KEPT = 2000;

/** One entry of a room's history, as the teacher's history endpoint returns it. */
export interface HistoryEntry {
  seq: number;
  at: string;
  member: Member;
  record: HistoryRecord;
}

/** The file's name inside the data folder. */
export const DATABASE_FILE = 'argmap-classes.sqlite';

/** Opens (creating if needed) the class store in `dataDir`. */
export function openStore(dataDir: string): ClassStore {
  mkdirSync(dataDir, { recursive: true });
  return new ClassStore(new Database(join(dataDir, DATABASE_FILE)));
}

/** Synchronous access to the class server's SQLite file (better-sqlite3 is synchronous by design). */
export class ClassStore {
  readonly db: Database.Database;
  private readonly statements;

  constructor(db: Database.Database) {
    this.db = db;
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
    this.statements = {
      insertSession: db.prepare('INSERT INTO sessions (room, code, title, created_at) VALUES (?, ?, ?, ?)'),
      sessionByRoom: db.prepare('SELECT * FROM sessions WHERE room = ?'),
      sessionByCode: db.prepare('SELECT * FROM sessions WHERE code = ?'),
      insertMember: db.prepare(
        'INSERT INTO members (token_hash, room, id, role, name, removed, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)',
      ),
      memberByToken: db.prepare('SELECT * FROM members WHERE token_hash = ?'),
      memberById: db.prepare('SELECT name FROM members WHERE room = ? AND id = ? LIMIT 1'),
      removeMember: db.prepare(
        "UPDATE members SET removed = 1 WHERE room = ? AND id = ? AND role = 'student'",
      ),
      appendUpdate: db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)'),
      snapshot: db.prepare('SELECT data FROM snapshots WHERE room = ?'),
      updates: db.prepare('SELECT seq, data FROM updates WHERE room = ? ORDER BY seq'),
      putSnapshot: db.prepare(
        'INSERT INTO snapshots (room, data) VALUES (?, ?) ON CONFLICT(room) DO UPDATE SET data = excluded.data',
      ),
      dropUpdates: db.prepare('DELETE FROM updates WHERE room = ? AND seq <= ?'),
      appendHistory: db.prepare(
        'INSERT INTO history (room, at, member_id, name, role, record) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      trimHistory: db.prepare(
        'DELETE FROM history WHERE room = ? AND seq <= (SELECT seq FROM history WHERE room = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)',
      ),
      history: db.prepare('SELECT * FROM history WHERE room = ? ORDER BY seq DESC LIMIT ?'),
    };
  }

  /** Records a new session; `code` must be unused (the caller retries on a clash). */
  insertSession(session: SessionRow): void {
    this.statements.insertSession.run(session.room, session.code, session.title, session.createdAt);
  }

  sessionByRoom(room: string): SessionRow | undefined {
    return toSession(this.statements.sessionByRoom.get(room));
  }

  sessionByCode(code: string): SessionRow | undefined {
    return toSession(this.statements.sessionByCode.get(code));
  }

  /** Records a member under the hash of their token (the token itself is never stored). */
  insertMember(tokenHash: string, room: string, member: Member): void {
    this.statements.insertMember.run(
      tokenHash,
      room,
      member.id,
      member.role,
      member.name,
      new Date().toISOString(),
    );
  }

  memberByTokenHash(tokenHash: string): MemberRow | undefined {
    const row = this.statements.memberByToken.get(tokenHash) as Record<string, unknown> | undefined;
    if (row === undefined) return undefined;
    return {
      room: String(row.room),
      id: String(row.id),
      role: row.role as Role,
      name: String(row.name),
      removed: row.removed === 1,
    };
  }

  /** A member's name in a room, by their id. */
  memberById(room: string, memberId: string): { name: string } | undefined {
    const row = this.statements.memberById.get(room, memberId) as { name?: unknown } | undefined;
    return row === undefined ? undefined : { name: String(row.name) };
  }

  /** Marks a student of a room as removed (their token stops working); false if there is no such student. */
  removeStudent(room: string, memberId: string): boolean {
    return this.statements.removeMember.run(room, memberId).changes > 0;
  }

  /** Appends one update to a room's log. Synchronous: it is on disk when this returns. */
  appendUpdate(room: string, update: Uint8Array): void {
    this.statements.appendUpdate.run(room, Buffer.from(update));
  }

  /** A room's whole document (snapshot and log merged) as one Yjs update, or `null` if it has none. */
  loadDocument(room: string): Uint8Array | null {
    const { parts } = this.loadRows(room);
    return parts.length === 0 ? null : Y.mergeUpdates(parts);
  }

  private loadRows(room: string): { parts: Uint8Array[]; lastSeq: number } {
    const parts: Uint8Array[] = [];
    let lastSeq = 0;
    const snapshot = this.statements.snapshot.get(room) as { data: Buffer } | undefined;
    if (snapshot !== undefined) parts.push(new Uint8Array(snapshot.data));
    for (const row of this.statements.updates.iterate(room) as Iterable<{ seq: number; data: Buffer }>) {
      parts.push(new Uint8Array(row.data));
      lastSeq = row.seq;
    }
    return { parts, lastSeq };
  }

  /**
   * Folds `state` (a process's copy of the room), the stored snapshot and the log into one new
   * snapshot and empties the log. Yjs updates merge like sets, so the union loses nothing another
   * process logged or stored that `state` lacks. One immediate transaction: no other process can
   * append between the read of the log and its deletion.
   */
  storeSnapshot(room: string, state: Uint8Array): void {
    this.db
      .transaction(() => {
        const stored = this.loadRows(room);
        const merged = stored.parts.length === 0 ? state : Y.mergeUpdates([...stored.parts, state]);
        this.statements.putSnapshot.run(room, Buffer.from(merged));
        if (stored.lastSeq > 0) this.statements.dropUpdates.run(room, stored.lastSeq);
      })
      .immediate();
  }

  /** Log entries waiting to be folded into a room's snapshot (for tests and monitoring). */
  pendingUpdates(room: string): number {
    return (this.statements.updates.all(room) as unknown[]).length;
  }

  /** Adds what `member` did to the room's history, keeping the last {@link HISTORY_KEPT} entries. */
  appendHistory(room: string, member: Member, record: HistoryRecord, at = new Date()): void {
    const { lastInsertRowid } = this.statements.appendHistory.run(
      room,
      at.toISOString(),
      member.id,
      member.name,
      member.role,
      JSON.stringify(record),
    );
    // Trimmed now and then, not on every change: one indexed delete per hundred entries.
    if (Number(lastInsertRowid) % 100 === 0) this.statements.trimHistory.run(room, room, HISTORY_KEPT);
  }

  /** The room's latest history entries, newest first. */
  history(room: string, limit = 200): HistoryEntry[] {
    const rows = this.statements.history.all(room, limit) as Record<string, unknown>[];
    return rows.map((row) => ({
      seq: Number(row.seq),
      at: String(row.at),
      member: { id: String(row.member_id), name: String(row.name), role: row.role as Role },
      record: JSON.parse(String(row.record)) as HistoryRecord,
    }));
  }

  close(): void {
    this.db.close();
  }
}

function toSession(row: unknown): SessionRow | undefined {
  if (row === undefined) return undefined;
  const r = row as Record<string, unknown>;
  return {
    room: String(r.room),
    code: String(r.code),
    title: String(r.title),
    createdAt: String(r.created_at),
  };
}
