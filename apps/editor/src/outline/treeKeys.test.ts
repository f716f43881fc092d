import { describe, expect, it } from 'vitest';
import { smallDebate } from '../test/smallMap.ts';
import { outlineRows } from './outlineRows.ts';
import { treeMove } from './treeKeys.ts';

// q > yes > ev, q > no
const rows = outlineRows(smallDebate());

describe('treeMove (WAI-ARIA tree keys)', () => {
  it('Up and Down step through the rows and stop at the ends', () => {
    expect(treeMove(rows, 'q', 'ArrowDown')).toEqual({ focus: 'yes' });
    expect(treeMove(rows, 'ev', 'ArrowDown')).toEqual({ focus: 'no' });
    expect(treeMove(rows, 'no', 'ArrowDown')).toBeUndefined();
    expect(treeMove(rows, 'yes', 'ArrowUp')).toEqual({ focus: 'q' });
    expect(treeMove(rows, 'q', 'ArrowUp')).toBeUndefined();
  });

  it('Home and End go to the first and last row', () => {
    expect(treeMove(rows, 'ev', 'Home')).toEqual({ focus: 'q' });
    expect(treeMove(rows, 'q', 'End')).toEqual({ focus: 'no' });
  });

  it('Right opens a closed row, then goes to its first child; on a leaf it does nothing', () => {
    expect(treeMove(rows, 'yes', 'ArrowRight')).toEqual({ focus: 'ev' });
    expect(treeMove(rows, 'ev', 'ArrowRight')).toBeUndefined();
    const closed = rows.map((row) => (row.key === 'yes' ? { ...row, expanded: false } : row));
    expect(treeMove(closed, 'yes', 'ArrowRight')).toEqual({ toggle: 'yes' });
  });

  it('Left closes an open row, else goes to the row it hangs under; at the top it does nothing', () => {
    expect(treeMove(rows, 'yes', 'ArrowLeft')).toEqual({ toggle: 'yes' });
    expect(treeMove(rows, 'ev', 'ArrowLeft')).toEqual({ focus: 'yes' });
    expect(treeMove(rows, 'no', 'ArrowLeft')).toEqual({ focus: 'q' });
    const closed = rows.map((row) => (row.key === 'q' ? { ...row, expanded: false } : row));
    expect(treeMove(closed, 'q', 'ArrowLeft')).toBeUndefined();
  });

  it('from a row that is gone, goes to the first row', () => {
    expect(treeMove(rows, 'deleted', 'ArrowDown')).toEqual({ focus: 'q' });
  });
});
