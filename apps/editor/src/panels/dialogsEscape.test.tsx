import { createMap } from '@argmap/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { HandoutDialog } from '../handout/HandoutDialog.tsx';
import { handoutFacts } from '../handout/handoutFacts.ts';
import { EditorStoreProvider } from '../state/EditorContext.tsx';
import { createEditorStore } from '../state/editorStore.ts';
import { memoryStore } from '../storage/keyValueStore.ts';
import { persistenceFor, withPersistence } from '../storage/PersistenceContext.tsx';
import { PersistenceOverlays } from '../storage/PersistenceSlots.tsx';
import { smallDebate } from '../test/smallMap.ts';

/** Issue 16: every dialog closes with Escape. */
describe('Escape closes every dialog', () => {
  for (const [key, name] of [
    ['?', 'Keyboard shortcuts'],
    ['y', 'Why?'],
    ['q', 'Quote'],
  ] as const) {
    it(`closes “${name}”`, async () => {
      const user = userEvent.setup();
      const store = createEditorStore(smallDebate());
      render(<App store={store} clipboard={memoryClipboard()} />);
      act(() => store.select(['ev']));
      await user.keyboard(key === '?' ? '?' : key);
      expect(screen.getByRole('dialog', { name })).toBeVisible();
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog', { name })).toBeNull();
    });
  }

  it('closes the notice that a file could not be opened', async () => {
    const user = userEvent.setup();
    const store = withPersistence(createEditorStore(createMap()), memoryStore());
    const setup = persistenceFor(store);
    render(
      <EditorStoreProvider store={store}>
        <PersistenceOverlays />
      </EditorStoreProvider>,
    );
    await waitFor(() => expect(setup?.persistence.getSnapshot().screen).toBe('editor'));
    act(() =>
      setup?.persistence.notify({
        kind: 'file-problems',
        fileName: 'essay.argdown',
        diagnostics: [{ severity: 'error', code: 'x', message: 'Unclosed bracket', line: 3, column: 14 }],
      }),
    );
    expect(await screen.findByRole('dialog', { name: /could not be opened/ })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes the handout dialog', async () => {
    const onClose = vi.fn();
    const map = smallDebate();
    const facts = handoutFacts(map, { strengths: {}, statuses: {}, semantics: '' });
    render(<HandoutDialog map={map} facts={facts} initial={{ kind: 'map' }} onClose={onClose} />);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });
});
