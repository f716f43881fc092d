import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { createEditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';

function renderEditor() {
  const store = createEditorStore(smallDebate());
  render(<App store={store} clipboard={memoryClipboard()} />);
  return store;
}

describe('toolbar', () => {
  it('offers reason, objection and evidence only with a node selected', () => {
    const store = renderEditor();
    expect(screen.getByRole('button', { name: '+ Reason' })).toBeDisabled();
    act(() => store.select(['yes']));
    expect(screen.getByRole('button', { name: '+ Reason' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '+ Evidence' })).toBeEnabled();
  });

  it('adds an objection connected to the selected node, in edit mode, and undo removes it', async () => {
    const store = renderEditor();
    act(() => store.select(['yes']));
    await userEvent.click(screen.getByRole('button', { name: '+ Objection' }));
    const field = await screen.findByLabelText('Edit claim text');
    await userEvent.type(field, 'Bans are hard to enforce{Enter}');
    const map = store.getSnapshot().map;
    const added = map.nodes.toArray().find((node) => node.text === 'Bans are hard to enforce');
    expect(added?.kind).toBe('claim');
    expect(
      map.edges.toArray().some((e) => e.source === added?.id && e.target === 'yes' && e.kind === 'opposes'),
    ).toBe(true);
    const onCanvas = () =>
      screen
        .queryAllByText('Bans are hard to enforce')
        .filter((el) => el.classList.contains('arg-node__text'));
    expect(onCanvas()).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onCanvas()).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Redo' })).toBeEnabled();
  });

  it('finds a node by speaker through search', async () => {
    const store = renderEditor();
    await userEvent.type(screen.getByRole('combobox', { name: /search nodes/i }), 'beland{Enter}');
    expect(store.getSnapshot().selectedNodes).toEqual(['ev']);
  });
});
