import { type ArgMap, type Diagnostic, fail, type Result } from '@argmap/core';
import { isShareHash, readShareHash } from '../share/shareLink.ts';
import type { EditorStore } from '../state/editorStore.ts';
import { type Autosaver, createAutosaver, type SaveStatus } from './autosave.ts';
import type { MapRepository, StorageResult } from './mapRepository.ts';
import type { OtherTabs } from './otherTabs.ts';
import { recoverMap } from './recoverMap.ts';
import type { UnsavedJournal } from './unsavedJournal.ts';

/** Something the student must be told, shown until dismissed. */
export type Notice =
  /** A stored map was repaired on load; the original is kept as a backup. */
  | { kind: 'recovered'; title: string; repairs: Diagnostic[]; backup: unknown }
  /** A share link could not be read. */
  | { kind: 'share-unreadable'; diagnostics: Diagnostic[] }
  /** A file could not be opened or imported; the open map was left as it was. */
  | { kind: 'file-problems'; fileName: string; diagnostics: Diagnostic[] }
  /** A file was opened as a new map, but something in it could not be kept as it was. */
  | { kind: 'file-warnings'; fileName: string; diagnostics: Diagnostic[] }
  /** Another tab saved the open map: the two tabs would overwrite each other's work. */
  | { kind: 'open-elsewhere'; title: string };

/** What the persistence layer shows, as one immutable snapshot. */
export interface PersistenceState {
  /** `loading` until the last map is back; `home` while the maps list covers the editor. */
  screen: 'loading' | 'editor' | 'home';
  /** Id of the stored map being edited; `undefined` for a shared map or when storage failed. */
  mapId: string | undefined;
  /** A map opened from a share link: shown, never saved, until the student makes a copy. */
  readOnly: boolean;
  /** The autosave status of the open map. */
  save: SaveStatus;
  notice: Notice | undefined;
}

/** Where the page was opened from; `window.location` in the app. */
export interface PageLocation {
  hash: string;
}

/** Options for {@link createPersistence}. */
export interface PersistenceOptions {
  store: EditorStore;
  repository: MapRepository;
  location: PageLocation;
  /** Removes the share fragment once its map became the student's own copy. */
  clearHash?: () => void;
  /** The map a first-time visitor starts with. */
  firstMap: ArgMap;
  autosaveDelayMs?: number;
  /** Id source for new maps; `crypto.randomUUID` by default. */
  newId?: () => string;
  /** Synchronous copy of the last unsaved change, replayed on start; none by default. */
  journal?: UnsavedJournal;
  /** Word from other tabs on the same browser, to warn when one saves the open map; none by default. */
  otherTabs?: OtherTabs;
}

/**
 * Connects the editor store to browser storage: reopens the last map, saves every change,
 * opens share links read-only, and switches maps. Plain TypeScript, so the whole flow is tested
 * without React; the components only render {@link PersistenceState} and call these methods.
 */
export interface Persistence {
  getSnapshot(): PersistenceState;
  subscribe(listener: () => void): () => void;
  /** Opens what the page was opened for: a share link, else the last map, else a first map. */
  start(): Promise<void>;
  /** Opens a stored map by id (from the maps list). */
  open(id: string): Promise<StorageResult<void>>;
  /**
   * Loads the open map as stored, dropping a change not yet saved here: after another tab saved
   * it, this shows that tab's work instead of overwriting it with the next change.
   */
  reload(): Promise<StorageResult<void>>;
  /** Stores `map` as a new map and opens it (new map, opened file, import). */
  openNew(map: ArgMap): Promise<StorageResult<void>>;
  /**
   * Shows a share link's map read-only, saving the open map first (a link pasted into a tab that
   * already runs Argmap only changes the fragment). Resolves false if the link cannot be read.
   */
  openShared(hash: string): Promise<boolean>;
  /** Makes the shared map the student's own, editable, stored copy. */
  makeCopy(): Promise<StorageResult<void>>;
  /**
   * Shows a live class's map, saving the open map first. The class map is not stored here (the
   * class server keeps it); leaving the class keeps a copy with {@link Persistence.openNew}.
   */
  openClass(map: ArgMap): Promise<void>;
  /** Shows or hides the maps list. Saves the open map first, so the list is current. */
  showHome(show: boolean): Promise<void>;
  /** Writes any pending change now. */
  flush(): Promise<SaveStatus>;
  /**
   * Copies an unsaved change into the synchronous journal. Call it when the page is hidden: the
   * asynchronous {@link Persistence.flush} may not finish before the page is torn down.
   */
  journalUnsaved(): void;
  /** Shows a notice (e.g. the problems of a file that could not be opened). */
  notify(notice: Notice): void;
  dismissNotice(): void;
  dispose(): void;
}

