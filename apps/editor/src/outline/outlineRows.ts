/**
 * The outline's rows: the map as an indented tree, in the order a reader goes through the debate.
 * Plain TypeScript over the core map, so the tree's shape is tested without rendering it.
 *
 * @module
 */
import type { ArgMap, EdgeKind } from '@argmap/core';
import { buildForest } from '@argmap/layout';
import { visibilityOf } from '../state/reveal.ts';

/** One line of the outline. */
export interface OutlineRow {
  /** Unique among the rows: the node id where the node sits, `parentRow>edge` for a cross-link reference. */
  key: string;
  /** The node the row shows. */
  nodeId: string;
  /** Depth, from 1 for the question (WAI-ARIA `aria-level`). */
  level: number;
  /** The row this one hangs under; undefined at the top level. */
  parentKey: string | undefined;
  /** How the node bears on the node of its parent row; undefined at the top level. */
  relation: EdgeKind | undefined;
  /**
   * A cross-link: the node sits under another parent (where the canvas draws it) and is only named
   * here. References are leaves, so a node with many parents is written out once.
   */
  reference: boolean;
  /** For a reference: the node it sits under, where its own row is. */
  home: string | undefined;
  /** Whether the node has reasons that collapsing hides (the canvas's collapse button). */
  expandable: boolean;
  /** Whether those reasons are shown (the node is not collapsed). */
  expanded: boolean;
  /** Position among its siblings, from 1 (`aria-posinset`), and how many siblings (`aria-setsize`). */
  posInSet: number;
  setSize: number;
}

// Within one parent, reasons for come first, then reasons against, then undercutters: the order
// @argmap/layout draws them left to right.
const EDGE_ORDER: Record<EdgeKind, number> = { supports: 0, opposes: 1, undercuts: 2 };

interface Child {
  nodeId: string;
  edgeId: string;
  relation: EdgeKind;
  rank: number;
}

const cache = new WeakMap<ArgMap, readonly OutlineRow[]>();

/**
 * The rows of `map`, for the nodes the canvas shows: a collapsed node's reasons are left out, as
 * are nodes the canvas hides because another route to them is collapsed (the outline and the
 * canvas share one collapse). Everything under a collapsed row stays folded in the outline, even
 * an undercutter of the collapsed node's own link, which the canvas still draws. Each node sits under the parent the layout draws it under
 * (`buildForest`); its other parents list it as a reference. Remembered per map object.
 */
export function outlineRows(map: ArgMap): readonly OutlineRow[] {
  let rows = cache.get(map);
  if (!rows) {
    rows = computeRows(map);
    cache.set(map, rows);
  }
  return rows;
}

function computeRows(map: ArgMap): OutlineRow[] {
  const forest = buildForest(map);
  const { hidden, hasChildren } = visibilityOf(map);
  const children = childrenByParent(map);
  const rows: OutlineRow[] = [];
  /** Nodes written out in their own row. */
  const placed = new Set<string>();
  /** Nodes whose row is folded: what hangs under them stays inside, even what the canvas still shows. */
  const folded = new Set<string>();
  const topLevel = (id: string): Pending => ({
    nodeId: id,
    edgeId: undefined,
    relation: undefined,
    parentKey: undefined,
    reference: false,
  });

  /** Writes the rows of the trees under `roots`, depth first. */
  const writeTrees = (roots: readonly string[]) => {
    for (const id of roots) placed.add(id);
    // An explicit stack rather than recursion: a long chain of replies must not overflow the call stack.
    const stack: Siblings[] = [{ items: roots.map(topLevel), level: 1, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Siblings;
      const item = top.items[top.next];
      if (!item) {
        stack.pop();
        continue;
      }
      top.next++;
      const node = map.nodes.get(item.nodeId);
      const expandable = !item.reference && hasChildren.has(item.nodeId);
      const expanded = !item.reference && !(expandable && node?.collapsed === true);
      const key = item.reference ? `${item.parentKey}>${item.edgeId}` : item.nodeId;
      rows.push({
        key,
        nodeId: item.nodeId,
        level: top.level,
        parentKey: item.parentKey,
        relation: item.relation,
        reference: item.reference,
        home: item.reference ? (forest.parent.get(item.nodeId) ?? undefined) : undefined,
        expandable,
        expanded,
        posInSet: top.next,
        setSize: top.items.length,
      });
      if (!expanded) {
        if (!item.reference) folded.add(item.nodeId);
        continue;
      }
      const below: Pending[] = [];
      for (const child of children.get(item.nodeId) ?? []) {
        // A node sits under the parent the layout draws it under, once; any other link to it is a reference.
        const sitsHere = forest.parent.get(child.nodeId) === item.nodeId && !placed.has(child.nodeId);
        if (sitsHere && hidden.has(child.nodeId)) continue;
        if (sitsHere) placed.add(child.nodeId);
        below.push({
          nodeId: child.nodeId,
          edgeId: child.edgeId,
          relation: child.relation,
          parentKey: key,
          reference: !sitsHere,
        });
      }
      if (below.length > 0) stack.push({ items: below, level: top.level + 1, next: 0 });
    }
  };

  writeTrees(forest.roots.filter((id) => !hidden.has(id)));
  // A node the canvas shows whose tree parent it hides (a loop closed by a collapsed node) still
  // gets a row of its own, at the top level. One under a folded row stays inside it: an undercutter
  // of a collapsed node's own link, which the canvas keeps showing, would otherwise float loose.
  const stray = [...map.nodes.keys()].filter((id) => {
    if (hidden.has(id) || placed.has(id)) return false;
    const parent = forest.parent.get(id);
    return parent === null || parent === undefined || !folded.has(parent);
  });
  for (const id of stray) if (!placed.has(id)) writeTrees([id]);
  if (stray.length > 0) numberTopLevel(rows);
  return rows;
}

/** Numbers the top-level rows as one set of siblings (they were written in several passes). */
function numberTopLevel(rows: OutlineRow[]): void {
  const top = rows.filter((row) => row.level === 1);
  top.forEach((row, i) => {
    row.posInSet = i + 1;
    row.setSize = top.length;
  });
}

interface Pending {
  nodeId: string;
  /** The link to the parent row (undefined at the top level). */
  edgeId: string | undefined;
  relation: EdgeKind | undefined;
  parentKey: string | undefined;
  reference: boolean;
}

/** The rows still to write at one level: `next` is the index of the next sibling. */
interface Siblings {
  items: Pending[];
  level: number;
  next: number;
}

/** For each node, what bears on it, in the layout's order (supports, opposes, undercuts; then map order). */
function childrenByParent(map: ArgMap): Map<string, Child[]> {
  const byParent = new Map<string, Child[]>();
  let order = 0;
  for (const edge of map.edges.toArray()) {
    order++;
    const parent = edge.kind === 'undercuts' ? map.edges.get(edge.target)?.source : edge.target;
    if (parent === undefined || parent === edge.source) continue;
    if (!map.nodes.has(parent) || !map.nodes.has(edge.source)) continue;
    const list = byParent.get(parent) ?? [];
    list.push({
      nodeId: edge.source,
      edgeId: edge.id,
      relation: edge.kind,
      rank: EDGE_ORDER[edge.kind] * 1e9 + order,
    });
    byParent.set(parent, list);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.rank - b.rank);
  return byParent;
}
