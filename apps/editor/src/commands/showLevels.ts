/**
 * "Show N levels": folds the whole map to its first levels in one step, as an outliner's level
 * buttons do (collapse all = one level, expand all = every level).
 *
 * @module
 */
import { type ArgMap, combine, type Edit, type Result, updateNode } from '@argmap/core';
import { buildForest } from '@argmap/layout';
import { computeVisibility } from '../canvas/visibility.ts';

/** How many levels to show: 1 shows the question alone; `'all'` expands everything. */
export type Levels = number | 'all';

/**
 * The edit that shows `levels` levels of the tree the canvas draws: every node that has reasons is
 * expanded above that depth and collapsed at it (and below, so opening one branch later shows one
 * level more, not all of it). `undefined` when the map already looks like that.
 */
export function showLevels(map: ArgMap, levels: Levels): Result<Edit> | undefined {
  const { depth } = buildForest(map);
  const { hasChildren } = computeVisibility(map);
  const steps = [];
  for (const node of map.nodes.toArray()) {
    if (!hasChildren.has(node.id)) continue;
    const collapse = levels !== 'all' && (depth.get(node.id) ?? 0) >= levels - 1;
    if (Boolean(node.collapsed) === collapse) continue;
    steps.push((current: ArgMap) => updateNode(current, node.id, { collapsed: collapse }));
  }
  if (steps.length === 0) return undefined;
  const label = levels === 'all' ? 'Expand all' : levels <= 1 ? 'Collapse all' : `Show ${levels} levels`;
  return combine(map, label, steps);
}