/** Creates the persistence controller; call {@link Persistence.start} once. */
export function createPersistence(options: PersistenceOptions): Persistence {
  const { store, repository } = options;
  let state: PersistenceState = {
    screen: 'loading',
    mapId: undefined,
    readOnly: false,
    save: { state: 'saved' },
    notice: undefined,
  };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<PersistenceState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };

  let autosaver: Autosaver | undefined;
  let stopStatus: (() => void) | undefined;
  // The revision after our own loadMap: loading is not an edit and needs no save.
  let knownRevision = store.getSnapshot().revision;
  let readOnlyMap: ArgMap | undefined;

  const newId = options.newId ?? (() => crypto.randomUUID());
  // Saves and, on the first success for this map, remembers it as the one to reopen.
  let rememberedId: string | undefined;
  const autosaverSave = async (id: string, map: ArgMap): Promise<StorageResult<unknown>> => {
    const saved = await repository.save(id, map);
    if (saved.ok) options.otherTabs?.announceSaved(id);
    if (saved.ok && rememberedId !== id) {
      const remembered = await repository.setLastOpened(id);
      if (remembered.ok) rememberedId = id;
    }
    return saved;
  };

  const attach = (id: string | undefined) => {
    stopStatus?.();
    autosaver?.dispose();
    autosaver = undefined;
    if (id === undefined) return;
    const saver = createAutosaver({
      save: (map) => autosaverSave(id, map),
      ...(options.autosaveDelayMs === undefined ? {} : { delayMs: options.autosaveDelayMs }),
    });
    autosaver = saver;
    stopStatus = saver.subscribe((save) => {
      set({ save });
      if (save.state === 'saved' && options.journal?.read()?.id === id) options.journal.clear();
    });
  };

  // The store tells its listeners about a loaded map from inside loadMap, before knownRevision
  // has caught up: without this flag, every opened map was written straight back (and, with
  // another tab on the same map, that stale copy could land after the other tab's save).
  let loading = false;
  const load = (map: ArgMap) => {
    loading = true;
    try {
      store.loadMap(map);
    } finally {
      loading = false;
    }
    knownRevision = store.getSnapshot().revision;
  };

  const stopStore = store.subscribe(() => {
    const { map, revision } = store.getSnapshot();
    if (loading || revision === knownRevision) return;
    knownRevision = revision;
    if (state.readOnly && readOnlyMap && map !== readOnlyMap) {
      // A shared map is read-only: an edit bounces back; the banner offers "Make a copy".
      load(readOnlyMap);
      return;
    }
    autosaver?.schedule(map);
  });

  // Schedules a save of what the editor shows (a function, so TypeScript does not narrow
  // `autosaver` across the attach before it).
  const saveShownMap = () => autosaver?.schedule(store.getSnapshot().map);

  // Warned once per opening of a map: the student has been told, and repeating it on every save of
  // the other tab would make the editor unusable in this one.
  let warnedFor: string | undefined;
  const stopOtherTabs = options.otherTabs?.onSaved((mapId) => {
    if (mapId !== state.mapId || state.readOnly || warnedFor === mapId) return;
    // Another notice is up: the next save of the other tab brings this one.
    if (state.notice) return;
    warnedFor = mapId;
    set({ notice: { kind: 'open-elsewhere', title: store.getSnapshot().map.meta.title } });
  });

  const openStored = async (id: string): Promise<StorageResult<void>> => {
    await autosaver?.flush();
    warnedFor = undefined;
    const loaded = await repository.load(id);
    if (!loaded.ok) return loaded;
    if (!loaded.value) return { ok: true, value: undefined };
    const { map, repairs } = loaded.value;
    attach(id);
    load(map);
    readOnlyMap = undefined;
    let notice: Notice | undefined;
    if (repairs.length > 0) {
      const backups = await repository.backups(id);
      const backup = backups.ok ? backups.value.at(-1)?.raw : undefined;
      notice = { kind: 'recovered', title: map.meta.title, repairs, backup };
    }
    set({
      screen: 'editor',
      mapId: id,
      readOnly: false,
      save: { state: 'saved' },
      notice: notice ?? state.notice,
    });
    const remembered = await repository.setLastOpened(id);
    if (remembered.ok) rememberedId = id;
    return { ok: true, value: undefined };
  };

  const openNew = async (map: ArgMap): Promise<StorageResult<void>> => {
    await autosaver?.flush();
    const id = newId();
    attach(id);
    load(map);
    readOnlyMap = undefined;
    set({ screen: 'editor', mapId: id, readOnly: false });
    // Even when storage refuses, the map opens: it stays in memory, the failure is shown with a
    // download, and every later change retries the save.
    autosaver?.schedule(map);
    const saved = (await autosaver?.flush()) ?? state.save;
    return saved.state === 'failed' ? { ok: false, error: saved.error } : { ok: true, value: undefined };
  };

  // Shows the map in a share link read-only; false (with a notice) if the link cannot be read.
  const openShared = async (hash: string): Promise<boolean> => {
    let shared: Result<ArgMap>;
    try {
      shared = readShareHash(hash);
    } catch (error) {
      // A crafted link must never leave the editor on its loading screen, even through a bug here.
      shared = fail([{ severity: 'error', code: 'share-unreadable', message: unreadable(error) }]);
    }
    if (!shared.ok) {
      set({ notice: { kind: 'share-unreadable', diagnostics: shared.diagnostics } });
      return false;
    }
    await autosaver?.flush();
    attach(undefined);
    readOnlyMap = shared.value;
    load(shared.value);
    set({ screen: 'editor', readOnly: true, mapId: undefined, save: { state: 'saved' } });
    return true;
  };

  // Set when a class map is opened: a start-up still looking for the last map must not open it over
  // the class's (rejoining a class waits only for the first map on screen, not for start() to end).
  let classOpened = false;
  const openClass = async (map: ArgMap): Promise<void> => {
    classOpened = true;
    await autosaver?.flush();
    attach(undefined);
    readOnlyMap = undefined;
    load(map);
    set({ screen: 'editor', readOnly: false, mapId: undefined, save: { state: 'saved' } });
  };

  // Opens the shared map, the map journalled as the page closed, the last one, or the first map.
  const startUp = async (): Promise<void> => {
    if (isShareHash(options.location.hash) && (await openShared(options.location.hash))) return;
    // A change journalled as the page closed goes back into storage and becomes the map to reopen.
    const pending = options.journal?.read();
    if (pending) {
      const saved = await repository.save(pending.id, recoverMap(pending.map).map);
      if (saved.ok && (await repository.setLastOpened(pending.id)).ok) options.journal?.clear();
    }
    const last = await repository.lastOpened();
    // Storage that cannot even be read (private mode, blocked): openNew edits in memory and says so.
    if (last.ok && last.value) {
      const opened = await openStored(last.value);
      if (classOpened || (opened.ok && state.mapId === last.value)) return;
    }
    const list = last.ok ? await repository.list() : undefined;
    const newest = list?.ok ? list.value[0] : undefined;
    if (newest && (await openStored(newest.id)).ok && state.mapId === newest.id) return;
    if (classOpened) return;
    await openNew(options.firstMap);
  };

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      try {
        await startUp();
      } catch (error) {
        // Whatever went wrong, the student gets an editor and is told, not a loading screen forever.
        const problem: Diagnostic = { severity: 'error', code: 'start-failed', message: unreadable(error) };
        set({ notice: { kind: 'share-unreadable', diagnostics: [problem] } });
        if (state.screen === 'loading') await openNew(options.firstMap);
      }
    },
    open: openStored,
    async reload() {
      const id = state.mapId;
      if (id === undefined) return { ok: true, value: undefined };
      // Detach first, so the pending change is dropped rather than saved over the other tab's.
      attach(undefined);
      const reloaded = await openStored(id);
      if (state.mapId === id && !autosaver) {
        // Not reloaded (storage failed, or the other tab deleted the map): keep saving what is shown.
        attach(id);
        saveShownMap();
      }
      return reloaded;
    },
    openShared,
    openClass,
    openNew,
    async makeCopy() {
      const map = readOnlyMap ?? store.getSnapshot().map;
      const result = await openNew({ ...map, meta: { ...map.meta } });
      if (result.ok) options.clearHash?.();
      return result;
    },
    async showHome(show) {
      if (show) await autosaver?.flush();
      set({ screen: show ? 'home' : 'editor' });
    },
    async flush() {
      return autosaver ? autosaver.flush() : state.save;
    },
    journalUnsaved() {
      const { mapId, readOnly, save } = state;
      if (mapId === undefined || readOnly || save.state === 'saved') return;
      options.journal?.write({ id: mapId, map: store.getSnapshot().map });
    },
    notify(notice) {
      set({ notice });
    },
    dismissNotice() {
      set({ notice: undefined });
    },
    dispose() {
      stopStore();
      stopOtherTabs?.();
      stopStatus?.();
      autosaver?.dispose();
      listeners.clear();
    },
  };
}

/** A message for an unexpected failure while opening: short, and naming what broke. */
function unreadable(error: unknown): string {
  const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
  return `This link or your saved maps could not be opened (${detail}). Argmap opened normally instead.`;
}
