/**
 * Removal, which cascades: removing a node removes every edge that touches it; removing a
 * supports/opposes edge removes the undercuts aimed at it; removed nodes leave tour steps.
 * After a removal no edge dangles, so the map stays valid.
 *
 * @module
 */

import type { Draft } from 'immer';
import { edgesAt } from '../model/edgeIndex.ts';
import type { ArgMap } from '../model/types.ts';
import type { Result } from '../result.ts';
import { type Edit, type MapDraft, makeEdit, requireEdge, requireNode } from './edit.ts';

/** What to remove: node ids and edge ids (either may be empty). */
export interface Selection {
  nodes?: readonly string[];
  edges?: readonly string[];
}

/**
 * The full set of edges that go when `nodes` and `edges` are removed: the given edges, every edge
 * touching a removed node, and, transitively, undercuts of removed edges. O(degree), not O(edges):
 * the edge index finds what touches each removed node.
 */
export function cascade(map: ArgMap, nodes: ReadonlySet<string>, edges: Iterable<string>): Set<string> {
  const gone = new Set(edges);
  for (const id of nodes) {
    for (const edge of edgesAt(map.edges, id)) {
      if (edge.source === id || (edge.kind !== 'undercuts' && edge.target === id)) gone.add(edge.id);
    }
  }
  // An undercut only ever targets a supports/opposes edge, so one more step reaches every orphan.
  for (const id of [...gone]) {
    for (const edge of edgesAt(map.edges, id)) {
      if (edge.kind === 'undercuts' && edge.target === id) gone.add(edge.id);
    }
  }
  return gone;
}

function removeFrom(draft: Draft<MapDraft>, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): void {
  for (const id of edges) delete draft.edges[id];
  for (const id of nodes) delete draft.nodes[id];
  if (draft.tours === undefined || nodes.size === 0) return;
  for (const tour of draft.tours) {
    for (const step of tour.steps) {
      if (step.nodes.some((id) => nodes.has(id))) step.nodes = step.nodes.filter((id) => !nodes.has(id));
    }
  }
}

/** Removes a node, its edges, the undercuts of those edges, and its place in tour steps. */
export function removeNode(map: ArgMap, id: string): Result<Edit> {
  const missing = requireNode(map, id);
  if (missing) return missing;
  const nodes = new Set([id]);
  const edges = cascade(map, nodes, []);
  return makeEdit(map, { label: 'Delete node' }, { nodes, edges }, (draft) =>
    removeFrom(draft, nodes, edges),
  );
}

/** Removes an edge and the undercuts aimed at it. */
export function disconnect(map: ArgMap, edgeId: string): Result<Edit> {
  const missing = requireEdge(map, edgeId);
  if (missing) return missing;
  const edges = cascade(map, new Set(), [edgeId]);
  return makeEdit(map, { label: 'Delete connection' }, { edges }, (draft) =>
    removeFrom(draft, new Set(), edges),
  );
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
  const edges = cascade(map, nodes, selection.edges ?? []);
  const count = nodes.size + (selection.edges?.length ?? 0);
  const label = count === 1 ? 'Delete' : `Delete ${count} items`;
  return makeEdit(map, { label }, { nodes, edges }, (draft) => removeFrom(draft, nodes, edges));
}
