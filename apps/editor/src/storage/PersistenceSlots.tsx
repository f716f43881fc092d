import { type ReactNode, useEffect, useState } from 'react';
import { FileDropTarget } from '../files/FileDropTarget.tsx';
import { FileMenu } from '../files/FileMenu.tsx';
import { PrintHandout } from '../files/PrintHandout.tsx';
import { HomeScreen } from '../home/HomeScreen.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { SharedBanner } from '../share/SharedBanner.tsx';
import { useEditorStore } from '../state/EditorContext.tsx';
import type { KeyValueStore } from './keyValueStore.ts';
import { NoticeDialog } from './NoticeDialog.tsx';
import { PersistenceProvider, useOptionalPersistence, usePersistenceState } from './PersistenceContext.tsx';
import { SaveStatusIndicator } from './SaveStatusIndicator.tsx';
import { setupPersistence } from './setupPersistence.ts';

/** Props for {@link PersistenceRoot}. */
export interface PersistenceRootProps {
  /** Off for tests and benchmarks that bring their own store: nothing is read or saved. */
  enabled: boolean;
  /** Where maps are stored; IndexedDB by default. */
  storage?: KeyValueStore;
  children: ReactNode;
}

/**
 * Connects the editor store (from the surrounding `EditorStoreProvider`) to browser storage and
 * makes persistence available to the slot components below. Created once for the page's lifetime:
 * tearing it down on React StrictMode's test unmount would stop autosave for the real mount.
 */
export function PersistenceRoot({ enabled, storage, children }: PersistenceRootProps) {
  const store = useEditorStore();
  const [setup] = useState(() => (enabled ? setupPersistence(store, storage) : undefined));
  useEffect(() => {
    if (setup && setup.persistence.getSnapshot().screen === 'loading') void startOnce(setup.persistence);
  }, [setup]);
  if (!setup) return <>{children}</>;
  return (
    <PersistenceProvider persistence={setup.persistence} repository={setup.repository}>
      {children}
    </PersistenceProvider>
  );
}

const starting = new WeakSet<object>();
function startOnce(persistence: { start(): Promise<void> }): Promise<void> | undefined {
  if (starting.has(persistence)) return undefined;
  starting.add(persistence);
  return persistence.start();
}

/** The "menu" slot: the File menu. */
export function PersistenceMenu() {
  return useOptionalPersistence() ? <FileMenu /> : null;
}

/** The "actions" slot: save status and "Copy share link". */
export function PersistenceActions() {
  return useOptionalPersistence() ? (
    <>
      <SaveStatusIndicator />
      <ShareButton />
    </>
  ) : null;
}

/** The "overlays" slot: maps list, notices, share banner, file drop, print handout, loading. */
export function PersistenceOverlays() {
  return useOptionalPersistence() ? (
    <>
      <LoadingScreen />
      <HomeScreen />
      <SharedBanner />
      <NoticeDialog />
      <FileDropTarget />
      <PrintHandout />
    </>
  ) : null;
}

/** Covers the editor until the last map is back, so the example never flashes before it. */
function LoadingScreen() {
  const { screen } = usePersistenceState();
  return screen === 'loading' ? (
    <div className="loading-screen" role="status">
      Opening your map…
    </div>
  ) : null;
}
