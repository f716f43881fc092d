/**
 * "Focus on this branch": folds everything but one branch, in one step, so a student can work on
 * one part of a big debate. The path from the question down to the branch stays open (its other
 * branches show folded, with their counts), and the branch itself opens all the way down. Undo
 * goes back to the map as it was folded before.
 *
 * @module
 */
import { type ArgMap, combine, type Edit, type Result, updateNode } from '@argmap/core';
import { buildForest } from '@argmap/layout';
import { computeVisibility } from '../canvas/visibility.ts';

/**
 * The edit that focuses on `nodeId`'s branch, or `undefined` when the map already looks like that
 * (or there is no such node).
 */
export function focusBranch(map: ArgMap, nodeId: string): Result<Edit> | undefined {
  if (!map.nodes.has(nodeId)) return undefined;
  const { parent, children } = buildForest(map);
  const { hasChildren } = computeVisibility(map);
  // Open: the branch's ancestors, the branch, and everything under it.
  const open = new Set<string>();
  for (let at = parent.get(nodeId); at; at = parent.get(at)) open.add(at);
  const stack = [nodeId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    open.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  // A folded node hides every reason under it by any route (see `computeVisibility`), so nothing
  // an open node argues for, directly or further up, may stay folded: a cross-link into another
  // branch opens that branch's path too.
  const targets = new Map<string, string[]>();
  for (const edge of map.edges.toArray()) {
    if (edge.kind === 'undercuts') continue;
    const list = targets.get(edge.source) ?? [];
    list.push(edge.target);
    targets.set(edge.source, list);
  }
  const up = [...open];
  while (up.length > 0) {
    const id = up.pop() as string;
    for (const target of targets.get(id) ?? []) {
      if (open.has(target)) continue;
      open.add(target);
      up.push(target);
    }
  }
  const steps = [];
  for (const node of map.nodes.toArray()) {
    if (!hasChildren.has(node.id)) continue;
    const collapse = !open.has(node.id);
    if (Boolean(node.collapsed) === collapse) continue;
    steps.push((current: ArgMap) => updateNode(current, node.id, { collapsed: collapse }));
  }
  if (steps.length === 0) return undefined;
  return combine(map, 'Focus on a branch', steps);
}
