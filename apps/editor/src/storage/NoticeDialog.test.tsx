import { createMap, exportControlsExample } from '@argmap/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DiagnosticsList } from '../files/DiagnosticsList.tsx';
import { EditorStoreProvider } from '../state/EditorContext.tsx';
import { createEditorStore } from '../state/editorStore.ts';
import { type KeyValueStore, memoryStore } from './keyValueStore.ts';
import { persistenceFor, withPersistence } from './PersistenceContext.tsx';
import { PersistenceActions, PersistenceOverlays } from './PersistenceSlots.tsx';

function mount(kv: KeyValueStore) {
  const store = withPersistence(createEditorStore(createMap()), kv);
  const setup = persistenceFor(store);
  if (!setup) throw new Error('persistence expected');
  render(
    <EditorStoreProvider store={store}>
      <PersistenceActions />
      <PersistenceOverlays />
    </EditorStoreProvider>,
  );
  return { store, setup };
}

describe('notices', () => {
  it('lists what a file got wrong, by line and column, and goes away on OK', async () => {
    const user = userEvent.setup();
    const { setup } = mount(memoryStore());
    await waitFor(() => expect(setup.persistence.getSnapshot().screen).toBe('editor'));
    setup.persistence.notify({
      kind: 'file-problems',
      fileName: 'essay.argdown',
      diagnostics: [
        { severity: 'error', code: 'x', message: '<b>Unclosed</b> bracket', line: 3, column: 14 },
      ],
    });
    const dialog = await screen.findByRole('dialog', { name: '"essay.argdown" could not be opened' });
    expect(dialog).toHaveTextContent('line 3, column 14');
    // Markup in a message is shown as text, never rendered.
    expect(dialog).toHaveTextContent('<b>Unclosed</b> bracket');
    expect(dialog.querySelector('b')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says a file that opened with warnings is open, not that it failed', async () => {
    const { setup } = mount(memoryStore());
    await waitFor(() => expect(setup.persistence.getSnapshot().screen).toBe('editor'));
    setup.persistence.notify({
      kind: 'file-warnings',
      fileName: 'debate.argdown',
      diagnostics: [{ severity: 'warning', code: 'y', message: 'Tag #pro was ignored', line: 7, column: 2 }],
    });
    const dialog = await screen.findByRole('dialog', { name: '"debate.argdown" is open, with warnings' });
    expect(dialog).toHaveTextContent('It opened as a new map');
    expect(dialog).toHaveTextContent('line 7, column 2');
    expect(dialog).not.toHaveTextContent('could not be opened');
  });

  it('tells the student a stored map was repaired and what', async () => {
    const kv = memoryStore({
      'last-opened': 'm',
      'map/m': {
        id: 'm',
        savedAt: '2026-01-01T00:00:00.000Z',
        map: {
          ...exportControlsExample,
          edges: { bad: { id: 'bad', kind: 'supports', source: 'x', target: 'q' } },
        },
      },
    });
    mount(kv);
    const dialog = await screen.findByRole('dialog', { name: 'Your map was repaired' });
    expect(dialog).toHaveTextContent('edges › bad');
    expect(screen.getByRole('button', { name: 'Download the original' })).toBeInTheDocument();
  });

  it('shows a refused save plainly, with a download, while the map stays open', async () => {
    const inner = memoryStore();
    let full = false;
    const kv: KeyValueStore = {
      ...inner,
      setMany: async (entries) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        return inner.setMany(entries);
      },
    };
    const { setup, store } = mount(kv);
    await waitFor(() => expect(setup.persistence.getSnapshot().screen).toBe('editor'));
    expect(await screen.findByText('Saved in this browser')).toBeInTheDocument();
    full = true;
    await setup.persistence.openNew(createMap({ title: 'keep me' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved. Your browser is out of space');
    expect(screen.getByRole('button', { name: 'Download a copy' })).toBeInTheDocument();
    expect(screen.getByText('Not saved')).toBeInTheDocument();
    expect(store.getSnapshot().map.meta.title).toBe('keep me');
  });
});

describe('diagnostics list', () => {
  it('names the place once when the message already starts with it', () => {
    render(
      <DiagnosticsList
        diagnostics={[
          {
            severity: 'error',
            code: 'x',
            message: 'Line 4, column 27: expected a name',
            line: 4,
            column: 27,
          },
        ]}
      />,
    );
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent(/^line 4, column 27Expected a name$/);
  });
});
