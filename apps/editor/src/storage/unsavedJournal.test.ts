import { createMap, toDocument } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { webStorageJournal } from './unsavedJournal.ts';

describe('the unsaved-change journal', () => {
  it('keeps the last entry until cleared', () => {
    const journal = webStorageJournal(window.localStorage);
    const map = createMap({ title: 'Unsaved edit' }, new Date(0));
    journal.write({ id: 'm1', map });
    expect(journal.read()).toEqual({ id: 'm1', map: toDocument(map) });
    journal.clear();
    expect(journal.read()).toBeUndefined();
  });

  it('ignores what is not an entry, and storage that refuses writes', () => {
    window.localStorage.setItem('argmap:unsaved-change', '{"id": 3}');
    expect(webStorageJournal(window.localStorage).read()).toBeUndefined();
    window.localStorage.setItem('argmap:unsaved-change', 'not json');
    expect(webStorageJournal(window.localStorage).read()).toBeUndefined();
    const full = {
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
      getItem: () => null,
      removeItem() {},
    } as unknown as Storage;
    expect(() => webStorageJournal(full).write({ id: 'm1', map: createMap() })).not.toThrow();
  });
});
