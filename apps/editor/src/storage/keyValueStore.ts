import { createStore, delMany, getMany, keys, setMany, type UseStore } from 'idb-keyval';

/**
 * The few key-value operations the map repository needs. Writing several keys is one call so that
 * IndexedDB commits them in one transaction: a map and its summary are never out of step.
 */
export interface KeyValueStore {
  /** Values for the keys, `undefined` where a key is missing. */
  getMany(keys: string[]): Promise<unknown[]>;
  /** Writes every entry, all or nothing. */
  setMany(entries: [string, unknown][]): Promise<void>;
  /** Removes the keys; missing keys are ignored. */
  delMany(keys: string[]): Promise<void>;
  /** Every key in the store. */
  keys(): Promise<string[]>;
}

/** The database and object store the editor keeps maps in. */
export const DATABASE_NAME = 'argmap';
/** The object store inside {@link DATABASE_NAME}. */
export const STORE_NAME = 'maps';

/**
 * The browser's IndexedDB through idb-keyval. Opening is lazy: a browser without IndexedDB (or a
 * private mode that refuses it) fails on the first read or write, where the repository turns the
 * exception into a value the UI can show.
 */
export function indexedDbStore(dbName = DATABASE_NAME, storeName = STORE_NAME): KeyValueStore {
  let store: UseStore | undefined;
  const use = (): UseStore => {
    store ??= createStore(dbName, storeName);
    return store;
  };
  return {
    getMany: (list) => getMany(list, use()),
    setMany: (entries) => setMany(entries, use()),
    delMany: (list) => delMany(list, use()),
    keys: async () => (await keys(use())).map(String),
  };
}

/**
 * A store held in memory, for tests and as the fallback when the browser has no storage.
 * Values are deep-copied with `structuredClone` on the way in and out, as IndexedDB does, so a
 * caller that mutates a loaded value cannot change what is stored.
 */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & {
  /** The raw contents, for tests that inspect or corrupt what is stored. */
  readonly data: Map<string, unknown>;
} {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    getMany: async (list) => list.map((key) => structuredClone(data.get(key))),
    setMany: async (entries) => {
      const copies = entries.map(([key, value]) => [key, structuredClone(value)] as const);
      for (const [key, value] of copies) data.set(key, value);
    },
    delMany: async (list) => {
      for (const key of list) data.delete(key);
    },
    keys: async () => [...data.keys()],
  };
}
