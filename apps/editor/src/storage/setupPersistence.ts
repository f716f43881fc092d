import { exportControlsExample } from '@argmap/core';
import { isShareHash } from '../share/shareLink.ts';
import type { EditorStore } from '../state/editorStore.ts';
import { flushWhenHidden } from './autosave.ts';
import { indexedDbStore, type KeyValueStore } from './keyValueStore.ts';
import { createMapRepository, type MapRepository } from './mapRepository.ts';
import { broadcastOtherTabs } from './otherTabs.ts';
import { createPersistence, type Persistence } from './persistence.ts';
import { webStorageJournal } from './unsavedJournal.ts';

/** Everything persistence needs, created once per page. */
export interface PersistenceSetup {
  repository: MapRepository;
  persistence: Persistence;
  /** Removes the page listeners and stops autosaving. */
  dispose(): void;
}

/**
 * Wires persistence for the running page: IndexedDB, the page's URL fragment for share links, a
 * flush when the page is hidden or closed, and word from other tabs that save the same map. Tests
 * pass a memory store.
 */
export function setupPersistence(store: EditorStore, kv: KeyValueStore = indexedDbStore()): PersistenceSetup {
  const repository = createMapRepository(kv);
  const otherTabs = broadcastOtherTabs();
  const persistence = createPersistence({
    store,
    repository,
    location: window.location,
    clearHash: () => history.replaceState(null, '', window.location.pathname + window.location.search),
    firstMap: exportControlsExample,
    journal: webStorageJournal(),
    otherTabs,
  });
  // The journal is written synchronously first: the asynchronous flush may not outlive the page.
  const stopFlush = flushWhenHidden({
    flush: () => {
      persistence.journalUnsaved();
      return persistence.flush();
    },
  });
  // A share link pasted into a tab already on Argmap changes only the fragment: no reload.
  const onHash = () => {
    if (isShareHash(window.location.hash)) void persistence.openShared(window.location.hash);
  };
  window.addEventListener('hashchange', onHash);
  return {
    repository,
    persistence,
    dispose() {
      stopFlush();
      window.removeEventListener('hashchange', onHash);
      persistence.dispose();
      otherTabs.dispose();
    },
  };
}
