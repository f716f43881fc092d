import { type ArgMap, type ArgMapDocument, type Diagnostic, toDocument } from '@argmap/core';
import type { KeyValueStore } from './keyValueStore.ts';
import { recoverMap } from './recoverMap.ts';
import { type StorageError, toStorageError } from './storageError.ts';

/** What the home screen shows for one stored map, without loading the map itself. */
export interface MapSummary {
  id: string;
  title: string;
  /** ISO 8601 time of the last save. */
  savedAt: string;
  /** Size of the saved map in bytes (UTF-8 JSON). */
  size: number;
  nodeCount: number;
}

/** A stored map, as written to IndexedDB. */
export interface StoredMap {
  id: string;
  /**
   * The map as last saved, as a plain document (IndexedDB structured-clones values, which a
   * table would not survive). Typed `unknown` because old or damaged records may not be maps.
   */
  map: unknown;
  savedAt: string;
}

/** A copy of a record that failed validation, kept untouched next to the repaired map. */
export interface MapBackup {
  id: string;
  raw: unknown;
  savedAt: string;
  repairs: Diagnostic[];
}

/** The outcome of a storage call: a value, or a failure the UI shows as it is. */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

/** A loaded map and, if it had to be repaired, what was repaired and where the original is. */
export interface LoadedMap {
  id: string;
  map: ArgMap;
  /** Empty when the stored map was valid. */
  repairs: Diagnostic[];
  /** Key of the untouched original, present when `repairs` is not empty. */
  backupKey?: string;
}

/** Everything needed to put a deleted map back. */
export interface DeletedMap {
  summary: MapSummary;
  record: StoredMap;
  /** The map's repair backups, deleted with it and put back by `restore`. */
  backups?: [string, unknown][];
}

/** Repair backups kept per map; a newer repair deletes the oldest beyond this. */
export const MAX_BACKUPS = 3;

/** Options for tests: a fixed clock and id source. */
export interface RepositoryOptions {
  now?: () => Date;
  newId?: () => string;
}

/** The student's maps in browser storage. Every method resolves; none throws. */
export interface MapRepository {
  /** Saves a map under an id, creating or replacing it, and returns its new summary. */
  save(id: string, map: ArgMap): Promise<StorageResult<MapSummary>>;
  /** Stores a map under a fresh id. */
  create(map: ArgMap): Promise<StorageResult<MapSummary>>;
  /**
   * Loads a map. A record that no longer validates is repaired as far as possible; the original is
   * kept as a backup and the repairs are returned so the student can be told. `undefined` if no map
   * has the id.
   */
  load(id: string): Promise<StorageResult<LoadedMap | undefined>>;
  /** Every stored map, most recently saved first. */
  list(): Promise<StorageResult<MapSummary[]>>;
  /** Stores a copy under a fresh id, titled "Copy of …". */
  duplicate(id: string): Promise<StorageResult<MapSummary | undefined>>;
  /** Changes a stored map's title. */
  rename(id: string, title: string): Promise<StorageResult<MapSummary | undefined>>;
  /** Deletes a map and returns what {@link MapRepository.restore} needs to undo it. */
  remove(id: string): Promise<StorageResult<DeletedMap | undefined>>;
  /** Puts a deleted map back exactly as it was. */
  restore(deleted: DeletedMap): Promise<StorageResult<void>>;
  /** The id of the map that was open last, to reopen it on the next visit. */
  lastOpened(): Promise<StorageResult<string | undefined>>;
  /** Remembers which map is open. */
  setLastOpened(id: string | undefined): Promise<StorageResult<void>>;
  /** Every backup kept for a map, oldest first. */
  backups(id: string): Promise<StorageResult<MapBackup[]>>;
}

const MAP = 'map/';
const SUMMARY = 'summary/';
const BACKUP = 'backup/';
const LAST_OPENED = 'last-opened';

/** Byte size of the map as JSON, as the home screen shows it. */
export function mapSize(map: unknown): number {
  return new TextEncoder().encode(JSON.stringify(map) ?? '').byteLength;
}

