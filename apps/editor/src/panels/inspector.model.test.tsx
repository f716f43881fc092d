import type { ArgMap } from '@argmap/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { App } from '../App.tsx';
import { KIND_STYLES } from '../canvas/palette.ts';
import { memoryClipboard } from '../commands/editorCommands.ts';
import { createEditorStore, type EditorStore } from '../state/editorStore.ts';
import { visibilityOf } from '../state/reveal.ts';
import { smallDebate } from '../test/smallMap.ts';
import { searchNodes } from './searchNodes.ts';

/**
 * Model-based test of issue 16's data loss: random sequences of what a student does (add a node,
 * Escape, Enter, search, collapse, expand, select, undo, edit in the inspector), driven through the
 * real editor. After every step: the inspector shows the one selected node, the selection is on
 * screen, and the step changed no node it had no business changing.
 */

interface Real {
  store: EditorStore;
  user: UserEvent;
}

/** The model: nothing to predict beyond the invariants, which read the real editor. */
type Model = Record<string, never>;

const ids = (map: ArgMap) => [...map.nodes.keys()].sort();
const pick = (map: ArgMap, index: number) => {
  const all = ids(map);
  return all[index % all.length] ?? '';
};
const inlineEditor = () => document.querySelector<HTMLTextAreaElement>('textarea.arg-node__editor');
const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });

/** Focus leaves any field the way a student clicking on empty page would leave it. */
function releaseFocus() {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) act(() => active.blur());
}

/** Node ids whose object changed (or appeared or went) between two maps. */
function changedNodes(before: ArgMap, after: ArgMap): Set<string> {
  const changed = new Set<string>();
  for (const id of new Set([...before.nodes.keys(), ...after.nodes.keys()])) {
    if (before.nodes.get(id) !== after.nodes.get(id)) changed.add(id);
  }
  return changed;
}

/** The invariants, checked after every command. */
function checkInvariants({ store }: Real) {
  const { map, selectedNodes } = store.getSnapshot();
  const { hidden } = visibilityOf(map);
  for (const id of selectedNodes) expect(hidden.has(id), `selected ${id} is hidden`).toBe(false);
  const panel = inspector();
  if (selectedNodes.length !== 1 || store.getSnapshot().selectedEdges.length > 0) return;
  const node = map.nodes.get(selectedNodes[0] ?? '');
  expect(node).toBeDefined();
  if (!node) return;
  expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(KIND_STYLES[node.kind].label);
  expect(within(panel).getByRole('textbox', { name: 'Text' })).toHaveValue(node.text);
}

abstract class Step implements fc.AsyncCommand<Model, Real> {
  check() {
    return true;
  }
  abstract act(real: Real): Promise<void>;
  /** Which nodes this step may change, given the map before and after it. */
  abstract allowed(before: ArgMap, after: ArgMap, real: Real): Set<string> | 'any';
  abstract toString(): string;
  async run(_model: Model, real: Real) {
    const before = real.store.getSnapshot().map;
    await this.act(real);
    const after = real.store.getSnapshot().map;
    const allowed = this.allowed(before, after, real);
    if (allowed !== 'any') {
      for (const id of changedNodes(before, after)) {
        expect(allowed.has(id), `${this} changed node ${id}`).toBe(true);
      }
    }
    checkInvariants(real);
  }
}

/** Pressing R, O or E: adds a node under the selection and opens its text field. */
class Create extends Step {
  constructor(readonly key: 'r' | 'o' | 'e') {
    super();
  }
  async act({ user }: Real) {
    releaseFocus();
    await user.keyboard(this.key);
    const field = inlineEditor();
    if (field) act(() => field.focus());
  }
  allowed(before: ArgMap, after: ArgMap, real: Real) {
    // The new node, the node it was added under (expanded if it was collapsed) and, when a text
    // field was open, the node that field committed.
    const added = ids(after).filter((id) => !before.nodes.has(id));
    return new Set([...added, ...real.store.getSnapshot().selectedNodes, ...changedParents(before, after)]);
  }
  toString() {
    return `Create(${this.key})`;
  }
}

/** Nodes whose only change is being expanded or collapsed. */
function changedParents(before: ArgMap, after: ArgMap): string[] {
  const withoutFlag = (map: ArgMap, id: string) => {
    const node = map.nodes.get(id);
    return node ? JSON.stringify({ ...node, collapsed: undefined }) : undefined;
  };
  return [...changedNodes(before, after)].filter(
    (id) => withoutFlag(before, id) !== undefined && withoutFlag(before, id) === withoutFlag(after, id),
  );
}

/** Escape wherever focus is: cancels typing (taking back an empty new node) or clears the selection. */
class Escape extends Step {
  async act({ user }: Real) {
    await user.keyboard('{Escape}');
  }
  allowed(before: ArgMap, after: ArgMap) {
    // Only a node that went away (an empty one just added), and the collapsed flag it had set back.
    return new Set([...ids(before).filter((id) => !after.nodes.has(id)), ...changedParents(before, after)]);
  }
  toString() {
    return 'Escape';
  }
}

