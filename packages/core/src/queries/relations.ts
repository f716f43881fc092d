/**
 * Who bears on what: the direct supporters, opponents and undercutters around a node or edge.
 *
 * @module
 */

import type { ArgEdge, ArgMap, ArgNode, EdgeKind } from '../model/types.ts';

/** A node bearing on something, with the edge through which it does. */
export interface Relation {
  node: ArgNode;
  edge: ArgEdge;
}

function incoming(map: ArgMap, target: string, kind: EdgeKind): Relation[] {
  const relations: Relation[] = [];
  for (const edge of map.edges.toArray()) {
    if (edge.kind !== kind || edge.target !== target) continue;
    const node = map.nodes.has(edge.source) ? map.nodes.get(edge.source) : undefined;
    if (node) relations.push({ node, edge });
  }
  return relations;
}

/** The nodes that directly support node `id` (in the map's edge order). */
export function supporters(map: ArgMap, id: string): Relation[] {
  return incoming(map, id, 'supports');
}

/** The nodes that directly oppose node `id`. */
export function opponents(map: ArgMap, id: string): Relation[] {
  return incoming(map, id, 'opposes');
}

/** The nodes that undercut edge `edgeId` ("true, but it does not follow"). */
export function undercutters(map: ArgMap, edgeId: string): Relation[] {
  return incoming(map, edgeId, 'undercuts');
}

/** The nodes that node `id` directly supports or opposes, with the edges. */
export function targets(map: ArgMap, id: string): Relation[] {
  const relations: Relation[] = [];
  for (const edge of map.edges.toArray()) {
    if (edge.source !== id || edge.kind === 'undercuts') continue;
    const node = map.nodes.has(edge.target) ? map.nodes.get(edge.target) : undefined;
    if (node) relations.push({ node, edge });
  }
  return relations;
}
