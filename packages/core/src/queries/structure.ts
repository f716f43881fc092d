/**
 * The shape of the map: where arguments end (roots) and what hangs loose (orphans).
 *
 * @module
 */

import type { ArgMap, ArgNode } from '../model/types.ts';

/**
 * Nodes that bear on nothing: no outgoing supports, opposes or undercuts edge. In a finished map
 * these are the questions (and positions not yet linked to one). In map order.
 */
export function roots(map: ArgMap): ArgNode[] {
  const sources = new Set(map.edges.toArray().map((edge) => edge.source));
  return map.nodes.toArray().filter((node) => !sources.has(node.id));
}

/** Nodes with no edge at all, in or out: usually forgotten or still to be placed. In map order. */
export function orphans(map: ArgMap): ArgNode[] {
  const touched = new Set<string>();
  for (const edge of map.edges.toArray()) {
    touched.add(edge.source);
    touched.add(edge.target);
  }
  return map.nodes.toArray().filter((node) => !touched.has(node.id));
}
