import { type ArgMap, type ArgMapDocument, createMap, exportControlsExample, updateMeta } from '@argmap/core';
import { compressToEncodedURIComponent } from 'lz-string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShareLink } from '../share/shareLink.ts';
import { createEditorStore } from '../state/editorStore.ts';
import { type KeyValueStore, memoryStore } from './keyValueStore.ts';
import { createMapRepository } from './mapRepository.ts';
import { broadcastOtherTabs, type OtherTabs } from './otherTabs.ts';
import { createPersistence, type Persistence } from './persistence.ts';
import type { JournalEntry, UnsavedJournal } from './unsavedJournal.ts';

const started: Persistence[] = [];
const channels: OtherTabs[] = [];
afterEach(() => {
  for (const p of started.splice(0)) p.dispose();
  for (const channel of channels.splice(0)) channel.dispose();
});

/** An in-memory journal, standing in for localStorage. */
function memoryJournal(): UnsavedJournal {
  let entry: JournalEntry | undefined;
  return {
    write: (next) => {
      entry = next;
    },
    read: () => entry,
    clear: () => {
      entry = undefined;
    },
  };
}

function boot(
  options: { kv?: KeyValueStore; hash?: string; journal?: UnsavedJournal; otherTabs?: OtherTabs } = {},
) {
  const kv = options.kv ?? memoryStore();
  let ids = 0;
  const repository = createMapRepository(kv, { newId: () => `m${++ids}` });
  const store = createEditorStore(createMap({ title: 'placeholder' }));
  let hash = options.hash ?? '';
  const persistence = createPersistence({
    store,
    repository,
    location: { hash },
    clearHash: () => {
      hash = '';
    },
    firstMap: exportControlsExample,
    autosaveDelayMs: 5,
    newId: () => `n${++ids}`,
    ...(options.journal ? { journal: options.journal } : {}),
    ...(options.otherTabs ? { otherTabs: options.otherTabs } : {}),
  });
  started.push(persistence);
  return { kv, repository, store, persistence, hash: () => hash };
}

const retitle = (title: string) => (map: ArgMap) => updateMeta(map, { title });

