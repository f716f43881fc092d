import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { createEditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

function openEditor() {
  const store = createEditorStore(smallDebate());
  render(<App store={store} clipboard={memoryClipboard()} />);
  return { store, user: userEvent.setup() };
}

describe('the Class menu', () => {
  it('says so in a sentence when there is no class server to reach, and leaves the map as it was', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const { store, user } = openEditor();
    const before = store.getSnapshot().map;
    await user.click(screen.getByRole('button', { name: 'Class' }));
    await user.click(screen.getByRole('button', { name: 'Start a class' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The class server cannot be reached.');
    expect(store.getSnapshot().map).toBe(before);
    expect(screen.getByRole('button', { name: 'Class' })).toBeInTheDocument();
  });

  it("shows the server's reason when a code is wrong", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          { error: { code: 'unknown-code', message: 'No class has this code: check it with your teacher.' } },
          { status: 404 },
        ),
      ),
    );
    const { user } = openEditor();
    await user.click(screen.getByRole('button', { name: 'Class' }));
    await user.type(screen.getByLabelText('Class code'), 'NOPE1234');
    await user.type(screen.getByLabelText('Your name'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No class has this code: check it with your teacher.',
    );
  });

  it('needs a code and a name before it tries to join', async () => {
    const { user } = openEditor();
    await user.click(screen.getByRole('button', { name: 'Class' }));
    expect(screen.getByRole('button', { name: 'Join' })).toBeDisabled();
    await user.type(screen.getByLabelText('Class code'), 'K7Q2MX4P');
    expect(screen.getByRole('button', { name: 'Join' })).toBeDisabled();
    await user.type(screen.getByLabelText('Your name'), '   ');
    expect(screen.getByRole('button', { name: 'Join' })).toBeDisabled();
  });
});
