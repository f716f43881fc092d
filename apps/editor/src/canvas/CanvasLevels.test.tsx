import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { createEditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';
import { FIT_PENDING, VIEW_HELD } from './fitMap.ts';

// smallDebate: q < yes (supports) < ev (evidence); q < no (opposes)

function openEditor() {
  const user = userEvent.setup();
  const store = createEditorStore(smallDebate());
  render(<App store={store} clipboard={memoryClipboard()} />);
  const shown = () =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => node.dataset.id).sort();
  const canvas = document.querySelector('.canvas-frame') as HTMLElement;
  return { user, store, shown, canvas };
}

describe('levels on the canvas', () => {
  it('the toolbar folds the whole map in one undoable step and fits what is left', async () => {
    const { user, store, shown, canvas } = openEditor();
    const levels = screen.getByRole('group', { name: 'Levels on the canvas' });
    await user.click(
      within(levels).getByRole('button', { name: 'Show 1 level: collapse all to the question' }),
    );
    expect(shown()).toEqual(['q']);
    expect(canvas).toHaveAttribute(VIEW_HELD, 'fit');
    expect(canvas).not.toHaveAttribute(FIT_PENDING);
    await user.click(within(levels).getByRole('button', { name: 'Show 2 levels' }));
    expect(shown()).toEqual(['no', 'q', 'yes']);
    await user.click(within(levels).getByRole('button', { name: 'Expand all levels' }));
    expect(shown()).toEqual(['ev', 'no', 'q', 'yes']);
    act(() => store.undo());
    expect(shown()).toEqual(['no', 'q', 'yes']);
    act(() => store.undo());
    expect(shown()).toEqual(['q']);
  });

  it('keys 1–4 and 0 do the same; a selection folded away moves up without the view following it', async () => {
    const { user, store, shown, canvas } = openEditor();
    act(() => store.select(['ev']));
    await user.keyboard('1');
    expect(shown()).toEqual(['q']);
    expect(store.getSnapshot().selectedNodes).toEqual(['q']);
    expect(canvas).toHaveAttribute(VIEW_HELD, 'fit');
    await user.keyboard('2');
    expect(shown()).toEqual(['no', 'q', 'yes']);
    await user.keyboard('0');
    expect(shown()).toEqual(['ev', 'no', 'q', 'yes']);
    expect(canvas).toHaveAttribute(VIEW_HELD, 'fit');
  });

  it('when the map already shows those levels, the button still fits it', async () => {
    const { user, canvas } = openEditor();
    canvas.removeAttribute(VIEW_HELD);
    await user.click(screen.getByRole('button', { name: 'Expand all levels' }));
    expect(canvas).toHaveAttribute(VIEW_HELD, 'fit');
    expect(canvas).not.toHaveAttribute(FIT_PENDING);
  });
});
