import { createMap } from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEditorHistory, HISTORY_LIMIT } from './editorHistory.ts';

const doc = (title: string) => ({ map: createMap({ title }), switchedOff: new Set<string>() });

describe('editor history', () => {
  it('undoing every step then redoing every step returns to the same document', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 30 }), (titles) => {
        let history = createEditorHistory(doc('start'));
        const docs = titles.map(doc);
        for (const [i, next] of docs.entries()) history = history.push(`step ${i}`, next);
        for (let i = docs.length - 1; i >= 0; i--) {
          expect(history.present).toBe(docs[i]);
          history = history.undo();
        }
        expect(history.present.map.meta.title).toBe('start');
        expect(history.canUndo).toBe(false);
        for (const next of docs) {
          history = history.redo();
          expect(history.present).toBe(next);
        }
        expect(history.canRedo).toBe(false);
      }),
    );
  });

  it('a new step after undo clears the redo stack', () => {
    const history = createEditorHistory(doc('a')).push('b', doc('b')).undo().push('c', doc('c'));
    expect(history.canRedo).toBe(false);
    expect(history.undo().present.map.meta.title).toBe('a');
  });

  it(`remembers at most ${HISTORY_LIMIT} steps`, () => {
    let history = createEditorHistory(doc('0'));
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) history = history.push(String(i), doc(String(i)));
    let undos = 0;
    while (history.canUndo) {
      history = history.undo();
      undos++;
    }
    expect(undos).toBe(HISTORY_LIMIT);
    expect(history.present.map.meta.title).toBe('5');
  });
});
