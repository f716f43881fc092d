import type { PresentEvent } from './presentMachine.ts';

/**
 * What a key press means during a presentation. Presentation clickers pretend to be keyboards and
 * send PageDown/PageUp (most), arrows or Space; some send `b`/`.` for a black screen and F5/Esc
 * to start and stop. Returns `undefined` for keys the presentation leaves alone.
 */
export function keyToEvent(key: string, shiftKey = false): PresentEvent | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
      return { type: 'NEXT' };
    case ' ':
    case 'Spacebar':
      return shiftKey ? { type: 'PREV' } : { type: 'NEXT' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'PREV' };
    case 'Home':
      return { type: 'FIRST' };
    case 'End':
      return { type: 'LAST' };
    case 'Escape':
      return { type: 'EXIT' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'TOGGLE_BLANK' };
    case 'v':
    case 'V':
      return { type: 'TOGGLE_VERDICT' };
    case 't':
    case 'T':
      return { type: 'TOGGLE_THEME' };
    case 'q':
    case 'Q':
      return { type: 'TOGGLE_QUOTE' };
    default:
      return undefined;
  }
}

/** Smallest horizontal travel, in CSS pixels, that counts as a swipe rather than a tap. */
export const SWIPE_THRESHOLD = 60;

/**
 * What a finished touch gesture means: a mostly horizontal swipe to the left moves forward (like
 * turning a page), to the right moves back. Taps and vertical scrolls mean nothing.
 */
export function swipeToEvent(dx: number, dy: number): PresentEvent | undefined {
  if (Math.abs(dx) < SWIPE_THRESHOLD || Math.abs(dx) < Math.abs(dy) * 1.5) return undefined;
  return dx < 0 ? { type: 'NEXT' } : { type: 'PREV' };
}
