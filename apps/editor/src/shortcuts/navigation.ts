import type { ArgMap, Point } from '@argmap/core';

/** Where an arrow key moves the selection. */
export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The node an arrow key moves the selection to, along the map's structure as it is drawn (the
 * question on top, evidence at the bottom): up to what the node argues for or against, down to
 * its reasons, objections and evidence (and undercutters of links into it), left and right to
 * its neighbours under the same parent (or to the other top-level nodes). Among several
 * candidates up or down, the one nearest across is taken, so Up then Down comes back. Hidden
 * (collapsed) nodes are skipped; undefined when there is nowhere to go.
 */
export function neighbour(
  map: ArgMap,
  hidden: ReadonlySet<string>,
  positionOf: (id: string) => Point | undefined,
  from: string,
  direction: Direction,
): string | undefined {
  const links = linksOf(map, hidden);
  const x = (id: string) => positionOf(id)?.x ?? 0;
  const nearest = (ids: readonly string[]) =>
    [...ids].sort(
      (a, b) => Math.abs(x(a) - x(from)) - Math.abs(x(b) - x(from)) || x(a) - x(b) || a.localeCompare(b),
    )[0];
  if (direction === 'up') return nearest(links.parents(from));
  if (direction === 'down') return nearest(links.children(from));
  const parent = nearest(links.parents(from));
  const row = (parent ? links.children(parent) : links.roots()).sort(
    (a, b) => x(a) - x(b) || (positionOf(a)?.y ?? 0) - (positionOf(b)?.y ?? 0) || a.localeCompare(b),
  );
  const at = row.indexOf(from);
  return row[direction === 'left' ? at - 1 : at + 1];
}

function linksOf(map: ArgMap, hidden: ReadonlySet<string>) {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, key: string, id: string) => {
    const list = index.get(key);
    if (!list) index.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  for (const edge of map.edges.toArray()) {
    // An undercutter sits below the node its attacked link points to.
    const target = edge.kind === 'undercuts' ? map.edges.get(edge.target)?.target : edge.target;
    if (!target || hidden.has(edge.source) || hidden.has(target) || edge.source === target) continue;
    add(up, edge.source, target);
    add(down, target, edge.source);
  }
  return {
    parents: (id: string) => up.get(id) ?? [],
    children: (id: string) => [...(down.get(id) ?? [])],
    roots: () => [...map.nodes.keys()].filter((id) => !hidden.has(id) && !up.has(id)),
  };
}
