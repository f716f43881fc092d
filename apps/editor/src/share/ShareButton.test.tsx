import { type ArgMap, createMap, exportControlsExample } from '@argmap/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditorStoreProvider } from '../state/EditorContext.tsx';
import { createEditorStore } from '../state/editorStore.ts';
import { ShareButton } from './ShareButton.tsx';
import { readShareHash } from './shareLink.ts';

function mount(map: ArgMap) {
  render(
    <EditorStoreProvider store={createEditorStore(map)}>
      <ShareButton />
    </EditorStoreProvider>,
  );
}

describe('ShareButton', () => {
  it('shows a link that opens the same map', async () => {
    const user = userEvent.setup();
    mount(exportControlsExample);
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    const link = (screen.getByRole('textbox', { name: 'Share link' }) as HTMLInputElement).value;
    const read = readShareHash(link.slice(link.indexOf('#')));
    expect(read.ok && read.value).toEqual(exportControlsExample);
    expect(screen.getByRole('status')).toHaveTextContent(/read-only/);
  });

  it('says when a map is too large for a link and offers the file', async () => {
    const user = userEvent.setup();
    const big = createMap({ title: 'Huge' });
    for (let i = 0; i < 3000; i++) {
      const text = `${((i * 2654435761) % 1e9).toString(36)} ${((i * 40503) % 9973).toString(36)} claim ${i}`;
      big.nodes = big.nodes.set(`n${i}`, { id: `n${i}`, kind: 'claim', text, baseScore: 0.5 });
    }
    mount(big);
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/too large for a link/);
    expect(screen.getByRole('button', { name: 'Download the file to share' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Share link' })).toBeNull();
  });
});
