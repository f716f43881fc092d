import { type Diagnostic, validateMap } from '@argmap/core';
import type { EditorStore } from './state/editorStore.ts';

/** What the editor exposes on `window.argmapEditor` for end-to-end tests and the canvas benchmark. */
export interface EditorTestHook {
  store: EditorStore;
  /**
   * Opens a map given as a plain document (what Playwright can pass into the page); returns the
   * validation diagnostics, and opens nothing if the document is invalid.
   */
  loadDocument(document: unknown): Diagnostic[];
}

declare global {
  interface Window {
    /** Set by the editor on start; tests load generated maps through `store.loadMap`. */
    argmapEditor?: EditorTestHook;
  }
}

/**
 * Publishes the store on `window`, so Playwright can open a generated 5,000-node map without a
 * file dialog. It grants nothing a user could not do through the UI.
 */
export function exposeForTests(store: EditorStore): void {
  if (typeof window === 'undefined') return;
  window.argmapEditor = {
    store,
    loadDocument(document) {
      const map = validateMap(document);
      if (map.ok) store.loadMap(map.value);
      return map.diagnostics;
    },
  };
}
