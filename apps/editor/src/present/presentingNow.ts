/**
 * Which tour step this editor is presenting right now, if any: the presentation writes it, a live
 * class reads it (the teacher's students follow the step). A tiny external store, so the
 * presentation needs to know nothing about classes.
 *
 * @module
 */

/** A presentation on screen: the tour and the step shown. */
export interface Presenting {
  tourId: string;
  index: number;
}

export interface PresentingNow {
  get(): Presenting | undefined;
  set(value: Presenting | undefined): void;
  subscribe(listener: () => void): () => void;
}

export function createPresentingNow(): PresentingNow {
  let current: Presenting | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(value) {
      if (value?.tourId === current?.tourId && value?.index === current?.index) return;
      current = value;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The page's one presentation (the audience window; presenter windows do not write it). */
export const presentingNow = createPresentingNow();
