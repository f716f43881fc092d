import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { createEditorStore } from '../state/editorStore.ts';
import { type KeyValueStore, memoryStore } from '../storage/keyValueStore.ts';
import { persistenceFor, withPersistence } from '../storage/PersistenceContext.tsx';
import { smallDebate } from '../test/smallMap.ts';

/** A memory store whose reads wait until `open()` is called: "Opening your map…" stays up until then. */
function slowStore(): KeyValueStore & { open(): void } {
  const inner = memoryStore();
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    ...inner,
    getMany: async (keys) => opened.then(() => inner.getMany(keys)),
    keys: async () => opened.then(() => inner.keys()),
    open: () => open(),
  };
}

describe('keyboard shortcuts', () => {
  it('do nothing while "Opening your map…" covers the editor, and work once the map is open', async () => {
    const user = userEvent.setup();
    const storage = slowStore();
    const store = withPersistence(createEditorStore(smallDebate()), storage);
    render(<App store={store} clipboard={memoryClipboard()} />);
    expect(await screen.findByText('Opening your map…')).toBeInTheDocument();
    const before = store.getSnapshot().map.nodes.size;
    await user.keyboard('n');
    expect(store.getSnapshot().map.nodes.size).toBe(before);

    act(() => storage.open());
    await waitFor(() => expect(screen.queryByText('Opening your map…')).toBeNull());
    const opened = store.getSnapshot().map.nodes.size;
    await user.keyboard('n');
    await waitFor(() => expect(store.getSnapshot().map.nodes.size).toBe(opened + 1));
  });

  it('leave the map alone while the maps list is open: Delete does not delete the selected node', async () => {
    const user = userEvent.setup();
    const store = withPersistence(createEditorStore(smallDebate()), memoryStore());
    const setup = persistenceFor(store);
    render(<App store={store} clipboard={memoryClipboard()} />);
    await waitFor(() => expect(setup?.persistence.getSnapshot().screen).toBe('editor'));
    const id = store.getSnapshot().map.nodes.keys().next().value as string;
    act(() => store.select([id]));
    await act(() => setup?.persistence.showHome(true));
    expect(await screen.findByRole('dialog', { name: 'Your maps' })).toBeInTheDocument();
    await user.keyboard('{Delete}');
    expect(store.getSnapshot().map.nodes.has(id)).toBe(true);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your maps' })).toBeNull());
    act(() => store.select([id]));
    await user.keyboard('{Delete}');
    await waitFor(() => expect(store.getSnapshot().map.nodes.has(id)).toBe(false));
  });
});
