import type { ArgMap } from '@argmap/core';
import type { StorageResult } from './mapRepository.ts';
import type { StorageError } from './storageError.ts';

/** Where the latest change stands, for the "Saved" indicator. */
export type SaveStatus =
  | { state: 'saved'; savedAt?: Date }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; error: StorageError };

/** Saves the latest map shortly after each change, one write at a time. */
export interface Autosaver {
  /** Records a change. The map is written within `delayMs`, however fast changes keep coming. */
  schedule(map: ArgMap): void;
  /** Writes the latest change now (e.g. when the page is hidden) and resolves when it is stored. */
  flush(): Promise<SaveStatus>;
  /** The current status. */
  status(): SaveStatus;
  /** Calls the listener on every status change; returns the unsubscribe function. */
  subscribe(listener: (status: SaveStatus) => void): () => void;
  /** Stops the timer. Unsaved changes are dropped, so flush first if they matter. */
  dispose(): void;
}

/** Options for {@link createAutosaver}. */
export interface AutosaveOptions {
  /** Writes one map; the repository's `save` bound to the open map's id. */
  save: (map: ArgMap) => Promise<StorageResult<unknown>>;
  /**
   * Longest wait between a change and its write. The timer is not restarted by later changes (a
   * debounce would be, and a student typing steadily would never be saved), so every change is
   * stored within this delay plus one write.
   */
  delayMs?: number;
  now?: () => Date;
}

/** Default delay: the issue asks for every change saved within a second, writes take a few ms. */
export const AUTOSAVE_DELAY_MS = 400;

/** Creates an autosaver. It never throws: a failed write becomes a `failed` status. */
export function createAutosaver({
  save,
  delayMs = AUTOSAVE_DELAY_MS,
  now = () => new Date(),
}: AutosaveOptions): Autosaver {
  let status: SaveStatus = { state: 'saved' };
  let latest: ArgMap | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<SaveStatus> | undefined;
  const listeners = new Set<(status: SaveStatus) => void>();

  const setStatus = (next: SaveStatus) => {
    status = next;
    for (const listener of listeners) listener(next);
  };

  // Writes until nothing new is waiting, so a change made during a write is never lost.
  const drain = async (): Promise<SaveStatus> => {
    while (latest) {
      const map = latest;
      latest = undefined;
      setStatus({ state: 'saving' });
      const result = await save(map);
      if (!result.ok) {
        // Keep the map so the next change or flush retries with the newest version.
        latest ??= map;
        setStatus({ state: 'failed', error: result.error });
        return status;
      }
      if (!latest) setStatus({ state: 'saved', savedAt: now() });
    }
    return status;
  };

  const run = (): Promise<SaveStatus> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    running ??= drain().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    schedule(map) {
      latest = map;
      if (status.state !== 'failed') setStatus({ state: 'pending' });
      // While a write runs, the loop in drain() picks the change up when it ends.
      if (timer === undefined && !running) timer = setTimeout(run, delayMs);
    },
    async flush() {
      if (running) await running;
      return latest ? run() : status;
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      listeners.clear();
    },
  };
}

/**
 * Flushes the autosaver when the page is hidden or being unloaded: closing a tab, switching apps on
 * a phone or a browser killing a background tab all pass through one of these events, and
 * IndexedDB finishes a transaction started in them. No `beforeunload` prompt: work is saved, so the
 * student is never asked whether to leave. Returns the function that removes the listeners.
 */
export function flushWhenHidden(autosaver: Pick<Autosaver, 'flush'>, win: Window = window): () => void {
  const onHide = () => {
    void autosaver.flush();
  };
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') void autosaver.flush();
  };
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
