/**
 * Properties that must hold for every map and every sequence of edits, checked with fast-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../src/document/parse.ts';
import { serializeMap } from '../src/document/serialize.ts';
import { validateMap } from '../src/document/validate.ts';
import { apply, createHistory, type History, redo, undo } from '../src/history/history.ts';
import { createSequentialIds } from '../src/model/ids.ts';
import { applyOp, arbitraryMap, opSequence } from './arbitraries.ts';

const runs = { numRuns: 150 };

describe('maps from the arbitrary', () => {
  it('are valid', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        expect(validateMap(map).diagnostics).toEqual([]);
      }),
      runs,
    );
  });

  it('survive a JSON round trip unchanged', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        const result = parseMap(serializeMap(map));
        expect(result.ok && result.value).toEqual(map);
        expect(serializeMap(result.ok ? result.value : map)).toBe(serializeMap(map));
      }),
      runs,
    );
  });
});

describe('edit sequences', () => {
  it('never yield an invalid map', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(arbitraryMap(), opSequence(), (start, ops) => {
        const newId = createSequentialIds();
        let map = start;
        for (const op of ops) {
          const result = applyOp(map, op, newId);
          if (!result.ok) continue;
          map = result.value.map;
          const check = validateMap(map);
          expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        }
      }),
      runs,
    );
  });

  it('undo after any sequence restores the exact prior map, and redo the exact later one', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(arbitraryMap(), opSequence(), (start, ops) => {
        const newId = createSequentialIds();
        let history: History = createHistory(start, { mergeWindowMs: 0 });
        const maps = [start];
        for (const [i, op] of ops.entries()) {
          const result = apply(history, (map) => applyOp(map, op, newId), i * 10_000);
          if (!result.ok) continue;
          history = result.value;
          maps.push(history.map);
        }
        for (let i = maps.length - 2; i >= 0; i--) {
          history = undo(history);
          expect(history.map).toEqual(maps[i]);
        }
        for (let i = 1; i < maps.length; i++) {
          history = redo(history);
          expect(history.map).toEqual(maps[i]);
        }
      }),
      runs,
    );
  });

  it('merged keystrokes still undo to the exact prior map', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(arbitraryMap(), opSequence(), (start, ops) => {
        const newId = createSequentialIds();
        let history = createHistory(start, { mergeWindowMs: 1_000_000 });
        for (const op of ops) {
          const result = apply(history, (map) => applyOp(map, op, newId), 0);
          if (result.ok) history = result.value;
        }
        while (history.past.length > 0) history = undo(history);
        expect(history.map).toEqual(start);
      }),
      runs,
    );
  });
});
