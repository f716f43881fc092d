import { createMap } from '@argmap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorStore } from './state/editorStore.ts';
import { publishTestHook } from './testHook.ts';

afterEach(() => {
  delete window.argmapEditor;
});

// That production builds leave the hook out is checked on the bundle: e2e/production-build.spec.ts.
describe('the end-to-end test hook', () => {
  it('opens only valid documents when enabled', () => {
    const store = createEditorStore(createMap({ title: 'Before' }));
    publishTestHook(store);
    expect(window.argmapEditor?.loadDocument({ nope: 1 }).length).toBeGreaterThan(0);
    expect(store.getSnapshot().map.meta.title).toBe('Before');
  });
});