describe('persistence', () => {
  it('starts a first-time visitor on the example, stored', async () => {
    const { persistence, store, repository } = boot();
    await persistence.start();
    expect(store.getSnapshot().map).toEqual(exportControlsExample);
    const list = await repository.list();
    expect(list.ok && list.value.map((m) => m.title)).toEqual([exportControlsExample.meta.title]);
  });

  it('reopens exactly the last edited map on the next visit', async () => {
    const first = boot();
    await first.persistence.start();
    first.store.apply(retitle('My essay map'));
    await first.persistence.flush();

    const second = boot({ kv: first.kv });
    await second.persistence.start();
    expect(second.store.getSnapshot().map.meta.title).toBe('My essay map');
    expect(second.store.getSnapshot().map.nodes).toEqual(exportControlsExample.nodes);
  });

  it('does not write a map back just because it was opened', async () => {
    const first = boot();
    await first.persistence.start();
    const before = await first.repository.list();
    const second = boot({ kv: first.kv });
    await second.persistence.start();
    await new Promise((resolve) => setTimeout(resolve, 30));
    await second.persistence.flush();
    const after = await second.repository.list();
    expect(after.ok && after.value.map((m) => m.savedAt)).toEqual(
      before.ok && before.value.map((m) => m.savedAt),
    );
  });

  it('brings back a change journalled as the page closed, though its storage write never ran', async () => {
    const journal = memoryJournal();
    const first = boot({ journal });
    await first.persistence.start();
    first.store.apply(retitle('Edited just before closing'));
    first.persistence.journalUnsaved();
    first.persistence.dispose(); // the page is gone before the autosave timer fires

    const second = boot({ kv: first.kv, journal });
    await second.persistence.start();
    expect(second.store.getSnapshot().map.meta.title).toBe('Edited just before closing');
    expect(journal.read()).toBeUndefined();
  });

  it('journals nothing when every change is saved', async () => {
    const journal = memoryJournal();
    const { persistence, store } = boot({ journal });
    await persistence.start();
    store.apply(retitle('Saved normally'));
    await persistence.flush();
    persistence.journalUnsaved();
    expect(journal.read()).toBeUndefined();
  });

  it('tells the student what was repaired in a damaged stored map', async () => {
    const first = boot();
    await first.persistence.start();
    const id = first.persistence.getSnapshot().mapId as string;
    const kv = first.kv as ReturnType<typeof memoryStore>;
    const record = kv.data.get(`map/${id}`) as { map: ArgMapDocument };
    record.map.edges.ghost = { id: 'ghost', kind: 'supports', source: 'missing', target: 'q' };

    const second = boot({ kv });
    await second.persistence.start();
    const { notice } = second.persistence.getSnapshot();
    expect(notice).toMatchObject({ kind: 'recovered', repairs: [{ code: 'dangling-edge' }] });
    expect(notice?.kind === 'recovered' && (notice.backup as ArgMapDocument).edges.ghost).toBeTruthy();
    expect([...second.store.getSnapshot().map.nodes.keys()]).toEqual([...exportControlsExample.nodes.keys()]);
  });

  it('opens a share link read-only: edits bounce back and nothing is stored', async () => {
    const link = createShareLink(exportControlsExample, 'https://x.test/');
    if (!link.ok) throw new Error('no link');
    const { persistence, store, repository, hash } = boot({
      hash: link.value.slice(link.value.indexOf('#')),
    });
    await persistence.start();
    expect(persistence.getSnapshot().readOnly).toBe(true);
    store.apply(retitle('vandalised'));
    expect(store.getSnapshot().map.meta.title).toBe(exportControlsExample.meta.title);
    expect((await repository.list()).ok && (await repository.list())).toMatchObject({ value: [] });

    await persistence.makeCopy();
    expect(persistence.getSnapshot().readOnly).toBe(false);
    expect(hash()).toBe('');
    store.apply(retitle('mine now'));
    await persistence.flush();
    const list = await repository.list();
    expect(list.ok && list.value.map((m) => m.title)).toEqual(['mine now']);
  });

  it('saves the open map, then shows a link pasted into the running tab read-only', async () => {
    const { persistence, store, repository } = boot();
    await persistence.start();
    const ownId = persistence.getSnapshot().mapId as string;
    store.apply(retitle('my own work'));
    const link = createShareLink(createMap({ title: 'from a friend' }), 'https://x.test/');
    if (!link.ok) throw new Error('no link');
    expect(await persistence.openShared(link.value.slice(link.value.indexOf('#')))).toBe(true);
    expect(persistence.getSnapshot()).toMatchObject({ readOnly: true, mapId: undefined });
    expect(store.getSnapshot().map.meta.title).toBe('from a friend');
    const own = await repository.load(ownId);
    expect(own.ok && own.value?.map.meta.title).toBe('my own work');
    expect(await persistence.openShared('#map=garbage')).toBe(false);
    expect(persistence.getSnapshot().notice?.kind).toBe('share-unreadable');
  });

  it('opens normally and explains when a crafted link nests its fields 10,000 deep', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const text = `{"format":"argmap","version":1,"meta":{"title":"t"},"nodes":{"n":{"id":"n","kind":${deep},"text":"x","baseScore":${deep}}},"edges":{}}`;
    const { persistence, store } = boot({ hash: `#map=${compressToEncodedURIComponent(text)}` });
    await persistence.start();
    expect(persistence.getSnapshot()).toMatchObject({ screen: 'editor', readOnly: true });
    expect(store.getSnapshot().map.nodes.get('n')?.kind).toBe('claim');
  });

  it('never stays on the loading screen when something throws while starting', async () => {
    let reads = 0;
    const journal: UnsavedJournal = {
      write: () => {},
      read: () => {
        if (reads++ === 0) throw new Error('storage exploded');
        return undefined;
      },
      clear: () => {},
    };
    const { persistence, store } = boot({ journal });
    await persistence.start();
    expect(persistence.getSnapshot().screen).toBe('editor');
    expect(store.getSnapshot().map.meta.title).toBe(exportControlsExample.meta.title);
    const notice = persistence.getSnapshot().notice;
    expect(notice?.kind === 'share-unreadable' && notice.diagnostics[0]?.message).toContain(
      'storage exploded',
    );
  });

  it('keeps editing in memory and shows the failure when storage is full', async () => {
    const inner = memoryStore();
    let full = false;
    const kv: KeyValueStore = {
      ...inner,
      setMany: async (entries) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        return inner.setMany(entries);
      },
    };
    const { persistence, store } = boot({ kv });
    await persistence.start();
    full = true;
    store.apply(retitle('unsaved work'));
    await persistence.flush();
    expect(persistence.getSnapshot().save).toMatchObject({
      state: 'failed',
      error: { code: 'quota-exceeded' },
    });
    expect(store.getSnapshot().map.meta.title).toBe('unsaved work');
    full = false;
    await persistence.flush();
    expect(persistence.getSnapshot().save.state).toBe('saved');
  });

  it('opens the example unsaved when storage cannot be used at all', async () => {
    const blocked: KeyValueStore = {
      getMany: async () => {
        throw new DOMException('no', 'SecurityError');
      },
      setMany: async () => {
        throw new DOMException('no', 'SecurityError');
      },
      delMany: async () => {},
      keys: async () => [],
    };
    const { persistence, store } = boot({ kv: blocked });
    await persistence.start();
    expect(persistence.getSnapshot()).toMatchObject({
      screen: 'editor',
      save: { state: 'failed', error: { code: 'storage-unavailable' } },
    });
    expect(store.getSnapshot().map).toEqual(exportControlsExample);
  });

  it('keeps a class map opened while it is still starting (rejoining a class after a reload)', async () => {
    const first = boot();
    await first.persistence.start();
    const second = boot({ kv: first.kv });
    const classMap = createMap({ title: 'Phones in class' });
    // As the class rejoins: as soon as the first map is on screen, before start() has finished.
    const stop = second.persistence.subscribe(() => {
      if (second.persistence.getSnapshot().screen !== 'editor') return;
      stop();
      void second.persistence.openClass(classMap);
    });
    await second.persistence.start();
    await second.persistence.flush();
    expect(second.store.getSnapshot().map.meta.title).toBe('Phones in class');
    expect(second.persistence.getSnapshot()).toMatchObject({
      screen: 'editor',
      mapId: undefined,
      readOnly: false,
    });
  });

  it('saves the open map before switching to another', async () => {
    const { persistence, store, repository } = boot();
    await persistence.start();
    const firstId = persistence.getSnapshot().mapId as string;
    store.apply(retitle('first, edited'));
    await persistence.openNew(createMap({ title: 'second' }));
    expect(store.getSnapshot().map.meta.title).toBe('second');
    const first = await repository.load(firstId);
    expect(first.ok && first.value?.map.meta.title).toBe('first, edited');
    await persistence.open(firstId);
    expect(store.getSnapshot().map.meta.title).toBe('first, edited');
  });

  describe('two tabs on one map', () => {
    let names = 0;
    /**
     * Two tabs of one browser on the same map: one storage, one channel (a fresh name per test).
     * The second tab opens after the first has stored its map, as when a student opens a new tab.
     */
    async function twoTabs() {
      const name = `argmap-test-${++names}`;
      const tab = () => {
        const channel = broadcastOtherTabs(name);
        channels.push(channel);
        return channel;
      };
      const a = boot({ otherTabs: tab() });
      await a.persistence.start();
      const b = boot({ kv: a.kv, otherTabs: tab() });
      await b.persistence.start();
      return { a, b };
    }

    it('warns a tab when another saves its map, once, and never about its own saves', async () => {
      const { a, b } = await twoTabs();
      expect(b.persistence.getSnapshot().mapId).toBe(a.persistence.getSnapshot().mapId);
      a.store.apply(retitle('edited in A'));
      await a.persistence.flush();
      await vi.waitFor(() => expect(b.persistence.getSnapshot().notice?.kind).toBe('open-elsewhere'));
      expect(a.persistence.getSnapshot().notice).toBeUndefined();

      b.persistence.dismissNotice();
      a.store.apply(retitle('edited in A again'));
      await a.persistence.flush();
      // Give the message time to arrive: the student has been told once for this opening.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(b.persistence.getSnapshot().notice).toBeUndefined();
    });

    it("loads the other tab's version on request, instead of saving over it", async () => {
      const { a, b } = await twoTabs();
      a.store.apply(retitle('edited in A'));
      await a.persistence.flush();
      await vi.waitFor(() => expect(b.persistence.getSnapshot().notice?.kind).toBe('open-elsewhere'));
      // B has a change of its own that has not reached storage yet.
      b.store.apply(retitle('stale edit in B'));
      await b.persistence.reload();
      expect(b.store.getSnapshot().map.meta.title).toBe('edited in A');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const stored = await a.repository.load(a.persistence.getSnapshot().mapId as string);
      expect(stored.ok && stored.value?.map.meta.title).toBe('edited in A');
      // B saves again as usual afterwards.
      b.store.apply(retitle('edited in B after reloading'));
      await b.persistence.flush();
      const after = await a.repository.load(a.persistence.getSnapshot().mapId as string);
      expect(after.ok && after.value?.map.meta.title).toBe('edited in B after reloading');
    });

    it('says nothing when the other tab saves a different map', async () => {
      const { a, b } = await twoTabs();
      await a.persistence.openNew(createMap({ title: 'another map' }));
      a.store.apply(retitle('another map, edited'));
      await a.persistence.flush();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(b.persistence.getSnapshot().notice).toBeUndefined();
    });
  });
});
