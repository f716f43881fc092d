import { describe, expect, it } from 'vitest';
import { type KeyPress, matchShortcut, SHORTCUTS } from './shortcutTable.ts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('shortcut table', () => {
  it('tells plain letters from their Ctrl versions', () => {
    expect(matchShortcut(press('c'))).toBe('connect');
    expect(matchShortcut(press('c', { ctrlKey: true }))).toBe('copy');
    expect(matchShortcut(press('C', { metaKey: true }))).toBe('copy');
  });

  it('redoes with Ctrl+Shift+Z and Ctrl+Y, undoes with Ctrl+Z', () => {
    expect(matchShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(matchShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(matchShortcut(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('opens help with "?" however the keyboard layout types it', () => {
    expect(matchShortcut(press('?', { shiftKey: true }))).toBe('help');
    expect(matchShortcut(press('?'))).toBe('help');
  });

  it('ignores Alt combinations and unknown keys', () => {
    expect(matchShortcut(press('n', { altKey: true }))).toBeUndefined();
    expect(matchShortcut(press('k'))).toBeUndefined();
  });

  it('tells arrows (select) from Alt+arrows (nudge), with or without Shift', () => {
    expect(matchShortcut(press('ArrowUp'))).toBe('selectAbove');
    expect(matchShortcut(press('ArrowLeft', { altKey: true }))).toBe('nudge');
    expect(matchShortcut(press('ArrowLeft', { altKey: true, shiftKey: true }))).toBe('nudge');
  });

  it('gives no two shortcuts the same key combination', () => {
    const combos = SHORTCUTS.flatMap((s) =>
      s.keys.map((key) => `${s.mod ? 'mod+' : ''}${s.alt ? 'alt+' : ''}${s.shift ? 'shift+' : ''}${key}`),
    );
    expect(new Set(combos).size).toBe(combos.length);
  });
});
