import { createMap, exportControlsExample, toDocument } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { type KeyValueStore, memoryStore } from './keyValueStore.ts';
import { createMapRepository, MAX_BACKUPS } from './mapRepository.ts';

function setup(store = memoryStore()) {
  let clock = Date.parse('2026-03-01T10:00:00.000Z');
  let ids = 0;
  const repo = createMapRepository(store, {
    now: () => new Date(clock),
    newId: () => `id-${++ids}`,
  });
  const tick = (ms = 1000) => {
    clock += ms;
  };
  return { repo, store, tick };
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('expected success');
  return result.value;
}

describe('map repository', () => {
  it('saves and loads a map exactly', async () => {
    const { repo } = setup();
    const summary = unwrap(await repo.create(exportControlsExample));
    const loaded = unwrap(await repo.load(summary.id));
    expect(loaded?.map).toEqual(exportControlsExample);
    expect(loaded?.repairs).toEqual([]);
  });

  it('lists maps with title, last saved time and size, newest first', async () => {
    const { repo, tick } = setup();
    unwrap(await repo.create(createMap({ title: 'Older' })));
    tick();
    unwrap(await repo.create(exportControlsExample));
    const list = unwrap(await repo.list());
    expect(list.map((m) => m.title)).toEqual([exportControlsExample.meta.title, 'Older']);
    expect(list[0]?.savedAt).toBe('2026-03-01T10:00:01.000Z');
    expect(list[0]?.size).toBe(new TextEncoder().encode(JSON.stringify(exportControlsExample)).byteLength);
    expect(list[0]?.nodeCount).toBe([...exportControlsExample.nodes.keys()].length);
  });

  it('duplicates and renames without touching the original', async () => {
    const { repo } = setup();
    const { id } = unwrap(await repo.create(exportControlsExample));
    const copy = unwrap(await repo.duplicate(id));
    expect(copy?.title).toBe(`Copy of ${exportControlsExample.meta.title}`);
    unwrap(await repo.rename(copy?.id ?? '', 'My version'));
    const titles = unwrap(await repo.list()).map((m) => m.title);
    expect(titles.sort()).toEqual(['My version', exportControlsExample.meta.title].sort());
    expect(unwrap(await repo.load(copy?.id ?? ''))?.map.nodes).toEqual(exportControlsExample.nodes);
  });

  it('deletes a map and puts it back on undo', async () => {
    const { repo } = setup();
    const { id } = unwrap(await repo.create(exportControlsExample));
    unwrap(await repo.setLastOpened(id));
    const deleted = unwrap(await repo.remove(id));
    expect(unwrap(await repo.list())).toEqual([]);
    expect(unwrap(await repo.lastOpened())).toBeUndefined();
    expect(deleted).toBeDefined();
    if (deleted) unwrap(await repo.restore(deleted));
    expect(unwrap(await repo.load(id))?.map).toEqual(exportControlsExample);
  });

  it('remembers the last opened map', async () => {
    const { repo } = setup();
    unwrap(await repo.setLastOpened('abc'));
    expect(unwrap(await repo.lastOpened())).toBe('abc');
  });

  it('recovers a corrupted map, keeps the original as a backup and reports the repairs', async () => {
    const { repo, store } = setup();
    const { id } = unwrap(await repo.create(exportControlsExample));
    const corrupt = structuredClone(toDocument(exportControlsExample));
    delete corrupt.nodes.q;
    store.data.set(`map/${id}`, { id, map: corrupt, savedAt: 'x' });

    const loaded = unwrap(await repo.load(id));
    expect(loaded?.repairs.length).toBeGreaterThan(0);
    // Links and tour steps that named the deleted question are the only things repaired.
    expect(new Set(loaded?.repairs.map((r) => r.code))).toEqual(
      new Set(
        exportControlsExample.tours?.length ? ['dangling-edge', 'dangling-tour-node'] : ['dangling-edge'],
      ),
    );
    expect(loaded?.map.nodes.get('p-work')).toEqual(exportControlsExample.nodes.get('p-work'));

    const backups = unwrap(await repo.backups(id));
    expect(backups).toHaveLength(1);
    expect(backups[0]?.raw).toEqual(corrupt);
    // The repaired map replaced the record: the next load is clean and makes no second backup.
    expect(unwrap(await repo.load(id))?.repairs).toEqual([]);
    expect(unwrap(await repo.backups(id))).toHaveLength(1);
  });

  it('keeps at most MAX_BACKUPS repair backups, and deletes them with the map (undo brings them back)', async () => {
    const { repo, store, tick } = setup();
    const { id } = unwrap(await repo.create(exportControlsExample));
    const corrupt = structuredClone(toDocument(exportControlsExample));
    delete corrupt.nodes.q;
    for (let i = 0; i < MAX_BACKUPS + 2; i++) {
      tick();
      store.data.set(`map/${id}`, { id, map: corrupt, savedAt: `x${i}` });
      expect(unwrap(await repo.load(id))?.repairs.length).toBeGreaterThan(0);
    }
    const kept = unwrap(await repo.backups(id));
    expect(kept.map((b) => b.savedAt)).toEqual(['x2', 'x3', 'x4']);

    const deleted = unwrap(await repo.remove(id));
    expect([...store.data.keys()].filter((key) => key.startsWith('backup/'))).toEqual([]);
    if (deleted) unwrap(await repo.restore(deleted));
    expect(unwrap(await repo.backups(id))).toHaveLength(MAX_BACKUPS);
  });

  it('lists a map whose summary was lost', async () => {
    const { repo, store } = setup();
    const { id } = unwrap(await repo.create(exportControlsExample));
    store.data.set(`summary/${id}`, 'garbage');
    expect(unwrap(await repo.list()).map((m) => m.title)).toEqual([exportControlsExample.meta.title]);
  });

  it('reports a full disk as a value and stores nothing half-way', async () => {
    const inner = memoryStore();
    const full: KeyValueStore = {
      ...inner,
      setMany: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const { repo } = setup(full as ReturnType<typeof memoryStore>);
    const result = await repo.save('a', exportControlsExample);
    expect(result).toMatchObject({ ok: false, error: { code: 'quota-exceeded' } });
    expect(inner.data.size).toBe(0);
  });

  it('reports storage that cannot be opened', async () => {
    const broken: KeyValueStore = {
      getMany: async () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setMany: async () => {},
      delMany: async () => {},
      keys: async () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const repo = createMapRepository(broken);
    expect(await repo.list()).toMatchObject({ ok: false, error: { code: 'storage-unavailable' } });
    expect(await repo.load('x')).toMatchObject({ ok: false, error: { code: 'storage-unavailable' } });
  });
});
