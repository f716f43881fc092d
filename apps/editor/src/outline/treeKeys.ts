/**
 * What the WAI-ARIA tree keys do in the outline, as a pure function of the rows: the component
 * only carries the answer out (moves focus, or collapses / expands through the editor's commands).
 *
 * @module
 */
import type { OutlineRow } from './outlineRows.ts';

/** The keys the tree handles itself (the rest go on to the editor's shortcuts). */
export const TREE_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;
export type TreeKey = (typeof TREE_KEYS)[number];

/** Focus another row, or collapse / expand the node of this one; `undefined`: nothing to do. */
export type TreeMove = { focus: string } | { toggle: string } | undefined;

/** Whether `key` is one of {@link TREE_KEYS}. */
export function isTreeKey(key: string): key is TreeKey {
  return (TREE_KEYS as readonly string[]).includes(key);
}

/**
 * The move for `key` pressed on the row `activeKey` (WAI-ARIA tree view pattern): Up / Down to the
 * row above / below, Home / End to the first / last row; Right expands a collapsed row, or goes to
 * the first row under an open one; Left collapses an open row, or goes to the row it hangs under.
 */
export function treeMove(rows: readonly OutlineRow[], activeKey: string, key: TreeKey): TreeMove {
  const index = rows.findIndex((row) => row.key === activeKey);
  const row = rows[index];
  if (!row) return rows[0] ? { focus: rows[0].key } : undefined;
  const focus = (target: OutlineRow | undefined): TreeMove =>
    target && target.key !== activeKey ? { focus: target.key } : undefined;
  switch (key) {
    case 'ArrowUp':
      return focus(rows[index - 1]);
    case 'ArrowDown':
      return focus(rows[index + 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows.at(-1));
    case 'ArrowRight': {
      if (row.expandable && !row.expanded) return { toggle: row.nodeId };
      const next = rows[index + 1];
      return next?.parentKey === row.key ? focus(next) : undefined;
    }
    case 'ArrowLeft': {
      if (row.expandable && row.expanded) return { toggle: row.nodeId };
      return row.parentKey === undefined
        ? undefined
        : focus(rows.find((other) => other.key === row.parentKey));
    }
  }
}
