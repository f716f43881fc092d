import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { SHARED_READ_ONLY } from '../commands/ReadOnlySync.tsx';
import { createEditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';

function renderReadOnly() {
  const store = createEditorStore(smallDebate());
  render(<App store={store} clipboard={memoryClipboard()} />);
  act(() => store.setReadOnly(SHARED_READ_ONLY));
  return store;
}

describe('a read-only (shared) map', () => {
  it('offers no editing buttons, and says so in the toolbar', () => {
    renderReadOnly();
    const toolbar = screen.getByRole('toolbar', { name: 'Edit the map' });
    expect(within(toolbar).queryByRole('button', { name: '+ Reason' })).toBeNull();
    expect(within(toolbar).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(within(toolbar).getByText('Read-only: a shared map')).toBeVisible();
    expect(within(toolbar).getByRole('button', { name: 'Fit' })).toBeEnabled();
  });

  it('ignores editing shortcuts, says why once, and never enters text editing', async () => {
    const user = userEvent.setup();
    const store = renderReadOnly();
    act(() => store.select(['yes']));
    const before = store.getSnapshot().map;
    await user.keyboard('r');
    expect(store.getSnapshot().map).toBe(before);
    expect(screen.getByRole('status')).toHaveTextContent(SHARED_READ_ONLY);
    expect(screen.queryByRole('textbox', { name: /edit .* text/i })).toBeNull();
    expect(screen.getByRole('status')).not.toHaveTextContent('Editing text');
    await user.keyboard('{Delete}{F2}n');
    expect(store.getSnapshot().map).toBe(before);
    expect(screen.queryByRole('textbox', { name: /edit .* text/i })).toBeNull();
  });

  it('shows the inspector’s fields disabled under the reason, while Why? still works', async () => {
    const store = renderReadOnly();
    act(() => store.select(['yes']));
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    expect(within(inspector).getByRole('note')).toHaveTextContent(SHARED_READ_ONLY);
    expect(within(inspector).getByRole('textbox', { name: 'Text' })).toBeDisabled();
    expect(within(inspector).getByRole('combobox', { name: 'Kind' })).toBeDisabled();
    expect(within(inspector).queryByRole('button', { name: /remove link/i })).toBeNull();
    await userEvent.click(within(inspector).getByRole('button', { name: /why/i }));
    expect(screen.getByRole('dialog', { name: 'Why?' })).toBeVisible();
  });

  it('still lets a reader fold a branch, without counting it as an edit', async () => {
    const user = userEvent.setup();
    const store = renderReadOnly();
    act(() => store.select(['q']));
    const revision = store.getSnapshot().revision;
    await user.keyboard('-');
    expect(store.getSnapshot().map.nodes.get('q')?.collapsed).toBe(true);
    expect(store.getSnapshot().revision).toBe(revision);
  });

  it('is editable again once the reason is cleared (after Make a copy)', async () => {
    const user = userEvent.setup();
    const store = renderReadOnly();
    act(() => store.setReadOnly(undefined));
    act(() => store.select(['yes']));
    await user.keyboard('r');
    expect(store.getSnapshot().map.nodes.size).toBe(5);
  });
});
