import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { createEditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';

describe('the status line', () => {
  it('says what an action did, and clears on the next change', async () => {
    const user = userEvent.setup();
    const store = createEditorStore(smallDebate());
    render(<App store={store} clipboard={memoryClipboard()} />);
    act(() => store.select(['ev']));
    await user.keyboard('w');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Switched off: the map is weighed without it.');
    act(() => store.select(['yes']));
    expect(status).not.toHaveTextContent('Switched off');
    await user.keyboard('{Control>}z{/Control}');
    expect(status).toHaveTextContent('Undone');
  });
});