/** Creates a repository over a key-value store (IndexedDB in the app, memory in tests). */
export function createMapRepository(store: KeyValueStore, options: RepositoryOptions = {}): MapRepository {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());

  /** The home screen's line for a map; `document` is `toDocument(map)`, converted once per save. */
  const summarize = (id: string, map: ArgMap, document: ArgMapDocument, savedAt: string): MapSummary => ({
    id,
    title: map.meta.title,
    savedAt,
    size: mapSize(document),
    nodeCount: map.nodes.size,
  });

  /** A summary rebuilt from a stored record, for when its own summary is missing or damaged. */
  const summarizeRecord = (record: StoredMap): MapSummary => {
    const { map } = recoverMap(record.map, now());
    return summarize(record.id, map, toDocument(map), record.savedAt);
  };

  const write = async (id: string, map: ArgMap): Promise<MapSummary> => {
    const savedAt = now().toISOString();
    const document = toDocument(map);
    const summary = summarize(id, map, document, savedAt);
    const record: StoredMap = { id, map: document, savedAt };
    await store.setMany([
      [MAP + id, record],
      [SUMMARY + id, summary],
    ]);
    return summary;
  };

  const readRecord = async (id: string): Promise<StoredMap | undefined> => {
    const [record] = await store.getMany([MAP + id]);
    if (record === undefined) return undefined;
    // A record written by hand or by a broken build may lack the envelope: treat it as the map.
    if (typeof record === 'object' && record !== null && 'map' in record) {
      const r = record as Partial<StoredMap>;
      return { id, map: r.map, savedAt: typeof r.savedAt === 'string' ? r.savedAt : '' };
    }
    return { id, map: record, savedAt: '' };
  };

  const backupKeys = async (id: string): Promise<string[]> =>
    (await store.keys()).filter((key) => key.startsWith(`${BACKUP}${id}/`)).sort();

  const load = async (id: string): Promise<LoadedMap | undefined> => {
    const record = await readRecord(id);
    if (!record) return undefined;
    const { map, repairs } = recoverMap(record.map, now());
    if (repairs.length === 0) return { id, map, repairs };
    const backupKey = `${BACKUP}${id}/${now().toISOString()}`;
    // A map damaged again and again must not fill the student's storage with old copies.
    const older = await backupKeys(id);
    const expired = older.slice(0, Math.max(0, older.length - (MAX_BACKUPS - 1)));
    const backup: MapBackup = { id, raw: record.map, savedAt: record.savedAt, repairs };
    // The original goes to its backup key in the same transaction that replaces it.
    const savedAt = now().toISOString();
    const document = toDocument(map);
    await store.setMany([
      [backupKey, backup],
      [MAP + id, { id, map: document, savedAt } satisfies StoredMap],
      [SUMMARY + id, summarize(id, map, document, savedAt)],
    ]);
    if (expired.length > 0) await store.delMany(expired);
    return { id, map, repairs, backupKey };
  };

  const list = async (): Promise<MapSummary[]> => {
    const ids = (await store.keys()).filter((key) => key.startsWith(MAP)).map((key) => key.slice(MAP.length));
    const summaries = await store.getMany(ids.map((id) => SUMMARY + id));
    const result: MapSummary[] = [];
    for (const [index, id] of ids.entries()) {
      const summary = summaries[index];
      if (isSummary(summary)) {
        result.push(summary);
        continue;
      }
      // A missing or damaged summary is rebuilt from the map rather than hiding the map.
      const record = await readRecord(id);
      if (record) result.push(summarizeRecord(record));
    }
    return result.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  };

  const attempt =
    <A extends unknown[], T>(fn: (...args: A) => Promise<T>) =>
    async (...args: A): Promise<StorageResult<T>> => {
      try {
        return { ok: true, value: await fn(...args) };
      } catch (error) {
        return { ok: false, error: toStorageError(error) };
      }
    };

  return {
    save: attempt(write),
    create: attempt((map: ArgMap) => write(newId(), map)),
    load: attempt(load),
    list: attempt(list),
    duplicate: attempt(async (id: string) => {
      const loaded = await load(id);
      if (!loaded) return undefined;
      const copy: ArgMap = {
        ...loaded.map,
        meta: { ...loaded.map.meta, title: `Copy of ${loaded.map.meta.title}` },
      };
      return write(newId(), copy);
    }),
    rename: attempt(async (id: string, title: string) => {
      const loaded = await load(id);
      if (!loaded) return undefined;
      return write(id, { ...loaded.map, meta: { ...loaded.map.meta, title } });
    }),
    remove: attempt(async (id: string) => {
      const record = await readRecord(id);
      if (!record) return undefined;
      const [summary] = await store.getMany([SUMMARY + id]);
      const keys = await backupKeys(id);
      const backups = await store.getMany(keys);
      const deleted: DeletedMap = {
        record,
        summary: isSummary(summary) ? summary : summarizeRecord(record),
        backups: keys.map((key, index) => [key, backups[index]]),
      };
      const [last] = await store.getMany([LAST_OPENED]);
      // The backups hold the map's old text: deleting the map deletes them too.
      await store.delMany([MAP + id, SUMMARY + id, ...keys, ...(last === id ? [LAST_OPENED] : [])]);
      return deleted;
    }),
    restore: attempt(async (deleted: DeletedMap) => {
      const { id } = deleted.record;
      await store.setMany([
        [MAP + id, deleted.record],
        [SUMMARY + id, deleted.summary],
        ...(deleted.backups ?? []),
      ]);
    }),
    lastOpened: attempt(async () => {
      const [id] = await store.getMany([LAST_OPENED]);
      return typeof id === 'string' ? id : undefined;
    }),
    setLastOpened: attempt(async (id: string | undefined) => {
      if (id === undefined) await store.delMany([LAST_OPENED]);
      else await store.setMany([[LAST_OPENED, id]]);
    }),
    backups: attempt(async (id: string) => {
      const keys = await backupKeys(id);
      return (await store.getMany(keys)) as MapBackup[];
    }),
  };
}

function isSummary(value: unknown): value is MapSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<MapSummary>;
  return (
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.savedAt === 'string' &&
    typeof v.size === 'number' &&
    typeof v.nodeCount === 'number'
  );
}
