import { useCallback, useState } from 'react';

/** Below this width the inspector starts hidden, so the canvas gets the screen (phones, small tablets). */
export const NARROW_SCREEN = '(max-width: 899px)';

/**
 * Whether the side panel (the inspector) is open: open on wide screens, closed on narrow ones at
 * first, then whatever the student chose with the Inspector button.
 */
export function useSidePanel(): { open: boolean; toggle: () => void } {
  const [open, setOpen] = useState(
    () => typeof window === 'undefined' || !window.matchMedia?.(NARROW_SCREEN).matches,
  );
  const toggle = useCallback(() => setOpen((value) => !value), []);
  return { open, toggle };
}
