import { createMap, exportControlsExample } from '@argmap/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditorStoreProvider } from '../state/EditorContext.tsx';
import { createEditorStore } from '../state/editorStore.ts';
import { memoryStore } from '../storage/keyValueStore.ts';
import { persistenceFor, withPersistence } from '../storage/PersistenceContext.tsx';
import { PersistenceOverlays } from '../storage/PersistenceSlots.tsx';

/** The overlays over a persisted store holding two maps, with the maps list open. */
async function showMapsList() {
  const store = withPersistence(createEditorStore(createMap()), memoryStore());
  const setup = persistenceFor(store);
  if (!setup) throw new Error('persistence expected');
  await setup.repository.create(createMap({ title: 'Older essay' }));
  render(
    <EditorStoreProvider store={store}>
      <PersistenceOverlays />
    </EditorStoreProvider>,
  );
  // Start opens the most recent map; then the student opens the list.
  await waitFor(() => expect(setup.persistence.getSnapshot().screen).toBe('editor'));
  await setup.persistence.openNew(exportControlsExample);
  await setup.persistence.showHome(true);
  const home = await screen.findByRole('dialog', { name: 'Your maps' });
  await within(home).findByRole('button', { name: 'Older essay' });
  return { store, setup, home };
}

describe('HomeScreen', () => {
  it('lists every map with its size and marks the open one', async () => {
    const { home } = await showMapsList();
    const rows = within(home).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const open = rows.find((row) => row.getAttribute('aria-current') === 'true');
    expect(open).toHaveTextContent(exportControlsExample.meta.title);
    expect(open).toHaveTextContent(/KB · \d+ nodes/);
    expect(within(open as HTMLElement).getByRole('button', { name: /^Delete/ })).toBeDisabled();
  });

  it('deletes a map and brings it back with Undo', async () => {
    const user = userEvent.setup();
    const { home } = await showMapsList();
    await user.click(within(home).getByRole('button', { name: 'Delete Older essay' }));
    await waitFor(() => expect(within(home).queryByRole('button', { name: 'Older essay' })).toBeNull());
    expect(within(home).getByRole('status')).toHaveTextContent('Deleted “Older essay”.');
    await user.click(within(home).getByRole('button', { name: 'Undo' }));
    expect(await within(home).findByRole('button', { name: 'Older essay' })).toBeInTheDocument();
  });

  it('renames the open map through the editor, so autosave keeps the name', async () => {
    const user = userEvent.setup();
    const { home, store, setup } = await showMapsList();
    const row = within(home)
      .getAllByRole('row')
      .find((r) => r.getAttribute('aria-current') === 'true');
    await user.click(within(row as HTMLElement).getByRole('button', { name: /^Rename/ }));
    const field = within(home).getByRole('textbox', { name: /New title/ });
    await user.clear(field);
    await user.type(field, 'Chips, renamed{Enter}');
    expect(store.getSnapshot().map.meta.title).toBe('Chips, renamed');
    expect(await within(home).findByRole('button', { name: 'Chips, renamed' })).toBeInTheDocument();
    const list = await setup.repository.list();
    expect(list.ok && list.value.map((m) => m.title)).toContain('Chips, renamed');
  });

  it('takes focus when it opens and goes back to the open map on Escape', async () => {
    const user = userEvent.setup();
    await showMapsList();
    expect(screen.getByRole('heading', { name: 'Your maps' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your maps' })).toBeNull());
  });

  it('opens another map and closes the list', async () => {
    const user = userEvent.setup();
    const { home, store } = await showMapsList();
    await user.click(within(home).getByRole('button', { name: 'Older essay' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your maps' })).toBeNull());
    expect(store.getSnapshot().map.meta.title).toBe('Older essay');
  });
});
