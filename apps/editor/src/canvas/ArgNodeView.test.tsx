import { connect } from '@argmap/core';
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

const nodeBox = (text: string) => screen.getByText(text).closest('.arg-node') as HTMLElement;

// jsdom cannot measure, so React Flow keeps nodes `visibility: hidden` and their controls have no
// accessible name there: query them by text and title. The e2e tests use roles in a real browser.

describe('argument nodes on the canvas', () => {
  it('tell kinds apart by shape class, icon badge and label, not colour alone', () => {
    renderEditor();
    const question = nodeBox('Should schools ban phones?');
    const evidence = nodeBox('Scores rose after bans');
    expect(question).toHaveClass('arg-node--question');
    expect(within(question).getByText('Question')).toBeInTheDocument();
    expect(evidence).toHaveClass('arg-node--evidence');
    expect(within(evidence).getByText(/Evidence · study/)).toBeInTheDocument();
  });

  it('show the speaker and source of evidence, and open the full quote', async () => {
    renderEditor();
    const evidence = nodeBox('Scores rose after bans');
    expect(within(evidence).getByText('— Beland, LSE')).toBeInTheDocument();
    await userEvent.click(within(evidence).getByText('Quote'));
    const dialog = screen.getByRole('dialog', { name: 'Quote' });
    expect(within(dialog).getByText('Test scores rose by 6.4%.')).toBeInTheDocument();
  });

  it('show strength and acceptance, and "switched off" after a what-if', () => {
    const store = renderEditor();
    const position = nodeBox('Ban them');
    expect(within(position).getByText(/^\d+%$/)).toBeInTheDocument();
    expect(within(position).getByText('Accepted')).toBeInTheDocument();
    // A question is neither accepted nor rejected.
    expect(
      within(nodeBox('Should schools ban phones?')).queryByText(/Accepted|Rejected|Undecided/),
    ).toBeNull();
    act(() => store.toggleSwitchedOff('ev'));
    expect(within(nodeBox('Scores rose after bans')).getByText('switched off')).toBeInTheDocument();
    expect(within(nodeBox('Scores rose after bans')).queryByText(/^\d+%$/)).toBeNull();
  });

  it('show a statement that opposes itself with a badge that selects the self-attack', async () => {
    const store = renderEditor();
    expect(within(nodeBox('Keep them')).queryByText('opposes itself')).toBeNull();
    act(() => {
      store.apply((map) => connect(map, { kind: 'opposes', source: 'no', target: 'no', id: 'liar' }));
    });
    const badge = within(nodeBox('Keep them')).getByText('opposes itself');
    expect(badge.closest('button')).toHaveAttribute(
      'title',
      expect.stringContaining('can never be accepted'),
    );
    await userEvent.click(badge);
    expect(store.getSnapshot().selectedEdges).toEqual(['liar']);
    // No line is drawn from the node to itself: the badge stands for it.
    expect(document.querySelector('[data-id="liar"]')).toBeNull();
  });

  it('collapse the reasons under a node and expand them again', async () => {
    renderEditor();
    await userEvent.click(within(nodeBox('Ban them')).getByTitle('Collapse'));
    expect(screen.queryByText('Scores rose after bans')).toBeNull();
    await userEvent.click(within(nodeBox('Ban them')).getByTitle('Show 1 hidden'));
    expect(screen.getByText('Scores rose after bans')).toBeInTheDocument();
  });
});
