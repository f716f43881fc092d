import { exportControlsExample } from '@argmap/core';
import { buildForest } from '@argmap/layout';
import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../canvas/visibility.ts';
import { createEditorStore } from '../state/editorStore.ts';
import { createEditorCommands, memoryClipboard } from './editorCommands.ts';
import { focusBranch } from './focusBranch.ts';

const map = exportControlsExample;

/** Nodes the canvas draws (not inside a folded branch). */
function visibleIds(current: typeof map): Set<string> {
  const { hidden } = computeVisibility(current);
  return new Set([...current.nodes.keys()].filter((id) => !hidden.has(id)));
}

describe('focus on a branch', () => {
  const { parent, children } = buildForest(map);
  // A claim two levels down with reasons under it.
  const claim = [...children.entries()].find(
    ([id, kids]) => map.nodes.get(id)?.kind === 'claim' && kids.length > 0 && parent.get(id),
  )?.[0] as string;

  it('shows the branch whole, the path above it, and folds every other branch', () => {
    const edit = focusBranch(map, claim);
    if (!edit?.ok) throw new Error('no edit');
    const after = edit.value.map;
    const shown = visibleIds(after);
    // Everything under the claim is drawn.
    const stack = [claim];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      expect(shown.has(id), id).toBe(true);
      stack.push(...(children.get(id) ?? []));
    }
    // The path up to the question is drawn, open.
    for (let at = parent.get(claim); at; at = parent.get(at)) {
      expect(shown.has(at)).toBe(true);
      expect(after.nodes.get(at)?.collapsed ?? false).toBe(false);
    }
    // Far fewer nodes than the whole map: the other positions' branches are folded.
    expect(shown.size).toBeLessThan(map.nodes.size / 2);
    // Other positions' branches are folded.
    const folded = after.nodes.toArray().filter((node) => node.kind === 'position' && node.collapsed);
    expect(folded.length).toBeGreaterThan(0);
  });

  it('is one step that Undo takes back, and focuses the selected node from the command', () => {
    const store = createEditorStore(map);
    const messages: string[] = [];
    const commands = createEditorCommands({
      store,
      send: () => {},
      clipboard: memoryClipboard(),
      announce: (message) => messages.push(message),
    });
    store.select([claim]);
    commands.focusBranch();
    const focused = store.getSnapshot();
    expect(visibleIds(focused.map).size).toBeLessThan(map.nodes.size / 2);
    expect(focused.selectedNodes).toEqual([claim]);
    expect(focused.undoLabel).toBe('Focus on a branch');
    expect(messages.at(-1)).toMatch(/^Focused on “.+”\. Undo \(Ctrl\+Z\) goes back\.$/);
    commands.undo();
    expect(visibleIds(store.getSnapshot().map)).toEqual(visibleIds(map));
  });

  it('changes nothing when only that branch is open already', () => {
    const edit = focusBranch(map, claim);
    if (!edit?.ok) throw new Error('no edit');
    expect(focusBranch(edit.value.map, claim)).toBeUndefined();
    expect(focusBranch(map, 'no-such-node')).toBeUndefined();
  });
});
