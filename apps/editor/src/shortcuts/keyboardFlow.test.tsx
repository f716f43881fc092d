import { act, render, screen, within } from '@testing-library/react';
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

describe('keyboard flow', () => {
  it('arrow keys move the selection along the map without moving any node', async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    const map = store.getSnapshot().map;
    act(() => store.select(['q']));
    await user.keyboard('{ArrowDown}');
    expect(store.getSnapshot().selectedNodes).toEqual(['yes']);
    await user.keyboard('{ArrowDown}');
    expect(store.getSnapshot().selectedNodes).toEqual(['ev']);
    await user.keyboard('{ArrowUp}{ArrowRight}');
    expect(store.getSnapshot().selectedNodes).toEqual(['no']);
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(store.getSnapshot().selectedNodes).toEqual(['q']);
    expect(store.getSnapshot().map).toBe(map);
    expect(document.activeElement?.getAttribute('data-id')).toBe('q');
  });

  it('Alt+arrows nudge the selected node, one undoable step each', async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    act(() => store.select(['no']));
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    const first = store.getSnapshot().map.nodes.get('no')?.position;
    expect(first).toBeDefined();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(store.getSnapshot().map.nodes.get('no')?.position?.x).toBe((first?.x ?? 0) + 10);
    expect(store.getSnapshot().selectedNodes).toEqual(['no']);
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getSnapshot().map.nodes.get('no')?.position).toEqual(first);
  });

  it('I moves focus to the inspector; Escape drops the typing and returns to the node', async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    act(() => store.select(['yes']));
    await user.keyboard('i');
    const inspector = screen.getByRole('complementary', { name: 'Inspector' });
    const text = within(inspector).getByRole('textbox', { name: 'Text' });
    expect(text).toHaveFocus();
    await user.keyboard(' now');
    await user.keyboard('{Escape}');
    expect(document.activeElement?.getAttribute('data-id')).toBe('yes');
    expect(store.getSnapshot().map.nodes.get('yes')?.text).toBe('Ban them');
    expect(store.getSnapshot().selectedNodes).toEqual(['yes']);
  });

  it('the help lists arrows, Alt+arrows and I', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const label of ['↑', '↓', '←', '→', 'Alt+arrows', 'I']) {
      expect(within(help).getByText(label, { selector: 'kbd' })).toBeVisible();
    }
  });
});
