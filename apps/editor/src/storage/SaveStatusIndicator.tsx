import { useEditorStore } from '../state/EditorContext.tsx';
import { downloadMapFile } from './downloadMap.ts';
import { usePersistenceState } from './PersistenceContext.tsx';

/**
 * "Saved" / "Saving…" in the header, or — when the browser refused to store the map — the reason
 * in plain words and a button that downloads the map as a file. The map stays open either way.
 */
export function SaveStatusIndicator() {
  const { save, readOnly } = usePersistenceState();
  const store = useEditorStore();
  if (readOnly) return null;
  if (save.state === 'failed') {
    return (
      <div className="save-status save-status--failed" role="alert">
        <span>
          <strong>Not saved.</strong> {save.error.message}
        </span>
        <button type="button" onClick={() => downloadMapFile(store.getSnapshot().map)}>
          Download a copy
        </button>
      </div>
    );
  }
  const text = save.state === 'saved' ? 'Saved in this browser' : 'Saving…';
  return (
    <output className="save-status" aria-live="polite">
      {text}
    </output>
  );
}
