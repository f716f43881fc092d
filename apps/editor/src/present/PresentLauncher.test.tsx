import { createMap } from '@argmap/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../App.tsx';
import { createEditorStore } from '../state/editorStore.ts';

/** A small map without tours, so "Present" has to generate one. */
function smallStore() {
  const map = createMap({ title: 'Chips' }, new Date('2025-01-01T00:00:00Z'));
  map.nodes = map.nodes.set('q', {
    id: 'q',
    kind: 'question',
    text: 'Do export controls work?',
    baseScore: 0.5,
  });
  map.nodes = map.nodes.set('p', { id: 'p', kind: 'position', text: 'They work', baseScore: 0.5 });
  map.edges = map.edges.set('e', { id: 'e', kind: 'supports', source: 'p', target: 'q' });
  return createEditorStore(map);
}

describe('PresentLauncher in the editor', () => {
  it('presents at once, generating a tour when the map has none, and the tour undoes like any edit', async () => {
    const store = smallStore();
    const user = userEvent.setup();
    render(<App store={store} />);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(screen.getByRole('dialog', { name: 'Presentation: Chips' })).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    expect(store.getSnapshot().map.tours).toHaveLength(1);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: /^Presentation/ })).toBeNull();
    store.undo();
    expect(store.getSnapshot().map.tours).toBeUndefined();
  });

  it('generates a tour that was left empty (Present on a map that was still empty) afresh', async () => {
    const store = smallStore();
    const map = store.getSnapshot().map;
    store.loadMap({ ...map, tours: [{ id: 'tour-1', title: 'Chips', steps: [] }] });
    const user = userEvent.setup();
    render(<App store={store} />);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    expect(store.getSnapshot().map.tours?.map((tour) => [tour.id, tour.steps.length])).toEqual([
      ['tour-1', 3],
    ]);
  });

  it('opens the handout dialog on the tour from the tour panel, and back to the panel on Close', async () => {
    const user = userEvent.setup();
    render(<App store={smallStore()} />);
    await user.click(screen.getByRole('button', { name: 'Tours' }));
    await user.click(screen.getByRole('button', { name: 'Generate a tour' }));
    await user.click(screen.getByRole('button', { name: 'Print handout…' }));
    const dialog = screen.getByRole('dialog', { name: 'Print a handout' });
    expect(within(dialog).getByRole('radio', { name: 'A tour' })).toBeChecked();
    expect(screen.getAllByRole('region', { name: /^Step \d+$/ })).toHaveLength(3);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('complementary', { name: 'Tours' })).toBeInTheDocument();
  });

  it('opens the handout dialog on Ctrl+P instead of printing the editor', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<App store={smallStore()} />);
    await user.keyboard('{Control>}p{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Print a handout' });
    expect(within(dialog).getByRole('radio', { name: 'The map' })).toBeChecked();
    expect(print).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Print…' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});
