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
import type { ClassStore } from './store.ts';

/** The Database extension over the class store. */
export function snapshotExtension(store: ClassStore): Database {
  return new Database({
    fetch: async ({ documentName }) => store.loadDocument(documentName),
    // No await before reading lastSeq: `state` was encoded just before this call, in the same
    // turn, so every log entry up to lastSeq is in it.
    store: async ({ documentName, state }) =>
      store.storeSnapshot(documentName, state, store.lastSeq(documentName)),
  });
}

/** The extension that appends each update of a loaded document to the store's log. */
export function updateLogExtension(store: ClassStore): Extension {
  return {
    async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
      document.on('update', (update: Uint8Array) => store.appendUpdate(documentName, update));
    },
  };
}
