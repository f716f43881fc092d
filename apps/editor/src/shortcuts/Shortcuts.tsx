import { useCallback } from 'react';
import { useOutline } from '../outline/OutlineContext.tsx';
import { useArrowKeys } from './useArrowKeys.ts';
import { useShortcuts } from './useShortcuts.ts';

/**
 * Installs the keyboard shortcuts; renders nothing. "/" and Ctrl+F focus the toolbar's search field;
 * arrow keys move the selection (useArrowKeys); L opens the outline and moves focus into it.
 */
export function Shortcuts() {
  const focusSearch = useCallback(() => {
    document.querySelector<HTMLInputElement>('.search input')?.focus();
  }, []);
  const { toggle } = useOutline();
  const toggleOutline = useCallback(() => toggle({ focus: true }), [toggle]);
  useShortcuts(focusSearch, toggleOutline);
  useArrowKeys();
  return null;
}
