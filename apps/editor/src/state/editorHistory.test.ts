import { type ArgMap, createMap, updateMeta, updateNode } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEditorHistory } from './editorHistory.ts';

function mapWithNode(): ArgMap {
  const map = createMap({ title: 'start' });
  map.nodes = map.nodes.set('a', { id: 'a', kind: 'claim', text: 'a', baseScore: 0.5 });
  return map;
}

/** A student's step: retitle the map (a map edit) or switch node `a` off or on (a what-if). */
type Action = { kind: 'edit'; title: string } | { kind: 'switch' };
const action = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), title: fc.string({ minLength: 1 }) }),
  fc.constant({ kind: 'switch' as const }),
);

describe('editor history', () => {
  it('undoing every step then redoing every step walks back and forth through the same states', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 25 }), (actions: Action[]) => {
        let history = createEditorHistory(mapWithNode());
        const states = [{ title: history.map.meta.title, off: history.switchedOff.has('a') }];
        // Steps two seconds apart, so the core does not merge them as keystrokes in one field.
        for (const [i, step] of actions.entries()) {
          const edit = updateMeta(history.map, { title: step.kind === 'edit' ? step.title : '' });
          if (step.kind === 'switch') history = history.toggle('a');
          else if (edit.ok) history = history.record(edit.value, i * 2000);
          states.push({ title: history.map.meta.title, off: history.switchedOff.has('a') });
        }
        const now = () => ({ title: history.map.meta.title, off: history.switchedOff.has('a') });
        for (let i = states.length - 1; i > 0; i--) {
          expect(now()).toEqual(states[i]);
          history = history.undo();
        }
        expect(now()).toEqual(states[0]);
        for (let i = 1; i < states.length; i++) {
          history = history.redo();
          expect(now()).toEqual(states[i]);
        }
        expect(history.canRedo).toBe(false);
      }),
    );
  });

  it('a new step after undo clears the redo stack', () => {
    const start = createEditorHistory(mapWithNode());
    const history = start
      .apply((map) => updateNode(map, 'a', { text: 'b' }))
      .history.undo()
      .toggle('a');
    expect(history.canRedo).toBe(false);
    expect(history.undo().switchedOff.size).toBe(0);
    expect(history.undo().map.nodes.get('a')?.text).toBe('a');
  });

  it('keystrokes in one field within the merge window undo as one step', () => {
    let history = createEditorHistory(mapWithNode());
    for (const [i, text] of ['b', 'bo', 'bol'].entries()) {
      const edit = updateNode(history.map, 'a', { text });
      if (!edit.ok) throw new Error('edit refused');
      history = history.record(edit.value, 1000 + i * 100);
    }
    expect(history.map.nodes.get('a')?.text).toBe('bol');
    history = history.undo();
    expect(history.map.nodes.get('a')?.text).toBe('a');
    expect(history.canUndo).toBe(false);
  });

  it('a refused operation leaves the history untouched and reports why', () => {
    const history = createEditorHistory(mapWithNode());
    const { history: after, result } = history.apply((map) => updateNode(map, 'ghost', { text: 'x' }));
    expect(after).toBe(history);
    expect(result.ok).toBe(false);
  });
});
