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
 * Whether this build carries the hook: the end-to-end build (`vite build --mode e2e`, which the
 * Playwright config and the canvas benchmark run) and the dev server. Vite writes the mode in as a
 * constant, so a production build keeps no trace of the hook: a page script or an extension finds
 * no store to read or drive.
 */
export const TEST_HOOK_ENABLED = import.meta.env.MODE === 'e2e' || import.meta.env.DEV;

/** Publishes the store on `window` in test builds; a production build compiles this to nothing. */
export function exposeForTests(store: EditorStore): void {
  if (TEST_HOOK_ENABLED) publishTestHook(store);
}

/**
 * Publishes the store on `window`, so Playwright can open a generated 5,000-node map without a
 * file dialog. It grants nothing a user could not do through the UI. Call it only through
 * {@link exposeForTests}, whose constant condition lets the bundler drop it.
 */
export function publishTestHook(store: EditorStore): void {
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
