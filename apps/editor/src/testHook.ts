import type { EditorStore } from './state/editorStore.ts';

/** What the editor exposes on `window.argmapEditor` for end-to-end tests and the canvas benchmark. */
export interface EditorTestHook {
  store: EditorStore;
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
  if (typeof window !== 'undefined') window.argmapEditor = { store };
}
