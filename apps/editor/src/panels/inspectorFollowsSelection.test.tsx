import { act, render, screen, waitFor, within } from '@testing-library/react';
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

const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });

describe('the inspector shows and edits exactly the selected node', () => {
  it('case A: after R and Enter on empty text, the inspector is the new claim’s, and edits go to it', async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    act(() => store.select(['yes']));
    await user.keyboard('r');
    const field = await screen.findByRole('textbox', { name: /edit claim text/i });
    field.focus();
    await user.keyboard('{Enter}');
    const created = store.getSnapshot().selectedNodes[0] ?? '';
    expect(created).not.toBe('yes');
    expect(within(inspector()).getByRole('heading', { level: 2 })).toHaveTextContent('Claim');
    const text = within(inspector()).getByRole('textbox', { name: 'Text' });
    expect(text).toHaveValue('');
    await user.type(text, 'Phones distract');
    await user.tab();
    expect(store.getSnapshot().map.nodes.get(created)?.text).toBe('Phones distract');
    expect(store.getSnapshot().map.nodes.get('yes')?.text).toBe('Ban them');
  });

  it('case B: a search hit inside a collapsed branch is revealed and selected, and the inspector is its', async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    act(() => store.select(['q']));
    await user.keyboard('-');
    expect(store.getSnapshot().map.nodes.get('q')?.collapsed).toBe(true);
    await user.keyboard('/');
    await user.type(screen.getByRole('combobox', { name: /search/i }), 'Scores rose{Enter}');
    expect(store.getSnapshot().selectedNodes).toEqual(['ev']);
    expect(store.getSnapshot().map.nodes.get('q')?.collapsed).toBeFalsy();
    await waitFor(() =>
      expect(within(inspector()).getByRole('heading', { level: 2 })).toHaveTextContent('Evidence'),
    );
    const text = within(inspector()).getByRole('textbox', { name: 'Text' });
    expect(text).toHaveValue('Scores rose after bans');
    await user.type(text, ' [[EDITED]');
    await user.tab();
    expect(store.getSnapshot().map.nodes.get('ev')?.text).toBe('Scores rose after bans [EDITED]');
    expect(store.getSnapshot().map.nodes.get('q')?.text).toBe('Should schools ban phones?');
  });
});

describe('Escape on a node just added and never given text', () => {
  it('takes the node back and selects the node it was added under; the inspector follows', async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    act(() => store.select(['yes']));
    const before = store.getSnapshot().map;
    await user.keyboard('r');
    const field = await screen.findByRole('textbox', { name: /edit claim text/i });
    field.focus();
    await user.keyboard('{Escape}');
    expect(store.getSnapshot().map.nodes.size).toBe(before.nodes.size);
    expect(store.getSnapshot().map.edges.size).toBe(before.edges.size);
    expect(store.getSnapshot().selectedNodes).toEqual(['yes']);
    expect(within(inspector()).getByRole('heading', { level: 2 })).toHaveTextContent('Position');
    expect(within(inspector()).getByRole('textbox', { name: 'Text' })).toHaveValue('Ban them');
    expect(screen.getByRole('status')).toHaveTextContent('Cancelled: the empty claim was not added.');
  });

  it('keeps a node that already had text: Escape only drops the typing', async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    act(() => store.select(['yes']));
    await user.keyboard('{F2}');
    const field = await screen.findByRole('textbox', { name: /edit position text/i });
    field.focus();
    await user.keyboard('Gone{Escape}');
    expect(store.getSnapshot().map.nodes.get('yes')?.text).toBe('Ban them');
    expect(store.getSnapshot().selectedNodes).toEqual(['yes']);
  });
});
