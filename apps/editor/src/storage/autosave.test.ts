import { type ArgMap, createMap } from '@argmap/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, flushWhenHidden } from './autosave.ts';
import type { StorageResult } from './mapRepository.ts';
import { toStorageError } from './storageError.ts';

const titled = (title: string): ArgMap => createMap({ title });

function recorder(fail = () => false) {
  const saved: string[] = [];
  const save = vi.fn(async (map: ArgMap): Promise<StorageResult<unknown>> => {
    if (fail()) return { ok: false, error: toStorageError(new DOMException('full', 'QuotaExceededError')) };
    saved.push(map.meta.title);
    return { ok: true, value: undefined };
  });
  return { saved, save };
}

describe('autosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves the latest change within the delay, once', async () => {
    const { saved, save } = recorder();
    const autosaver = createAutosaver({ save, delayMs: 400 });
    autosaver.schedule(titled('a'));
    autosaver.schedule(titled('ab'));
    expect(autosaver.status().state).toBe('pending');
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual(['ab']);
    expect(autosaver.status().state).toBe('saved');
  });

  it('saves during steady typing instead of waiting for a pause', async () => {
    const { saved, save } = recorder();
    const autosaver = createAutosaver({ save, delayMs: 400 });
    for (let i = 1; i <= 10; i++) {
      autosaver.schedule(titled(`v${i}`));
      await vi.advanceTimersByTimeAsync(100);
    }
    // Ten changes over one second: at least two writes happened, each within 400 ms of a change.
    expect(saved.length).toBeGreaterThanOrEqual(2);
    await vi.advanceTimersByTimeAsync(400);
    expect(saved.at(-1)).toBe('v10');
  });

  it('flush writes at once', async () => {
    const { saved, save } = recorder();
    const autosaver = createAutosaver({ save, delayMs: 10_000 });
    autosaver.schedule(titled('now'));
    await autosaver.flush();
    expect(saved).toEqual(['now']);
  });

  it('reports a failed save, keeps the map and retries on the next change', async () => {
    let full = true;
    const { saved, save } = recorder(() => full);
    const autosaver = createAutosaver({ save, delayMs: 100 });
    const states: string[] = [];
    autosaver.subscribe((s) => states.push(s.state));
    autosaver.schedule(titled('first'));
    await vi.advanceTimersByTimeAsync(100);
    expect(autosaver.status()).toMatchObject({ state: 'failed', error: { code: 'quota-exceeded' } });
    full = false;
    // The failure stays visible until a save succeeds.
    autosaver.schedule(titled('second'));
    expect(autosaver.status().state).toBe('failed');
    await vi.advanceTimersByTimeAsync(100);
    expect(saved).toEqual(['second']);
    expect(states).toEqual(['pending', 'saving', 'failed', 'saving', 'saved']);
  });

  it('a failed map is retried by flush even without a new change', async () => {
    let full = true;
    const { saved, save } = recorder(() => full);
    const autosaver = createAutosaver({ save, delayMs: 100 });
    autosaver.schedule(titled('kept'));
    await vi.advanceTimersByTimeAsync(100);
    full = false;
    await autosaver.flush();
    expect(saved).toEqual(['kept']);
  });

  it('a change made during a slow write is written after it', async () => {
    const saved: string[] = [];
    const save = async (map: ArgMap): Promise<StorageResult<unknown>> => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      saved.push(map.meta.title);
      return { ok: true, value: undefined };
    };
    const autosaver = createAutosaver({ save, delayMs: 100 });
    autosaver.schedule(titled('one'));
    await vi.advanceTimersByTimeAsync(150);
    autosaver.schedule(titled('two'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['one', 'two']);
    expect(autosaver.status().state).toBe('saved');
  });

  it('flushes when the page is hidden', async () => {
    const { saved, save } = recorder();
    const autosaver = createAutosaver({ save, delayMs: 10_000 });
    const stop = flushWhenHidden(autosaver, window);
    autosaver.schedule(titled('closing'));
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['closing']);
    stop();
    autosaver.schedule(titled('after'));
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['closing']);
  });
});
