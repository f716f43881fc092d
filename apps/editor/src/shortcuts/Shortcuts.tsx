import { useCallback } from 'react';
import { useShortcuts } from './useShortcuts.ts';

/** Installs the keyboard shortcuts; renders nothing. "/" and Ctrl+F focus the toolbar's search field. */
export function Shortcuts() {
  const focusSearch = useCallback(() => {
    document.querySelector<HTMLInputElement>('.search input')?.focus();
  }, []);
  useShortcuts(focusSearch);
  return null;
}
