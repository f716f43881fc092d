import { useEffect } from 'react';
import { useEditorStore } from '../state/EditorContext.tsx';
import { useOptionalPersistence } from '../storage/PersistenceContext.tsx';

/** What a student is told when they try to change a map opened from a share link. */
export const SHARED_READ_ONLY =
  'This is a shared map, so it is read-only: choose “Make a copy to edit” to change it.';

/**
 * Makes the editor store read-only while persistence shows a shared map, and editable again once
 * it is copied or another map is opened. The store then refuses edits, so every control and
 * shortcut gets the same answer; the banner offers the copy.
 */
export function ReadOnlySync() {
  const store = useEditorStore();
  const setup = useOptionalPersistence();
  useEffect(() => {
    if (!setup) return;
    const { persistence } = setup;
    const sync = () => store.setReadOnly(persistence.getSnapshot().readOnly ? SHARED_READ_ONLY : undefined);
    sync();
    return persistence.subscribe(sync);
  }, [setup, store]);
  return null;
}
