import { presentationLockName } from './presentChannel.ts';

/**
 * Timing for the presenter link's re-sends: the first re-send after `first` ms, then twice as long
 * each time up to `max` ms. Re-sends stop as soon as the other window acknowledges, so on a
 * working channel none happen at all; the delays only bound how fast a lost message is repaired.
 */
export interface RetryTiming {
  /** Milliseconds before the first re-send (default 250). */
  first: number;
  /** Longest wait between two re-sends (default 4,000). */
  max: number;
}

export const DEFAULT_RETRY: RetryTiming = { first: 250, max: 4000 };

/** How long to wait before re-send number `attempt` (0 for the first). */
export function retryDelay(timing: RetryTiming, attempt: number): number {
  return Math.min(timing.max, timing.first * 2 ** Math.min(attempt, 16));
}

/** The part of the Web Locks API the link uses (`navigator.locks`), so tests can pass a fake. */
export interface LockManagerLike {
  request(
    name: string,
    options: { signal?: AbortSignal; ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<void> | void,
  ): Promise<unknown>;
}

/**
 * The browser's lock for presentation `id`, where the browser has Web Locks (every current one
 * does; jsdom does not).
 */
export function presentationLock(id: string): PresentationLock | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator
    ? { manager: navigator.locks as unknown as LockManagerLike, name: presentationLockName(id) }
    : undefined;
}

/** A named Web Lock: the audience window holds it while it presents. */
export interface PresentationLock {
  manager: LockManagerLike;
  name: string;
}
