import type { ArgMap } from '@argmap/core';

/** A change that had not reached IndexedDB when the page was hidden. */
export interface JournalEntry {
  /** Id of the stored map the change belongs to. */
  id: string;
  map: ArgMap;
}

/** A journalled change as read back: the map is untrusted JSON until it is validated. */
export interface JournalRecord {
  id: string;
  map: unknown;
}

/**
 * A one-entry, synchronous safety net for the last unsaved change. IndexedDB writes are
 * asynchronous: a tab closed or killed right after an edit can be torn down before the write
 * commits. `localStorage` writes synchronously inside `pagehide`, so the change is written there
 * too and put back into IndexedDB on the next start.
 */
export interface UnsavedJournal {
  /** Records the entry, replacing any older one. Never throws (a full or blocked storage is ignored). */
  write(entry: JournalEntry): void;
  /** The recorded entry, or `undefined` if none or if what is stored is not an entry. */
  read(): JournalRecord | undefined;
  clear(): void;
}

const KEY = 'argmap:unsaved-change';

/** The journal over `localStorage` (or another Web Storage); a no-op where none is available. */
export function webStorageJournal(storage: Storage | undefined = defaultStorage()): UnsavedJournal {
  return {
    write(entry) {
      try {
        storage?.setItem(KEY, JSON.stringify(entry));
      } catch {
        // Quota or privacy settings: the asynchronous IndexedDB flush still runs.
      }
    },
    read() {
      let text: string | null | undefined;
      try {
        text = storage?.getItem(KEY);
      } catch {
        return undefined;
      }
      if (!text) return undefined;
      try {
        const entry = JSON.parse(text) as Partial<JournalRecord> | null;
        if (typeof entry?.id !== 'string' || typeof entry.map !== 'object' || entry.map === null) {
          return undefined;
        }
        // The map is a plain document here; the caller validates and recovers it.
        return { id: entry.id, map: entry.map };
      } catch {
        return undefined;
      }
    },
    clear() {
      try {
        storage?.removeItem(KEY);
      } catch {
        // Nothing to do: a stale entry is only replayed over the same map's stored copy.
      }
    },
  };
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
