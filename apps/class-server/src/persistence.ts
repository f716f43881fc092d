/**
 * How a room's document reaches the store. Hocuspocus's Database extension loads it (snapshot
 * plus log) and, debounced, folds the log into a new snapshot; every update the live document
 * takes is appended to the log at once, synchronously, so it is on disk before Hocuspocus
 * acknowledges it to the client.
 *
 * @module
 */

import { Database } from '@hocuspocus/extension-database';
import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server';
import { RELAYED } from './relayed.ts';
import type { ClassStore } from './store.ts';

/** The Database extension over the class store. */
export function snapshotExtension(store: ClassStore): Database {
  return new Database({
    fetch: async ({ documentName }) => store.loadDocument(documentName),
    store: async ({ documentName, state }) => store.storeSnapshot(documentName, state),
  });
}

/** The extension that appends each update of a loaded document to the store's log. */
export function updateLogExtension(store: ClassStore): Extension {
  return {
    async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
      document.on('update', (update: Uint8Array, origin: unknown) => {
        // An update relayed through Redis was logged by the process its client sent it to, before
        // that process relayed it (its log write is synchronous, inside the same transaction).
        if (origin === RELAYED) return;
        store.appendUpdate(documentName, update);
      });
    },
  };
}
