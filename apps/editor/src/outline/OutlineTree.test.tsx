import { type ArgMap, fromDocument } from '@argmap/core';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { SHARED_READ_ONLY } from '../commands/ReadOnlySync.tsx';
import { createEditorStore } from '../state/editorStore.ts';
import { smallDebate } from '../test/smallMap.ts';

// smallDebate: q "Should schools ban phones?" < yes "Ban them" (supports) < ev (evidence); q < no "Keep them" (opposes)

async function openOutline(map: ArgMap = smallDebate()) {
  const user = userEvent.setup();
  const store = createEditorStore(map);
  render(<App store={store} clipboard={memoryClipboard()} />);
  await user.keyboard('l');
  const tree = screen.getByRole('tree', { name: 'Outline of the map' });
  const row = (nodeId: string) => tree.querySelector<HTMLElement>(`[data-key="${nodeId}"]`) as HTMLElement;
  return { user, store, tree, row };
}

describe('the outline', () => {
  it('L opens it with focus on the question; the rows say kind, relation, source, strength and verdict', async () => {
    const { tree, row } = await openOutline();
    const rows = within(tree).getAllByRole('treeitem');
    expect(rows.map((item) => item.dataset.key)).toEqual(['q', 'yes', 'ev', 'no']);
    expect(row('q')).toHaveFocus();
    expect(row('q')).toHaveAttribute('aria-level', '1');
    expect(row('q')).toHaveAttribute('aria-expanded', 'true');
    expect(row('ev')).toHaveAttribute('aria-level', '3');
    expect(row('ev')).not.toHaveAttribute('aria-expanded');
    expect(row('yes')).toHaveTextContent(/supports.*Position.*Ban them/);
    expect(row('no')).toHaveTextContent(/opposes.*Position.*Keep them/);
    expect(row('ev')).toHaveTextContent('— Beland, LSE');
    expect(within(row('ev')).getByText(/^\d+%$/)).toBeInTheDocument();
    expect(row('ev')).toHaveTextContent(/Accepted|Rejected|Undecided/);
    // Roving tabindex: one row takes Tab.
    expect(rows.filter((item) => item.tabIndex === 0)).toHaveLength(1);
  });

  it('arrow keys, Home and End walk the rows, and the selection follows on the canvas', async () => {
    const { user, store, row } = await openOutline();
    const map = store.getSnapshot().map;
    await user.keyboard('{ArrowDown}');
    expect(row('yes')).toHaveFocus();
    expect(store.getSnapshot().selectedNodes).toEqual(['yes']);
    await user.keyboard('{ArrowRight}');
    expect(row('ev')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(row('yes')).toHaveFocus();
    await user.keyboard('{End}');
    expect(row('no')).toHaveFocus();
    expect(store.getSnapshot().selectedNodes).toEqual(['no']);
    await user.keyboard('{Home}');
    expect(row('q')).toHaveFocus();
    // Walking is not editing: the map is the same object.
    expect(store.getSnapshot().map).toBe(map);
  });

  it('Left and Right fold a branch with the canvas’s own collapse, one undoable step each', async () => {
    const { user, store, row, tree } = await openOutline();
    await user.keyboard('{ArrowDown}{ArrowLeft}');
    expect(store.getSnapshot().map.nodes.get('yes')?.collapsed).toBe(true);
    expect(row('yes')).toHaveAttribute('aria-expanded', 'false');
    expect(
      within(tree)
        .getAllByRole('treeitem')
        .map((item) => item.dataset.key),
    ).toEqual(['q', 'yes', 'no']);
    expect(row('yes')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(store.getSnapshot().map.nodes.get('yes')?.collapsed).toBeFalsy();
    expect(row('ev')).toBeInTheDocument();
    // Collapsing on the canvas (the − key there) folds the outline too.
    await user.keyboard('{ArrowLeft}');
    await user.keyboard('{Control>}z{/Control}');
    expect(row('ev')).toBeInTheDocument();
  });

  it('Enter edits the title in place: Enter saves as one undo step, the canvas shows it', async () => {
    const { user, store, row } = await openOutline();
    await user.keyboard('{ArrowDown}{Enter}');
    const field = within(row('yes')).getByRole('textbox', { name: 'Edit position text' });
    expect(field).toHaveFocus();
    // Only the outline shows a text field; the canvas node keeps its text.
    expect(document.querySelectorAll('.arg-node__editor')).toHaveLength(1);
    await user.clear(field);
    await user.type(field, 'Ban them in class{Enter}');
    expect(store.getSnapshot().map.nodes.get('yes')?.text).toBe('Ban them in class');
    expect(row('yes')).toHaveFocus();
    expect(document.querySelector('.react-flow__node[data-id="yes"]')).toHaveTextContent('Ban them in class');
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getSnapshot().map.nodes.get('yes')?.text).toBe('Ban them');
  });

  it('F2 edits too, and Escape cancels the edit and keeps focus on the row', async () => {
    const { user, store, row } = await openOutline();
    await user.keyboard('{End}{F2}');
    const field = within(row('no')).getByRole('textbox');
    await user.type(field, ' forever');
    await user.keyboard('{Escape}');
    expect(within(row('no')).queryByRole('textbox')).toBeNull();
    expect(store.getSnapshot().map.nodes.get('no')?.text).toBe('Keep them');
    expect(row('no')).toHaveFocus();
    expect(store.getSnapshot().selectedNodes).toEqual(['no']);
  });

  it('R adds a reason under the focused row and types its title there', async () => {
    const { user, store, tree } = await openOutline();
    await user.keyboard('{End}r');
    const field = within(tree).getByRole('textbox', { name: 'Edit claim text' });
    expect(field).toHaveFocus();
    await user.type(field, 'Phones help in emergencies{Enter}');
    const added = store.getSnapshot().selectedNodes[0] ?? '';
    const newRow = tree.querySelector<HTMLElement>(`[data-key="${added}"]`);
    expect(newRow).toHaveTextContent(/supports.*Claim.*Phones help in emergencies/);
    expect(newRow).toHaveAttribute('aria-level', '3');
    expect(newRow).toHaveFocus();
  });

  it('a selection made on the canvas moves the active row there without taking focus', async () => {
    const { store, row } = await openOutline();
    (document.activeElement as HTMLElement).blur();
    act(() => store.select(['ev']));
    expect(row('ev')).toHaveAttribute('aria-selected', 'true');
    expect(row('ev')).toHaveAttribute('tabindex', '0');
    expect(row('q')).toHaveAttribute('tabindex', '-1');
    expect(row('q')).toHaveAttribute('aria-selected', 'false');
    expect(row('ev')).not.toHaveFocus();
  });

  it('clicking a row selects its node; clicking its twisty folds it', async () => {
    const { user, store, row } = await openOutline();
    await user.click(within(row('no')).getByText('Keep them'));
    expect(store.getSnapshot().selectedNodes).toEqual(['no']);
    expect(row('no')).toHaveFocus();
    await user.click(row('yes').querySelector('[data-twisty]') as Element);
    expect(store.getSnapshot().map.nodes.get('yes')?.collapsed).toBe(true);
  });

  it('Delete removes the focused node, and focus stays in the outline', async () => {
    const { user, store, row } = await openOutline();
    await user.keyboard('{End}{Delete}');
    expect(store.getSnapshot().map.nodes.has('no')).toBe(false);
    // Focus goes to the row that was above it.
    expect(row('ev')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(row('yes')).toHaveFocus();
  });

  it('connects by keyboard: C on a row, arrows to another row, Enter, then the relation', async () => {
    const { user, store, row } = await openOutline();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(row('ev')).toHaveFocus();
    await user.keyboard('c{ArrowDown}');
    expect(row('no')).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'How are they related?' });
    await user.click(within(dialog).getByRole('button', { name: /Opposes it/ }));
    const link = store
      .getSnapshot()
      .map.edges.toArray()
      .find((edge) => edge.source === 'ev' && edge.target === 'no');
    expect(link?.kind).toBe('opposes');
  });

  it('lists a node with a second parent once, and as a reference that Enter follows', async () => {
    const map = fromDocument({
      format: 'argmap',
      version: 2,
      meta: { title: 'Cross-link' },
      nodes: {
        q: { id: 'q', kind: 'question', text: 'Ban phones?', baseScore: 0.5 },
        yes: { id: 'yes', kind: 'position', text: 'Yes', baseScore: 0.5 },
        no: { id: 'no', kind: 'position', text: 'No', baseScore: 0.5 },
        c: { id: 'c', kind: 'claim', text: 'Focus improves', baseScore: 0.5 },
      },
      edges: {
        e1: { id: 'e1', kind: 'supports', source: 'yes', target: 'q' },
        e2: { id: 'e2', kind: 'opposes', source: 'no', target: 'q' },
        e3: { id: 'e3', kind: 'supports', source: 'c', target: 'yes' },
        e4: { id: 'e4', kind: 'opposes', source: 'c', target: 'no' },
      },
    });
    const { user, store, tree, row } = await openOutline(map);
    const reference = tree.querySelector<HTMLElement>('[data-key="no>e4"]') as HTMLElement;
    expect(reference).toHaveTextContent(/opposes.*Claim.*Focus improves.*see under “Yes”/);
    expect(
      within(tree)
        .getAllByRole('treeitem')
        .filter((item) => item.dataset.nodeId === 'c'),
    ).toHaveLength(2);
    await user.keyboard('{End}');
    expect(reference).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(row('c')).toHaveFocus();
    expect(store.getSnapshot().selectedNodes).toEqual(['c']);
  });
});