/** Enter: commits the open text field with some text, or starts editing the selected node. */
class Enter extends Step {
  editing: string | undefined;
  constructor(readonly text: string) {
    super();
  }
  async act({ user }: Real) {
    const field = inlineEditor();
    this.editing = field?.closest<HTMLElement>('.react-flow__node')?.dataset.id;
    if (field) {
      act(() => field.focus());
      await user.clear(field);
      if (this.text) await user.type(field, this.text);
      await user.keyboard('{Enter}');
    } else {
      releaseFocus();
      await user.keyboard('{Enter}');
      const opened = inlineEditor();
      if (opened) act(() => opened.focus());
    }
  }
  allowed() {
    // Committing writes the node whose field it was, and nothing else.
    return new Set(this.editing ? [this.editing] : []);
  }
  toString() {
    return `Enter(${JSON.stringify(this.text)})`;
  }
}

/** Search for the first word of some node's text and press Enter: the top hit is shown and selected. */
class Search extends Step {
  expected: string | undefined;
  constructor(readonly index: number) {
    super();
  }
  async act({ store, user }: Real) {
    releaseFocus();
    const { map } = store.getSnapshot();
    const word = map.nodes.get(pick(map, this.index))?.text.split(/\s+/)[0] ?? '';
    if (!word) return;
    await user.keyboard('/');
    const box = screen.getByRole('combobox', { name: /search/i });
    await user.clear(box);
    this.expected = searchNodes(store.getSnapshot().map, word)[0]?.node.id;
    await user.type(box, `${word.replaceAll('[', '[[').replaceAll('{', '{{')}{Enter}`);
    if (this.expected) expect(store.getSnapshot().selectedNodes).toEqual([this.expected]);
    releaseFocus();
  }
  allowed(before: ArgMap, after: ArgMap) {
    // Only branches above the hit, expanded to show it.
    const expanded = changedParents(before, after);
    for (const id of expanded) expect(after.nodes.get(id)?.collapsed).toBeFalsy();
    return new Set(expanded);
  }
  toString() {
    return `Search(${this.index})`;
  }
}

/** Selects a node (as a click does), then collapses or expands it with the − key. */
class ToggleCollapse extends Step {
  target = '';
  constructor(readonly index: number) {
    super();
  }
  async act({ store, user }: Real) {
    releaseFocus();
    this.target = pick(store.getSnapshot().map, this.index);
    act(() => store.select([this.target]));
    const selected = store.getSnapshot().selectedNodes.at(-1);
    if (selected) this.target = selected;
    await user.keyboard('-');
  }
  allowed() {
    return new Set([this.target]);
  }
  toString() {
    return `ToggleCollapse(${this.index})`;
  }
}

/** Selects a node as a click on the canvas does (a hidden one stands in for its collapsed parent). */
class Select extends Step {
  constructor(readonly index: number) {
    super();
  }
  async act({ store }: Real) {
    releaseFocus();
    act(() => store.select([pick(store.getSnapshot().map, this.index)]));
  }
  allowed() {
    return new Set<string>();
  }
  toString() {
    return `Select(${this.index})`;
  }
}

/** Ctrl+Z. */
class Undo extends Step {
  async act({ user }: Real) {
    releaseFocus();
    await user.keyboard('{Control>}z{/Control}');
  }
  allowed() {
    return 'any' as const;
  }
  toString() {
    return 'Undo';
  }
}

/** Types into the inspector's Text field and tabs out: exactly the selected node gets the text. */
class InspectorEdit extends Step {
  selected: string | undefined;
  constructor(readonly suffix: string) {
    super();
  }
  async act({ store, user }: Real) {
    releaseFocus();
    const { selectedNodes, selectedEdges, map } = store.getSnapshot();
    this.selected = selectedNodes.length === 1 && selectedEdges.length === 0 ? selectedNodes[0] : undefined;
    if (!this.selected) return;
    const text = within(inspector()).getByRole('textbox', { name: 'Text' });
    const was = map.nodes.get(this.selected)?.text ?? '';
    await user.click(text);
    await user.type(text, this.suffix);
    await user.tab();
    expect(store.getSnapshot().map.nodes.get(this.selected)?.text).toBe(was + this.suffix);
  }
  allowed() {
    return new Set(this.selected ? [this.selected] : []);
  }
  toString() {
    return `InspectorEdit(${JSON.stringify(this.suffix)})`;
  }
}

const words = fc.constantFrom('Phones', 'distract', 'Scores', 'focus', 'Keep');
const allSteps = [
  fc.constantFrom('r', 'o', 'e').map((key) => new Create(key as 'r' | 'o' | 'e')),
  fc.constant(new Escape()),
  fc.oneof(fc.constant(''), words).map((text) => new Enter(text)),
  fc.nat().map((index) => new Search(index)),
  fc.nat().map((index) => new ToggleCollapse(index)),
  fc.nat().map((index) => new Select(index)),
  fc.constant(new Undo()),
  words.map((word) => new InspectorEdit(` ${word}`)),
];

describe('the inspector always edits exactly the selected node (model-based)', () => {
  it('holds over random sequences of student actions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(allSteps, { maxCommands: 12 }), async (steps) => {
        const store = createEditorStore(smallDebate());
        render(<App store={store} clipboard={memoryClipboard()} />);
        const user = userEvent.setup({ delay: null });
        try {
          await fc.asyncModelRun(() => ({ model: {} as Model, real: { store, user } }), steps);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 20 },
    );
  }, 240_000);
});
