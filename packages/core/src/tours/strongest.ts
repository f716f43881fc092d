/**
 * Picking the reasons a tour shows first: the strongest supports and objections of a node.
 *
 * @module
 */

import type { ArgMap } from '../model/types.ts';

/** A node's strength in [0, 1], e.g. from `@argmap/core/evaluate`, or its base score. */
export type StrengthOf = (nodeId: string) => number;

/** The direct reasons bearing on one node, strongest first. */
export interface Reasons {
  /** Sources of `supports` edges into the node. */
  supports: string[];
  /** Sources of `opposes` edges into the node, and of `undercuts` on edges into it. */
  objections: string[];
}

/** A strength function that reads each node's own base score. */
export function baseScoreStrength(map: ArgMap): StrengthOf {
  return (id) => map.nodes.get(id)?.baseScore ?? 0;
}

/**
 * The supports and objections of `nodeId`, each sorted strongest first; ties keep the map's
 * edge order so the same map always gives the same tour. An undercut of a support into the
 * node counts as an objection to it: it is the class's reason to doubt that support.
 */
export function reasonsFor(map: ArgMap, nodeId: string, strength: StrengthOf): Reasons {
  const supports: string[] = [];
  const objections: string[] = [];
  const edges = map.edges.toArray();
  const into = new Set<string>();
  for (const edge of edges) {
    if (edge.target !== nodeId || !map.nodes.has(edge.source)) continue;
    if (edge.kind === 'supports') {
      supports.push(edge.source);
      into.add(edge.id);
    } else if (edge.kind === 'opposes') {
      objections.push(edge.source);
      into.add(edge.id);
    }
  }
  for (const edge of edges) {
    if (edge.kind === 'undercuts' && into.has(edge.target) && map.nodes.has(edge.source)) {
      objections.push(edge.source);
    }
  }
  return {
    supports: byStrength(dedupe(supports), strength),
    objections: byStrength(dedupe(objections), strength),
  };
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}

function byStrength(ids: string[], strength: StrengthOf): string[] {
  // Array.prototype.sort is stable, so equal strengths keep edge order.
  return [...ids].sort((a, b) => strength(b) - strength(a));
}
