import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { createEditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';

function renderWithSelection(id: string) {
  const store = createEditorStore(smallDebate());
  render(<App store={store} clipboard={memoryClipboard()} />);
  act(() => store.select([id]));
  return store;
}

describe('inspector', () => {
  it('edits text, tags and notes, saving when the field loses focus', async () => {
    const store = renderWithSelection('yes');
    const text = screen.getByRole('textbox', { name: 'Text' });
    await userEvent.clear(text);
    await userEvent.type(text, 'Ban phones in class');
    expect(store.getSnapshot().map.nodes.get('yes')?.text).toBe('Ban them');
    await userEvent.type(screen.getByRole('textbox', { name: /tags/i }), 'focus, learning');
    await userEvent.click(screen.getByRole('textbox', { name: 'Notes' }));
    const node = store.getSnapshot().map.nodes.get('yes');
    expect(node?.text).toBe('Ban phones in class');
    expect(node?.tags).toEqual(['focus', 'learning']);
  });

  it('edits the source of evidence and explains a refused link', async () => {
    const store = renderWithSelection('ev');
    const speaker = screen.getByRole('textbox', { name: 'Speaker' });
    await userEvent.clear(speaker);
    await userEvent.type(speaker, 'Louis-Philippe Beland{Enter}');
    expect(store.getSnapshot().map.nodes.get('ev')?.evidence?.source.speaker).toBe('Louis-Philippe Beland');
    const link = screen.getByRole('textbox', { name: 'Link' });
    await userEvent.type(link, 'javascript:alert(1){Enter}');
    expect(link).toHaveAttribute('aria-invalid', 'true');
    expect(store.getSnapshot().map.nodes.get('ev')?.evidence?.source.url).toBeUndefined();
  });

  it('sets the base score with the slider as one step when it is released', () => {
    const store = renderWithSelection('no');
    const slider = screen.getByRole('slider', { name: /base score/i });
    fireEvent.change(slider, { target: { value: '0.55' } });
    fireEvent.change(slider, { target: { value: '0.6' } });
    expect(store.getSnapshot().map.nodes.get('no')?.baseScore).toBe(0.5);
    expect(screen.getByText(/Base score: 60%/)).toBeInTheDocument();
    fireEvent.keyUp(slider, { key: 'ArrowRight' });
    expect(store.getSnapshot().map.nodes.get('no')?.baseScore).toBeCloseTo(0.6);
    act(() => store.undo());
    expect(store.getSnapshot().map.nodes.get('no')?.baseScore).toBe(0.5);
  });

  it('flips and removes links', async () => {
    const store = renderWithSelection('no');
    await userEvent.click(screen.getByRole('button', { name: 'Make it support' }));
    expect(store.getSnapshot().map.edges.get('e2')?.kind).toBe('supports');
    await userEvent.click(screen.getByRole('button', { name: /remove link/i }));
    expect(store.getSnapshot().map.edges.get('e2')).toBeUndefined();
  });

  it('lists a self-attack as "opposes itself", with no flip to a support the map would refuse', () => {
    const store = createEditorStore(smallDebate());
    const map = store.getSnapshot().map;
    store.loadMap({
      ...map,
      edges: map.edges.set('loop', { id: 'loop', kind: 'opposes', source: 'no', target: 'no' }),
    });
    render(<App store={store} clipboard={memoryClipboard()} />);
    act(() => store.select(['no']));
    const inspector = within(screen.getByRole('complementary', { name: 'Inspector' }));
    const item = inspector.getByText('opposes itself').closest('li');
    expect(item).not.toBeNull();
    expect(item?.querySelectorAll('button')).toHaveLength(1);
    expect(item?.querySelector('button')).toHaveAccessibleName('Remove link: opposes');
  });
});
