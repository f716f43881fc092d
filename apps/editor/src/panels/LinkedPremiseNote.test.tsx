import { addNode, createArgument, serializeMap } from '@argmap/core';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { createEditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';

/** smallDebate plus a claim that, only together with the evidence, supports "Ban them". */
function linkedDebate() {
  let map = smallDebate();
  const added = addNode(map, { kind: 'claim', id: 'focus', text: 'Phones distract' });
  if (!added.ok) throw new Error('addNode');
  map = added.value.map;
  const linked = createArgument(map, {
    id: 'a1',
    conclusion: 'yes',
    premises: ['ev', 'focus'],
    name: 'Bans help learning',
    scheme: 'Cause To Effect',
  });
  if (!linked.ok) throw new Error('createArgument');
  return linked.value.map;
}

describe('a linked argument in the editor', () => {
  it('shows each premise link with its co-premises, name and scheme', () => {
    const store = createEditorStore(linkedDebate());
    render(<App store={store} clipboard={memoryClipboard()} />);
    act(() => store.select(['focus']));
    expect(
      screen.getByText(
        'Only together with “Scores rose after bans” — argument “Bans help learning” (scheme: Cause To Effect)',
      ),
    ).toBeInTheDocument();
  });

  it('keeps the argument through an edit, its undo and a save', async () => {
    const start = linkedDebate();
    const store = createEditorStore(start);
    render(<App store={store} clipboard={memoryClipboard()} />);
    act(() => store.select(['focus']));
    await userEvent.click(screen.getByRole('button', { name: 'Make it oppose' }));
    const map = store.getSnapshot().map;
    // An argument supports or opposes as a whole: both premises flipped.
    expect([...map.edges.values()].filter((e) => e.argument === 'a1').map((e) => e.kind)).toEqual([
      'opposes',
      'opposes',
    ]);
    act(() => store.undo());
    expect(serializeMap(store.getSnapshot().map)).toBe(serializeMap(start));
    expect(serializeMap(store.getSnapshot().map)).toContain('"arguments"');
  });
});
