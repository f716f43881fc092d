/**
 * The evidence beneath a node: every evidence node whose reasons lead, through any chain of
 * supports, opposes and undercuts, to that node. Real debates have cycles, so the walk keeps a
 * visited set and reports each evidence node once, at its shortest distance.
 *
 * @module
 */

import type { ArgEdge, ArgMap, ArgNode } from '../model/types.ts';

/** An evidence node found beneath another node. */
export interface EvidenceBeneath {
  node: ArgNode;
  /** Edges between it and the node asked about (1 = a direct reason). */
  depth: number;
  /**
   * Whether, along the shortest chain, it argues `for` or `against` the node asked about: each
   * `opposes` and each `undercuts` on the way flips the stance.
   */
  stance: 'for' | 'against';
}

/**
 * Every evidence node beneath node `id`, nearest first. The node itself is not included, even if
 * it is evidence. Unknown ids give an empty list. Linear in the size of the map.
 */
export function evidenceBeneath(map: ArgMap, id: string): EvidenceBeneath[] {
  if (!map.nodes.has(id)) return [];
  // Index once: who points at each node, and who undercuts each edge.
  const into = new Map<string, ArgEdge[]>();
  for (const edge of map.edges.toArray()) {
    const list = into.get(edge.target);
    if (list) list.push(edge);
    else into.set(edge.target, [edge]);
  }
  const found: EvidenceBeneath[] = [];
  const settled = new Set<string>();
  // Buckets by distance: a reason is one edge away, an undercut of that reason's edge two.
  // A node is settled when first taken from a bucket, so it is reported at its shortest distance.
  const buckets: { id: string; flips: number }[][] = [[{ id, flips: 0 }]];
  for (let depth = 0; depth < buckets.length; depth++) {
    for (const current of buckets[depth] ?? []) {
      if (settled.has(current.id)) continue;
      settled.add(current.id);
      const node = map.nodes.get(current.id);
      if (depth > 0 && node?.kind === 'evidence') {
        found.push({ node, depth, stance: current.flips % 2 === 0 ? 'for' : 'against' });
      }
      for (const edge of into.get(current.id) ?? []) {
        const flips = current.flips + (edge.kind === 'supports' ? 0 : 1);
        for (const reason of [edge, ...(into.get(edge.id) ?? [])]) {
          const extra = reason === edge ? 0 : 1;
          if (settled.has(reason.source) || !map.nodes.has(reason.source)) continue;
          const distance = depth + 1 + extra;
          const bucket = buckets[distance] ?? [];
          bucket.push({ id: reason.source, flips: flips + extra });
          buckets[distance] = bucket;
        }
      }
    }
  }
  return found.sort((a, b) => a.depth - b.depth);
}
