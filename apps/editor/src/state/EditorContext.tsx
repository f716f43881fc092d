import { createContext, type ReactNode, useContext, useRef, useSyncExternalStore } from 'react';
import type { EditorState, EditorStore } from './editorStore.ts';

const StoreContext = createContext<EditorStore | null>(null);

/** Makes `store` available to every `useEditor` / `useEditorStore` below it. */
export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store from the nearest {@link EditorStoreProvider}; for calling its actions. */
export function useEditorStore(): EditorStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useEditorStore() needs an <EditorStoreProvider> above it');
  return store;
}

/**
 * Reads a slice of the editor state and re-renders only when that slice changes (compared with
 * `isEqual`, `Object.is` by default). Selectors must be cheap: they run on every store change,
 * including each frame of a drag.
 */
export function useEditor<T>(
  selector: (state: EditorState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useEditorStore();
  // Keep the last selected value so an equal-but-new result (a fresh array) does not re-render.
  // The cache is keyed on the selector too: a selector that closes over a prop (`nodeId`) is a new
  // function when the prop changes, and must not be answered with what the old one selected from
  // the same state. (Keyed on the state alone, the inspector showed the previous node while its
  // buttons already edited the new one: issue 16.)
  const last = useRef<{ state: EditorState; selector: (state: EditorState) => T; value: T } | null>(null);
  const getSelection = () => {
    const state = store.getSnapshot();
    const previous = last.current;
    if (previous && previous.state === state && previous.selector === selector) return previous.value;
    const value = selector(state);
    if (previous && isEqual(previous.value, value)) {
      last.current = { state, selector, value: previous.value };
      return previous.value;
    }
    last.current = { state, selector, value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, getSelection, getSelection);
}

/** Compares two arrays item by item; for selectors that return lists of ids. */
export function shallowArrayEqual<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
