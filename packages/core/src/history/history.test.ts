import { describe, expect, it } from 'vitest';
import { smallMap, unwrap } from '../../test/maps.ts';
import { createSequentialIds } from '../model/ids.ts';
import { connect } from '../operations/edges.ts';
import { addNode, moveNode, updateNode } from '../operations/nodes.ts';
import {
  apply,
  beginTransaction,
  canRedo,
  canUndo,
  commitTransaction,
  createHistory,
  type History,
  record,
  redo,
  rollbackTransaction,
  seal,
  undo,
} from './history.ts';

function type(history: History, id: string, texts: string[], start: number, gap: number): History {
  return texts.reduce(
    (h, text, i) => unwrap(apply(h, (m) => updateNode(m, id, { text }), start + i * gap)),
    history,
  );
}

describe('history', () => {
  it('undoes and redoes edits in order', () => {
    const start = smallMap();
    let h = createHistory(start);
    expect(canUndo(h)).toBe(false);
    h = unwrap(apply(h, (m) => addNode(m, { kind: 'claim', id: 'a' })));
    h = unwrap(apply(h, (m) => connect(m, { kind: 'supports', source: 'a', target: 'p1', id: 'ea' })));
    const done = h.map;
    h = undo(h);
    expect(h.map.edges.get('ea')).toBeUndefined();
    expect(h.map.nodes.get('a')).toBeDefined();
    h = undo(h);
    expect(h.map).toEqual(start);
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(true);
    h = redo(redo(h));
    expect(h.map).toEqual(done);
    expect(canRedo(h)).toBe(false);
  });

  it('clears redo when a new edit is recorded after undo', () => {
    let h = unwrap(apply(createHistory(smallMap()), (m) => moveNode(m, 'q', { x: 1, y: 1 })));
    h = undo(h);
    h = unwrap(apply(h, (m) => moveNode(m, 'q', { x: 2, y: 2 })));
    expect(canRedo(h)).toBe(false);
    expect(h.past).toHaveLength(1);
  });

  it('leaves the history unchanged when the operation is refused', () => {
    const h = createHistory(smallMap());
    const result = apply(h, (m) => updateNode(m, 'c1', { baseScore: 2 }));
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.code).toBe('score-out-of-range');
  });

  it('merges keystrokes in one field within the window into one step', () => {
    const start = smallMap();
    const h = type(createHistory(start), 'c1', ['C', 'Ch', 'Chi', 'Chip'], 1000, 200);
    expect(h.past).toHaveLength(1);
    expect(h.past[0]?.label).toBe('Edit text');
    expect(h.map.nodes.get('c1')?.text).toBe('Chip');
    expect(undo(h).map).toEqual(start);
  });

  it('starts a new step after a pause, in another field, or after seal', () => {
    const paused = type(createHistory(smallMap()), 'c1', ['a', 'ab'], 0, 5000);
    expect(paused.past).toHaveLength(2);
    const otherNode = type(type(createHistory(smallMap()), 'c1', ['a'], 0, 10), 'c2', ['b'], 20, 10);
    expect(otherNode.past).toHaveLength(2);
    const sealed = type(seal(type(createHistory(smallMap()), 'c1', ['a'], 0, 10)), 'c1', ['ab'], 20, 10);
    expect(sealed.past).toHaveLength(2);
    expect(undo(sealed).map.nodes.get('c1')?.text).toBe('a');
  });

  it('does not merge into a step reached by undo', () => {
    let h = type(createHistory(smallMap()), 'c1', ['a'], 0, 10);
    h = type(h, 'c2', ['b'], 5000, 10);
    h = undo(h);
    h = type(h, 'c1', ['ab'], 5020, 10);
    expect(h.past).toHaveLength(2);
  });

  it('groups a transaction into one step, and rolls one back', () => {
    const start = smallMap();
    let h = beginTransaction(createHistory(start), 'Drag');
    for (let x = 1; x <= 5; x++) h = unwrap(apply(h, (m) => moveNode(m, 'q', { x, y: 0 })));
    expect(canUndo(h)).toBe(true);
    const dragged = commitTransaction(h);
    expect(dragged.past).toHaveLength(1);
    expect(dragged.past[0]?.label).toBe('Drag');
    expect(undo(dragged).map).toEqual(start);
    expect(redo(undo(dragged)).map.nodes.get('q')?.position).toEqual({ x: 5, y: 0 });
    expect(rollbackTransaction(h).map).toBe(start);
    expect(undo(h).map).toBe(start);
  });

  it('undoes the last step when a transaction is open but still empty', () => {
    const start = smallMap();
    let h = unwrap(apply(createHistory(start), (m) => moveNode(m, 'q', { x: 1, y: 1 })));
    h = beginTransaction(h, 'Drag');
    expect(canUndo(h)).toBe(true);
    h = undo(h);
    expect(h.map).toEqual(start);
    expect(h.transaction).toBeUndefined();
  });

  it('records nothing for an empty transaction', () => {
    const h = commitTransaction(beginTransaction(createHistory(smallMap()), 'Nothing'));
    expect(h.past).toHaveLength(0);
    expect(h.transaction).toBeUndefined();
  });

  it('keeps at most `limit` steps', () => {
    let h = createHistory(smallMap(), { limit: 3 });
    const newId = createSequentialIds();
    for (let i = 0; i < 5; i++) h = unwrap(apply(h, (m) => addNode(m, { kind: 'claim' }, { newId })));
    expect(h.past).toHaveLength(3);
    expect(undo(undo(undo(h))).map.nodes.size).toBe(8);
  });

  it('throws on an edit made on another map, which is a bug in the caller', () => {
    const h = createHistory(smallMap());
    const stale = unwrap(addNode(smallMap(), { kind: 'claim' }));
    expect(() => record(h, stale)).toThrow(/different map/);
  });
});
