import { exportControlsExample } from '@argmap/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { MapCanvas } from './canvas/MapCanvas.tsx';
import { installPalette } from './canvas/paletteVariables.ts';
import { ClassProvider } from './class/ClassContext.tsx';
import { ClassMenu } from './class/ClassMenu.tsx';
import { FollowTeacher } from './class/FollowTeacher.tsx';
import { PresenceStyles } from './class/PresenceStyles.tsx';
import { CommandsProvider } from './commands/CommandsContext.tsx';
import type { ClipboardPort } from './commands/editorCommands.ts';
import { ReadOnlySync } from './commands/ReadOnlySync.tsx';
import { CritiqueProvider } from './critique/CritiqueContext.tsx';
import { WhyDialog } from './critique/WhyDialog.tsx';
import { EditorMode } from './machine/EditorModeProvider.tsx';
import { OutlineProvider } from './outline/OutlineContext.tsx';
import { OutlinePanel, OutlineToggle } from './outline/OutlinePanel.tsx';
import { Dialogs } from './panels/Dialogs.tsx';
import { Inspector } from './panels/Inspector.tsx';
import { StatusLine } from './panels/StatusLine.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import { PresenterView } from './present/PresenterView.tsx';
import { PresentLauncher } from './present/PresentLauncher.tsx';
import { presenterIdFromSearch } from './present/presentChannel.ts';
import { EditorShell } from './shell/EditorShell.tsx';
import { Shortcuts } from './shortcuts/Shortcuts.tsx';
import { EditorStoreProvider } from './state/EditorContext.tsx';
import { createEditorStore, type EditorStore } from './state/editorStore.ts';
import { withPersistence } from './storage/PersistenceContext.tsx';
import { PersistenceActions, PersistenceMenu, PersistenceOverlays } from './storage/PersistenceSlots.tsx';
import { exposeForTests } from './testHook.ts';

/** Props for {@link App}; tests and the benchmark pass their own store. */
export interface AppProps {
  /** The store to edit; by default a new one holding the example map. */
  store?: EditorStore;
  /** Where copy and paste go; by default the system clipboard. */
  clipboard?: ClipboardPort;
}

/**
 * The editor: the store, the statechart and the commands, and the shell with its slots filled.
 * Other features plug in here, one line each (see apps/editor/CONTEXT.md).
 */
export function App({ store: given, clipboard }: AppProps) {
  // Only the app's own store is saved in the browser (issue 7); tests and benchmarks bring theirs.
  const [store] = useState(() => given ?? withPersistence(createEditorStore(exportControlsExample)));
  useEffect(() => exposeForTests(store), [store]);
  useEffect(() => installPalette(), []);
  // A window opened by "Presenter view" shows only the teacher's notes, driven by the audience window.
  const presenterId = presenterIdFromSearch(window.location.search);
  if (presenterId) return <PresenterView presentationId={presenterId} />;
  return (
    <EditorStoreProvider store={store}>
      <EditorMode.Provider>
        <ReactFlowProvider>
          <CommandsProvider clipboard={clipboard}>
            <CritiqueProvider>
              <ClassProvider>
                <OutlineProvider>
                  <EditorShell
                    // Slot "menu": the File / Maps menu (issue 7) goes here.
                    menu={<PersistenceMenu />}
                    toolbar={<Toolbar />}
                    // Slot "actions": the Present button (issue 8) and Share go here.
                    actions={
                      <>
                        <OutlineToggle />
                        <PresentLauncher />
                        <ClassMenu />
                        <PersistenceActions />
                      </>
                    }
                    beside={<OutlinePanel />}
                    canvas={<MapCanvas />}
                    status={<StatusLine />}
                    side={<Inspector />}
                    overlays={
                      <>
                        <Dialogs why={(nodeId) => <WhyDialog nodeId={nodeId} />} />
                        <PersistenceOverlays />
                      </>
                    }
                  />
                  <Shortcuts />
                  <ReadOnlySync />
                  <PresenceStyles />
                  <FollowTeacher />
                </OutlineProvider>
              </ClassProvider>
            </CritiqueProvider>
          </CommandsProvider>
        </ReactFlowProvider>
      </EditorMode.Provider>
    </EditorStoreProvider>
  );
}
