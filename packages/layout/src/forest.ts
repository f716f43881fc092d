/**
 * Turns a map's graph into the spanning forest that the tidy-tree layout draws: the question at
 * the root, reasons under the node they bear on, evidence at the leaves.
 *
 * @module
 */
import { type ArgMap, type EdgeKind, NODE_KINDS } from '@argmap/core';

/** The tree each node is drawn in: its parent (or `null` for a root), children in drawing order, depth. */
export interface Forest {
  /** Ids of the tree roots, left to right. */
  roots: string[];
  /** Each node's children, left to right. Every node of the map has an entry. */
  children: Map<string, string[]>;
  /** Each node's tree parent; `null` for roots. */
  parent: Map<string, string | null>;
  /** Each node's depth below its root (roots are 0). */
  depth: Map<string, number>;
}

// Within one parent, reasons for come first, then reasons against, then undercutters.
const EDGE_ORDER: Record<EdgeKind, number> = { supports: 0, opposes: 1, undercuts: 2 };

/**
 * Builds the forest. An edge goes from the reason (source) to what it bears on (target), so the
 * target is the parent. An undercut targets an edge; its source hangs under that edge's source, the
 * premise whose inference it attacks. A node with several parents goes under the one reached first
 * by a breadth-first walk from the roots (so as high as it can); its other edges are cross-links,
 * drawn but not followed. Nodes that every path leads back into (cycles with no way out) start extra
 * trees, so every node is placed exactly once and cycles cannot loop.
 *
 * Deterministic: depends only on the map, in the order its `nodes` and `edges` records list them.
 */
export function buildForest(map: ArgMap): Forest {
  const nodeIds = [...map.nodes.keys()];
  const candidates = new Map<string, { child: string; rank: number }[]>();
  const hasParent = new Set<string>();
  let order = 0;
  for (const edge of map.edges.toArray()) {
    order++;
    let parentId: string | undefined;
    if (edge.kind === 'undercuts') {
      parentId = map.edges.get(edge.target)?.source;
    } else {
      parentId = edge.target;
    }
    if (parentId === undefined || !map.nodes.has(parentId) || !map.nodes.has(edge.source)) continue;
    if (parentId === edge.source) continue;
    const list = candidates.get(parentId) ?? [];
    list.push({ child: edge.source, rank: (EDGE_ORDER[edge.kind] ?? 3) * 1e9 + order });
    candidates.set(parentId, list);
    hasParent.add(edge.source);
  }
  const sortedCandidates = new Map<string, string[]>();
  for (const [parentId, list] of candidates) {
    list.sort((a, b) => a.rank - b.rank);
    sortedCandidates.set(
      parentId,
      list.map((item) => item.child),
    );
  }

  const kindRank = (id: string): number => {
    const kind = map.nodes.get(id)?.kind;
    const index = kind === undefined ? -1 : NODE_KINDS.indexOf(kind);
    return index < 0 ? NODE_KINDS.length : index;
  };
  // Stable sort keeps the map's own order among nodes of one kind.
  const byKind = [...nodeIds].sort((a, b) => kindRank(a) - kindRank(b));

  const forest: Forest = { roots: [], children: new Map(), parent: new Map(), depth: new Map() };
  for (const id of nodeIds) forest.children.set(id, []);

  const grow = (rootId: string): void => {
    forest.roots.push(rootId);
    forest.parent.set(rootId, null);
    forest.depth.set(rootId, 0);
    const queue = [rootId];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head] as string;
      const depth = forest.depth.get(id) ?? 0;
      for (const child of sortedCandidates.get(id) ?? []) {
        if (forest.parent.has(child)) continue;
        forest.parent.set(child, id);
        forest.depth.set(child, depth + 1);
        forest.children.get(id)?.push(child);
        queue.push(child);
      }
    }
  };

  for (const id of byKind) if (!hasParent.has(id)) grow(id);
  for (const id of byKind) if (!forest.parent.has(id)) grow(id);
  return forest;
}
