import { type ArgMap, combine, type Edit, type Result, updateNode } from '@argmap/core';
import { computeVisibility, type Visibility } from '../canvas/visibility.ts';

const cache = new WeakMap<ArgMap, Visibility>();

/** {@link computeVisibility}, remembered per map: maps are immutable, so one answer per map object. */
export function visibilityOf(map: ArgMap): Visibility {
  let visibility = cache.get(map);
  if (!visibility) {
    visibility = computeVisibility(map);
    cache.set(map, visibility);
  }
  return visibility;
}

/**
 * The collapsed nodes that keep `nodeId` out of sight: every collapsed node it argues for or
 * against, directly or through other reasons, and those above the link an undercutter attacks.
 * Expanding all of them shows the node (collapsing hides whatever is reachable from a collapsed
 * node, so every such route has to be opened). Empty when the node is already visible.
 */
export function collapsedAbove(map: ArgMap, nodeId: string): string[] {
  if (!visibilityOf(map).hidden.has(nodeId)) return [];
  const { parents, attacked } = upwardLinks(map);
  const found = new Set<string>();
  const mustShow = new Set<string>([nodeId]);
  const queue = [nodeId];
  const show = (id: string) => {
    if (mustShow.has(id)) return;
    mustShow.add(id);
    queue.push(id);
  };
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const parent of parents.get(id) ?? []) {
      if (map.nodes.get(parent)?.collapsed) found.add(parent);
      show(parent);
    }
    // An undercutter shows only with both ends of the link it attacks.
    for (const end of attacked.get(id) ?? []) show(end);
  }
  return [...found];
}

/**
 * Expands what hides `nodeId`, as one undoable step. Returns undefined when the node is already
 * visible (nothing to do).
 */
export function revealNode(map: ArgMap, nodeId: string): Result<Edit> | undefined {
  const above = collapsedAbove(map, nodeId);
  if (above.length === 0) return undefined;
  return combine(
    map,
    'Expand to show the found node',
    above.map((id) => (current: ArgMap) => updateNode(current, id, { collapsed: false })),
  );
}

/**
 * The selection with every hidden node replaced by the nearest visible node above it (the
 * collapsed node that hides it), so what is selected is always on screen: collapsing a branch
 * with a selected node in it selects the branch's root, as an outliner does.
 */
export function visibleSelection(map: ArgMap, selected: readonly string[]): readonly string[] {
  const { hidden } = visibilityOf(map);
  if (!selected.some((id) => hidden.has(id))) return selected;
  const links = upwardLinks(map);
  const result: string[] = [];
  for (const id of selected) {
    const shown = hidden.has(id) ? nearestVisibleAbove(links, hidden, id) : id;
    if (shown && !result.includes(shown)) result.push(shown);
  }
  return result;
}

interface UpwardLinks {
  /** For each node, the nodes it supports or opposes. */
  parents: Map<string, string[]>;
  /** For each undercutter, both ends of the links it attacks. */
  attacked: Map<string, string[]>;
}

function upwardLinks(map: ArgMap): UpwardLinks {
  const parents = new Map<string, string[]>();
  const attacked = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, key: string, ...ids: string[]) => {
    const list = index.get(key);
    if (list) list.push(...ids);
    else index.set(key, [...ids]);
  };
  for (const edge of map.edges.toArray()) {
    if (edge.kind !== 'undercuts') add(parents, edge.source, edge.target);
    else {
      const link = map.edges.get(edge.target);
      if (link) add(attacked, edge.source, link.source, link.target);
    }
  }
  return { parents, attacked };
}

function nearestVisibleAbove(
  links: UpwardLinks,
  hidden: ReadonlySet<string>,
  start: string,
): string | undefined {
  const seen = new Set<string>([start]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const above of [...(links.parents.get(id) ?? []), ...(links.attacked.get(id) ?? [])]) {
        if (seen.has(above)) continue;
        if (!hidden.has(above)) return above;
        seen.add(above);
        next.push(above);
      }
    }
    frontier = next;
  }
  return undefined;
}
