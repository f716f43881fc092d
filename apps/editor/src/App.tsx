import { exportControlsExample } from '@argmap/core';
import { useState } from 'react';
import { MapCanvas } from './canvas/MapCanvas.tsx';
import { EditorMode } from './machine/EditorModeProvider.tsx';
import { EditorShell } from './shell/EditorShell.tsx';
import { EditorStoreProvider } from './state/EditorContext.tsx';
import { createEditorStore, type EditorStore } from './state/editorStore.ts';
import { withPersistence } from './storage/PersistenceContext.tsx';
import { PersistenceActions, PersistenceMenu, PersistenceOverlays } from './storage/PersistenceSlots.tsx';

/** Props for {@link App}; tests and the benchmark pass their own store. */
export interface AppProps {
  /** The store to edit; by default a new one holding the example map. */
  store?: EditorStore;
}

/**
 * The editor: the store and the statechart, and the shell with its slots filled.
 * Other features plug in here, one line each (see apps/editor/CONTEXT.md).
 */
export function App({ store: given }: AppProps) {
  // Only the app's own store is saved in the browser (issue 7); tests and benchmarks bring theirs.
  const [store] = useState(() => given ?? withPersistence(createEditorStore(exportControlsExample)));
  return (
    <EditorStoreProvider store={store}>
      <EditorMode.Provider>
        <EditorShell
          // Slot "menu": the File / Maps menu (issue 7) goes here.
          menu={<PersistenceMenu />}
          // Slot "actions": the Present button (issue 8) and Share go here.
          actions={<PersistenceActions />}
          canvas={<MapCanvas />}
          overlays={<PersistenceOverlays />}
        />
      </EditorMode.Provider>
    </EditorStoreProvider>
  );
}
