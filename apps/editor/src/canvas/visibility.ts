import type { ArgMap } from '@argmap/core';

/** What collapsing hides: the nodes out of sight and, for each collapsed node, how many it hides. */
export interface Visibility {
  hidden: ReadonlySet<string>;
  hiddenUnder: ReadonlyMap<string, number>;
  /** Nodes that have at least one reason (an incoming supports/opposes edge) and so can collapse. */
  hasChildren: ReadonlySet<string>;
}

/**
 * Which nodes a collapsed subtree hides. A subtree is everything that argues, directly or through
 * other reasons, for or against the collapsed node; an undercutter hides with the edge it attacks.
 * A node reachable from a visible part of the map by another route is hidden anyway: collapsing
 * means "not now", and a half-hidden subtree reads worse than a fully hidden one.
 */
export function computeVisibility(map: ArgMap): Visibility {
  const reasons = new Map<string, string[]>();
  const hasChildren = new Set<string>();
  for (const edge of map.edges.toArray()) {
    if (edge.kind === 'undercuts') continue;
    const list = reasons.get(edge.target) ?? [];
    list.push(edge.source);
    reasons.set(edge.target, list);
    hasChildren.add(edge.target);
  }
  const hidden = new Set<string>();
  const hiddenUnder = new Map<string, number>();
  for (const node of map.nodes.toArray()) {
    if (!node.collapsed || !hasChildren.has(node.id)) continue;
    const seen = new Set<string>([node.id]);
    const queue = [...(reasons.get(node.id) ?? [])];
    let count = 0;
    while (queue.length > 0) {
      const id = queue.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      hidden.add(id);
      count++;
      queue.push(...(reasons.get(id) ?? []));
    }
    hiddenUnder.set(node.id, count);
  }
  // A collapsed node inside another collapsed subtree is itself hidden: drop its badge count.
  for (const id of hidden) hiddenUnder.delete(id);
  for (const edge of map.edges.toArray()) {
    if (edge.kind !== 'undercuts') continue;
    const target = map.edges.get(edge.target);
    if (target && (hidden.has(target.source) || hidden.has(target.target))) hidden.add(edge.source);
  }
  return { hidden, hiddenUnder, hasChildren };
}
