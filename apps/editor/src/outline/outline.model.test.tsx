import { fromDocument } from '@argmap/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { createEditorStore, type EditorStore } from '../state/editorStore.ts';
import { outlineRows } from './outlineRows.ts';
import { type TreeKey, treeMove } from './treeKeys.ts';

/**
 * Model-based test of the outline's own state, its active row (roving tabindex): random walks with
 * the tree keys, folds, and selections made on the canvas, through the real editor. The model
 * predicts the active row from the rows and the WAI-ARIA moves; after every step exactly that row
 * takes Tab, a key move leaves focus and the canvas selection on it, and every row's
 * `aria-expanded` is its node's collapsed state.
 */

interface Real {
  store: EditorStore;
  user: UserEvent;
}

interface Model {
  /** The row that should take Tab. */
  active: string;
}

// A question, three positions, claims, evidence, and a claim with two parents (a reference row).
const debate = () =>
  fromDocument({
    format: 'argmap',
    version: 2,
    meta: { title: 'Model' },
    nodes: Object.fromEntries(
      (
        [
          ['q', 'question'],
          ['a', 'position'],
          ['b', 'position'],
          ['c', 'position'],
          ['a1', 'claim'],
          ['a2', 'claim'],
          ['b1', 'claim'],
          ['x', 'claim'],
          ['e1', 'evidence'],
          ['e2', 'evidence'],
        ] as const
      ).map(([id, kind]) => [id, { id, kind, text: `${kind} ${id}`, baseScore: 0.5 }]),
    ),
    edges: Object.fromEntries(
      (
        [
          ['a', 'supports', 'q'],
          ['b', 'opposes', 'q'],
          ['c', 'supports', 'q'],
          ['a1', 'supports', 'a'],
          ['a2', 'opposes', 'a'],
          ['b1', 'supports', 'b'],
          ['x', 'supports', 'a'],
          ['x', 'opposes', 'c'],
          ['e1', 'supports', 'a1'],
          ['e2', 'opposes', 'b1'],
        ] as const
      ).map(([source, kind, target], i) => [`l${i}`, { id: `l${i}`, kind, source, target }]),
    ),
  });

const tree = () => screen.getByRole('tree', { name: 'Outline of the map' });
const rowElement = (key: string) => tree().querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);

function checkInvariants(model: Model, { store }: Real) {
  const { map } = store.getSnapshot();
  const items = within(tree()).getAllByRole('treeitem');
  expect(items.map((item) => item.dataset.key)).toEqual(outlineRows(map).map((row) => row.key));
  const tabbable = items.filter((item) => item.tabIndex === 0);
  expect(tabbable.map((item) => item.dataset.key)).toEqual([model.active]);
  for (const item of items) {
    const node = map.nodes.get(item.dataset.nodeId ?? '');
    if (item.hasAttribute('aria-expanded')) {
      expect(item.getAttribute('aria-expanded')).toBe(node?.collapsed ? 'false' : 'true');
    }
  }
}

/** A tree key pressed on the focused row. */
class Press implements fc.AsyncCommand<Model, Real> {
  constructor(readonly key: TreeKey) {}
  check() {
    return true;
  }
  async run(model: Model, real: Real) {
    const rows = outlineRows(real.store.getSnapshot().map);
    const move = treeMove(rows, model.active, this.key);
    act(() => rowElement(model.active)?.focus());
    await real.user.keyboard(`{${this.key}}`);
    if (move && 'focus' in move) {
      model.active = move.focus;
      const row = rows.find((candidate) => candidate.key === move.focus);
      expect(rowElement(model.active)).toHaveFocus();
      if (row && !row.reference) expect(real.store.getSnapshot().selectedNodes).toEqual([row.nodeId]);
    } else if (move && 'toggle' in move) {
      expect(rowElement(model.active)).toHaveFocus();
    }
    checkInvariants(model, real);
  }
  toString() {
    return `Press(${this.key})`;
  }
}

/** A node picked on the canvas: the active row moves to it (its own row), focus stays where it was. */
class SelectOnCanvas implements fc.AsyncCommand<Model, Real> {
  constructor(readonly index: number) {}
  check() {
    return true;
  }
  async run(model: Model, real: Real) {
    const rows = outlineRows(real.store.getSnapshot().map).filter((row) => !row.reference);
    const target = rows[this.index % rows.length];
    if (!target) return;
    const { map, selectedNodes } = real.store.getSnapshot();
    const activeNode = outlineRows(map).find((row) => row.key === model.active)?.nodeId;
    // Picking the node that is already selected changes nothing (the active row may sit on a
    // reference to a hidden node, which could not be selected).
    const changes = !(selectedNodes.length === 1 && selectedNodes[0] === target.nodeId);
    act(() => real.store.select([target.nodeId]));
    if (changes && activeNode !== target.nodeId) model.active = target.key;
    checkInvariants(model, real);
  }
  toString() {
    return `SelectOnCanvas(${this.index})`;
  }
}

const keys: TreeKey[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
const steps = [
  fc.constantFrom(...keys).map((key) => new Press(key)),
  fc.constantFrom(...keys).map((key) => new Press(key)),
  fc.nat().map((index) => new SelectOnCanvas(index)),
];

describe('the outline’s active row (model-based)', () => {
  it('follows the tree keys and the canvas selection over random sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(steps, { maxCommands: 20 }), async (commands) => {
        const store = createEditorStore(debate());
        render(<App store={store} clipboard={memoryClipboard()} />);
        const user = userEvent.setup({ delay: null });
        try {
          await user.keyboard('l');
          await fc.asyncModelRun(() => ({ model: { active: 'q' }, real: { store, user } }), commands);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 15 },
    );
  }, 240_000);
});
