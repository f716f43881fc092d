import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { NARROW_SCREEN } from '../shell/useSidePanel.ts';

/** Whether the outline is open, and where: beside the canvas, or instead of it on a narrow screen. */
export interface OutlineState {
  open: boolean;
  /** The outline takes the canvas's place (narrow screens): text is then edited in the outline. */
  insteadOfCanvas: boolean;
  /**
   * Opens or closes the outline. `focus`: move keyboard focus into it on opening (the shortcut
   * does; the button keeps focus on itself, as toggle buttons do).
   */
  toggle: (options?: { focus?: boolean }) => void;
  /** Set by `toggle({ focus: true })`, cleared by the tree once it has taken focus. */
  focusRequested: boolean;
  focusTaken: () => void;
}

const closed: OutlineState = {
  open: false,
  insteadOfCanvas: false,
  toggle: () => {},
  focusRequested: false,
  focusTaken: () => {},
};

const OutlineContext = createContext<OutlineState>(closed);

/** Holds whether the outline is open; the toggle button, the `L` shortcut and the panel share it. */
export function OutlineProvider({
  children,
  initiallyOpen = false,
}: {
  children: ReactNode;
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const [focusRequested, setFocusRequested] = useState(false);
  const narrow = useNarrowScreen();
  const toggle = useCallback(
    (options?: { focus?: boolean }) => {
      setOpen(!open);
      setFocusRequested(!open && options?.focus === true);
    },
    [open],
  );
  const focusTaken = useCallback(() => setFocusRequested(false), []);
  const value = useMemo(
    () => ({ open, insteadOfCanvas: open && narrow, toggle, focusRequested, focusTaken }),
    [open, narrow, toggle, focusRequested, focusTaken],
  );
  return <OutlineContext.Provider value={value}>{children}</OutlineContext.Provider>;
}

/** The outline's open state; closed and inert without an {@link OutlineProvider} (e.g. in tests). */
export function useOutline(): OutlineState {
  return useContext(OutlineContext);
}

/** Whether the screen is narrow (phones): there the outline replaces the canvas rather than sit beside it. */
function useNarrowScreen(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia?.(NARROW_SCREEN).matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.(NARROW_SCREEN);
    if (!query) return;
    const update = () => setNarrow(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return narrow;
}
