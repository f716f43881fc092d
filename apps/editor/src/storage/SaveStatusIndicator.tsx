import { useEditorStore } from '../state/EditorContext.tsx';
import { downloadMapFile } from './downloadMap.ts';
import { usePersistenceState } from './PersistenceContext.tsx';

/** "Saved in this browser" / "Saving…" / "Not saved" in the header. */
export function SaveStatusIndicator() {
  const { save, readOnly, mapId } = usePersistenceState();
  // A shared map is not saved; a class map is saved on the class server (its button says so).
  if (readOnly || (mapId === undefined && save.state === 'saved')) return null;
  const failed = save.state === 'failed';
  const text = failed ? 'Not saved' : save.state === 'saved' ? 'Saved in this browser' : 'Saving…';
  return (
    <output className={failed ? 'save-status save-status--failed' : 'save-status'} aria-live="polite">
      {text}
    </output>
  );
}

/**
 * When the browser refused to store the map: the reason in plain words and a button that
 * downloads the map as a file. Stays until a save succeeds; the map stays open and editable.
 */
export function SaveFailureBanner() {
  const { save, readOnly } = usePersistenceState();
  const store = useEditorStore();
  if (readOnly || save.state !== 'failed') return null;
  return (
    <div className="save-failure" role="alert">
      <p>
        <strong>Not saved.</strong> {save.error.message}
      </p>
      <button type="button" onClick={() => downloadMapFile(store.getSnapshot().map)}>
        Download a copy
      </button>
    </div>
  );
}
