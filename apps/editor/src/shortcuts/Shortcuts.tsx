import { useCallback } from 'react';
import { useArrowKeys } from './useArrowKeys.ts';
import { useShortcuts } from './useShortcuts.ts';

/**
 * Installs the keyboard shortcuts; renders nothing. "/" and Ctrl+F focus the toolbar's search field;
 * arrow keys move the selection (useArrowKeys).
 */
export function Shortcuts() {
  const focusSearch = useCallback(() => {
    document.querySelector<HTMLInputElement>('.search input')?.focus();
  }, []);
  useShortcuts(focusSearch);
  useArrowKeys();
  return null;
}
