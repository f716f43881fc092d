import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditorStoreProvider } from '../state/EditorContext.tsx';
import { createEditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';
import { EditorShell } from './EditorShell.tsx';

function renderShell() {
  return render(
    <EditorStoreProvider store={createEditorStore(smallDebate())}>
      <EditorShell canvas={<div>canvas</div>} side={<p>inspector content</p>} />
    </EditorStoreProvider>,
  );
}

describe('EditorShell', () => {
  it('hides the inspector and brings it back with the Inspector button', async () => {
    renderShell();
    const toggle = screen.getByRole('button', { name: 'Inspector' });
    expect(screen.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(screen.queryByRole('complementary', { name: 'Inspector' })).toBeNull();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByText('inspector content')).toBeVisible();
  });
});
