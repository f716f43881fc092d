import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { useAnnounce } from '../commands/CommandsContext.tsx';
import { useEditorStore } from '../state/EditorContext.tsx';
import { useOptionalPersistence } from '../storage/PersistenceContext.tsx';
import { defaultClassServer } from './classApi.ts';
import {
  browserTicketStorage,
  type ClassController,
  type ClassControllerState,
  createClassController,
  invitationFromSearch,
} from './classController.ts';
import type { ClassState } from './classSession.ts';

const ClassContext = createContext<ClassController | null>(null);

/**
 * Makes the live class available to the class menu and the read-only sync: one controller per
 * editor, opening class maps through persistence (so they are not stored as the student's own) and
 * rejoining the class this tab was in after a reload, once the last map is back.
 */
export function ClassProvider({ children }: { children: ReactNode }) {
  const store = useEditorStore();
  const persistence = useOptionalPersistence()?.persistence;
  const announce = useAnnounce();
  const [controller] = useState(() =>
    createClassController({
      store,
      server: defaultClassServer(),
      open: (map) => (persistence ? void persistence.openClass(map) : store.loadMap(map)),
      keepCopy: (map) => void persistence?.openNew(map),
      announce,
      storage: browserTicketStorage(),
      invitation: invitationFromSearch(window.location.search),
      // A reload then rejoins from the tab's ticket instead of offering the join form again.
      onEntered: () => {
        const url = new URL(window.location.href);
        if (!url.searchParams.has('class')) return;
        url.searchParams.delete('class');
        window.history.replaceState(window.history.state, '', url);
      },
    }),
  );
  useEffect(() => {
    // Rejoin only once the editor has opened its own map: persistence must not open it over the class's.
    if (!persistence) return;
    const resumeWhenOpen = () => {
      if (persistence.getSnapshot().screen === 'loading') return false;
      void controller.resume();
      return true;
    };
    if (resumeWhenOpen()) return;
    const stop = persistence.subscribe(() => {
      if (resumeWhenOpen()) stop();
    });
    return stop;
  }, [controller, persistence]);
  useEffect(() => () => controller.leave(false), [controller]);
  return <ClassContext.Provider value={controller}>{children}</ClassContext.Provider>;
}

/** The class controller, or undefined outside a {@link ClassProvider} (tests of other parts). */
export function useOptionalClass(): ClassController | undefined {
  return useContext(ClassContext) ?? undefined;
}

const noSubscribe = () => () => {};
const idle: ClassControllerState = {
  phase: 'idle',
  session: undefined,
  error: undefined,
  invitation: undefined,
};

/** Whether the editor is in a class, starting one or not; re-renders when that changes. */
export function useClassController(): ClassControllerState {
  const controller = useOptionalClass();
  return useSyncExternalStore(
    controller?.subscribe ?? noSubscribe,
    controller?.getSnapshot ?? (() => idle),
    controller?.getSnapshot ?? (() => idle),
  );
}

/** The live class's state, or undefined when not in one; re-renders when it changes. */
export function useClassState(): ClassState | undefined {
  const { session } = useClassController();
  return useSyncExternalStore(
    session?.subscribe ?? noSubscribe,
    () => session?.getSnapshot(),
    () => session?.getSnapshot(),
  );
}
