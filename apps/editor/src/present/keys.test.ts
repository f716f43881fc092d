import { describe, expect, it } from 'vitest';
import { keyToEvent, swipeToEvent } from './keys.ts';

describe('keyToEvent', () => {
  it('understands the keys presentation clickers send', () => {
    const type = (key: string, shift = false) => keyToEvent(key, shift)?.type;
    expect(['ArrowRight', ' ', 'PageDown'].map((key) => type(key))).toEqual(['NEXT', 'NEXT', 'NEXT']);
    expect(['ArrowLeft', 'PageUp'].map((key) => type(key))).toEqual(['PREV', 'PREV']);
    expect(type(' ', true)).toBe('PREV');
    expect([type('Home'), type('End'), type('Escape'), type('b'), type('v'), type('q')]).toEqual([
      'FIRST',
      'LAST',
      'EXIT',
      'TOGGLE_BLANK',
      'TOGGLE_VERDICT',
      'TOGGLE_QUOTE',
    ]);
  });

  it('leaves other keys alone', () => {
    expect(keyToEvent('a')).toBeUndefined();
    expect(keyToEvent('Tab')).toBeUndefined();
  });
});

describe('swipeToEvent', () => {
  it('turns the page forward on a swipe left and back on a swipe right', () => {
    expect(swipeToEvent(-120, 10)?.type).toBe('NEXT');
    expect(swipeToEvent(150, -20)?.type).toBe('PREV');
  });

  it('ignores taps and vertical scrolling', () => {
    expect(swipeToEvent(10, 2)).toBeUndefined();
    expect(swipeToEvent(-80, 200)).toBeUndefined();
  });
});
