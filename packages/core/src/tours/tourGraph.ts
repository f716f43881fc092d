/**
 * The few questions a tour generator asks of a map's graph: which reasons bear on a node, in what
 * order a reader meets the nodes, and what lies below a reason.
 *
 * @module
 */

import type { ArgMap, ArgNode } from '../model/types.ts';

/** For each node, the sources of edges bearing on it; undercuts count for the edge's target. */
export function incomingReasons(map: ArgMap): Map<string, string[]> {
  const into = new Map<string, string[]>();
  const add = (target: string, source: string) => {
    if (!map.nodes.has(source)) return;
    const list = into.get(target) ?? [];
    list.push(source);
    into.set(target, list);
  };
  for (const edge of map.edges.toArray()) {
    if (edge.kind === 'undercuts') {
      const attacked = map.edges.get(edge.target);
      if (attacked) add(attacked.target, edge.source);
    } else {
      add(edge.target, edge.source);
    }
  }
  return into;
}

/**
 * Nodes in the order a reader meets them: from the questions down through the reasons bearing on
 * them (breadth first), then whatever is not connected, in map order.
 */
export function readingOrder(map: ArgMap, questions: ArgNode[]): ArgNode[] {
  const reasonsInto = incomingReasons(map);
  const order: string[] = questions.map((node) => node.id);
  const seen = new Set(order);
  for (let i = 0; i < order.length; i++) {
    for (const source of reasonsInto.get(order[i] as string) ?? []) {
      if (seen.has(source)) continue;
      seen.add(source);
      order.push(source);
    }
  }
  for (const id of map.nodes.keys()) if (!seen.has(id)) order.push(id);
  return order.flatMap((id) => map.nodes.get(id) ?? []);
}

/** Reasons below `rootId`, breadth first, not descending into other positions or questions. */
export function subtree(map: ArgMap, rootId: string, reasonsInto = incomingReasons(map)): string[] {
  const found: string[] = [];
  const seen = new Set([rootId]);
  const queue = [rootId];
  for (let i = 0; i < queue.length; i++) {
    for (const source of reasonsInto.get(queue[i] as string) ?? []) {
      const kind = map.nodes.get(source)?.kind;
      if (seen.has(source) || kind === 'position' || kind === 'question') continue;
      seen.add(source);
      found.push(source);
      queue.push(source);
    }
  }
  return found;
}

/** `items` without repeats, first occurrence kept. */
export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** `items` cut into runs of `size` (the last may be shorter). */
export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
