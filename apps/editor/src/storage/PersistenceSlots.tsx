import { useEffect } from 'react';
import { FileDropTarget } from '../files/FileDropTarget.tsx';
import { FileMenu } from '../files/FileMenu.tsx';
import { HomeScreen } from '../home/HomeScreen.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { SharedBanner } from '../share/SharedBanner.tsx';
import { NoticeDialog } from './NoticeDialog.tsx';
import { useOptionalPersistence, usePersistenceState } from './PersistenceContext.tsx';
import { SaveFailureBanner, SaveStatusIndicator } from './SaveStatusIndicator.tsx';

const starting = new WeakSet<object>();
function startOnce(persistence: { start(): Promise<void> }): void {
  if (starting.has(persistence)) return;
  starting.add(persistence);
  void persistence.start();
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

/**
 * The "overlays" slot: maps list, notices, share banner, file drop, print handout, loading.
 * Mounting it starts persistence (once per store: StrictMode's second mount does not restart it).
 */
export function PersistenceOverlays() {
  const setup = useOptionalPersistence();
  useEffect(() => {
    if (setup) startOnce(setup.persistence);
  }, [setup]);
  return setup ? (
    <>
      <LoadingScreen />
      <HomeScreen />
      <SharedBanner />
      <SaveFailureBanner />
      <NoticeDialog />
      <FileDropTarget />
    </>
  ) : null;
}

/**
 * Covers the editor until the last map is back, so the example never flashes before it. Once the
 * map is open it leaves a marker, `data-map-opened`, that tests wait on: the cover's absence alone
 * cannot tell "already gone" from "not drawn yet".
 */
function LoadingScreen() {
  const { screen } = usePersistenceState();
  return screen === 'loading' ? (
    <div className="loading-screen" role="status">
      Opening your map…
    </div>
  ) : (
    <span hidden data-map-opened="" />
  );
}
