import { useEffect } from 'react';
import { useClassState } from '../class/ClassContext.tsx';
import { useEditorStore } from '../state/EditorContext.tsx';
import { useOptionalPersistence } from '../storage/PersistenceContext.tsx';

/** What a student is told when they try to change a map opened from a share link. */
export const SHARED_READ_ONLY =
  'This is a shared map, so it is read-only: choose “Make a copy to edit” to change it.';

/** What a student is told when they try to change a class map the teacher has locked. */
export const CLASS_LOCKED =
  'The teacher has locked the map: you can read it and fold branches, not change it.';

/** What someone is told who is no longer in the class whose map is still on their screen. */
export const CLASS_CLOSED =
  'You are no longer in this class, so its map is read-only here: choose Class, then “Leave and keep a copy” to go on with it alone.';

/**
 * Makes the editor store read-only while persistence shows a shared map, or while the teacher has
 * locked a class map for students, and editable again once it is copied, unlocked or another map
 * is opened. The store then refuses edits, so every control and shortcut gets the same answer.
 */
export function ReadOnlySync() {
  const store = useEditorStore();
  const setup = useOptionalPersistence();
  const live = useClassState();
  const closed = live?.status === 'removed' || live?.status === 'denied';
  const locked = live?.locked === true && live.ticket.member.role === 'student';
  const classReason = closed ? CLASS_CLOSED : locked ? CLASS_LOCKED : undefined;
  useEffect(() => {
    const shared = () => setup?.persistence.getSnapshot().readOnly === true;
    const sync = () => store.setReadOnly(shared() ? SHARED_READ_ONLY : classReason);
    sync();
    return setup?.persistence.subscribe(sync);
  }, [setup, store, classReason]);
  return null;
}
