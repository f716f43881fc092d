/**
 * Removal, which cascades (see `cascade.ts`): removing a node removes every edge that touches it;
 * removing a supports/opposes edge removes the undercuts aimed at it; an argument goes with its
 * last premise; removed nodes leave tour steps. After a removal no edge dangles, so the map stays valid.
 *
 * @module
 */

import type { Draft } from 'immer';
import type { ArgMap } from '../model/types.ts';
import type { Result } from '../result.ts';
import { cascade, type Removal } from './cascade.ts';
import { type Edit, type MapDraft, makeEdit, requireEdge, requireNode } from './edit.ts';

/** What to remove: node ids and edge ids (either may be empty). */
export interface Selection {
  nodes?: readonly string[];
  edges?: readonly string[];
}

/** Applies a {@link Removal} to a draft made with {@link removalEdit}'s touched sets. */
function removeFrom(draft: Draft<MapDraft>, removal: Removal): void {
  const { nodes } = removal;
  for (const [id, target] of removal.retarget) {
    const undercut = draft.edges[id];
    if (undercut) undercut.target = target;
  }
  for (const id of removal.edges) delete draft.edges[id];
  for (const id of removal.arguments) delete draft.arguments[id];
  for (const id of removal.detach) {
    const step = draft.arguments[id];
    if (step) delete step.partOf;
  }
  for (const id of nodes) delete draft.nodes[id];
  if (draft.tours === undefined || nodes.size === 0) return;
  for (const tour of draft.tours) {
    for (const step of tour.steps) {
      if (step.nodes.some((id) => nodes.has(id))) step.nodes = step.nodes.filter((id) => !nodes.has(id));
    }
  }
}

/** The edit that carries out `removal`. */
export function removalEdit(map: ArgMap, label: string, removal: Removal): Result<Edit> {
  const touched = {
    nodes: removal.nodes,
    edges: [...removal.edges, ...removal.retarget.keys()],
    arguments: [...removal.arguments, ...removal.detach],
  };
  return makeEdit(map, { label }, touched, (draft) => removeFrom(draft, removal));
}

/** Removes a node, its edges, the undercuts of those edges, and its place in tour steps. */
export function removeNode(map: ArgMap, id: string): Result<Edit> {
  const missing = requireNode(map, id);
  if (missing) return missing;
  return removalEdit(map, 'Delete node', cascade(map, new Set([id]), []));
}

/** Removes an edge and the undercuts aimed at it. */
export function disconnect(map: ArgMap, edgeId: string): Result<Edit> {
  const missing = requireEdge(map, edgeId);
  if (missing) return missing;
  return removalEdit(map, 'Delete connection', cascade(map, new Set(), [edgeId]));
}

/**
 * Removes a selection of nodes and edges in one edit (the editor's Delete key), with the same
 * cascade as {@link removeNode}. Unknown ids are refused so a stale selection is noticed.
 */
export function removeMany(map: ArgMap, selection: Selection): Result<Edit> {
  for (const id of selection.nodes ?? []) {
    const missing = requireNode(map, id);
    if (missing) return missing;
  }
  for (const id of selection.edges ?? []) {
    const missing = requireEdge(map, id);
    if (missing) return missing;
  }
  const nodes = new Set(selection.nodes ?? []);
  const count = nodes.size + (selection.edges?.length ?? 0);
  const label = count === 1 ? 'Delete' : `Delete ${count} items`;
  return removalEdit(map, label, cascade(map, nodes, selection.edges ?? []));
}