describe('the outline of a read-only (shared) map', () => {
  it('reads and folds, but Enter and R change nothing and the status line says why', async () => {
    const { user, store, row } = await openOutline();
    act(() => store.setReadOnly(SHARED_READ_ONLY));
    row('q').focus();
    const before = store.getSnapshot().map;
    const revision = store.getSnapshot().revision;
    await user.keyboard('{ArrowDown}{Enter}');
    expect(within(row('yes')).queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(SHARED_READ_ONLY);
    await user.keyboard('r');
    expect(store.getSnapshot().map).toBe(before);
    await user.keyboard('{ArrowLeft}');
    expect(store.getSnapshot().map.nodes.get('yes')?.collapsed).toBe(true);
    // Folding is a change of view, not an edit: autosave and the shared-map guard ignore it.
    expect(store.getSnapshot().revision).toBe(revision);
  });
});

describe('the outline’s level buttons', () => {
  it('collapse all, show two levels and expand all, one undoable step each, on the canvas too', async () => {
    const { user, store, tree } = await openOutline();
    const keys = () =>
      within(tree)
        .getAllByRole('treeitem')
        .map((item) => item.dataset.key);
    await user.click(screen.getByRole('button', { name: 'Collapse all: the question only' }));
    expect(keys()).toEqual(['q']);
    expect(document.querySelectorAll('.react-flow__node')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /Show two levels/ }));
    expect(keys()).toEqual(['q', 'yes', 'no']);
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(keys()).toEqual(['q', 'yes', 'ev', 'no']);
    act(() => store.undo());
    expect(keys()).toEqual(['q', 'yes', 'no']);
  });
});
