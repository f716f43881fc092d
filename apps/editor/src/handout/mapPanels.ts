import { type ArgEdge, type ArgMap, type ArgNode, type Point, Table } from '@argmap/core';
import { buildForest, layoutMap, type Size } from '@argmap/layout';

/** A node placed in a panel: its top-left corner and box, in print CSS px. */
export interface PanelBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line drawn in a panel: along the layout's route when it gave one, else top-to-bottom. */
export interface PanelLine {
  edge: ArgEdge;
  route: Point[] | undefined;
}

/**
 * One drawing of the map handout, never taller or wider than a page: a node (`root`) with its
 * reasons, each with its whole tree where that fits, else alone (its reasons then get a later
 * panel of their own, listed in `continued`).
 */
export interface Panel {
  root: string;
  boxes: PanelBox[];
  lines: PanelLine[];
  width: number;
  height: number;
  /** Node id → the index of the panel that draws its reasons (later in the list). */
  continued: Map<string, number>;
}

/** How the panels are cut: the room one drawing may take, and each node's box. */
export interface PanelOptions {
  /** The largest drawing that fits a page, in print CSS px. */
  room: Size;
  /**
   * The box of each node at print size (measured in the browser, estimated in tests); `noted`:
   * with the line saying which panel carries its reasons.
   */
  sizeOf: (node: ArgNode, noted: boolean) => Size;
}

const GAPS = { siblingGap: 20, levelGap: 44 };

/**
 * The map cut into drawings that each fit a page at print size, so no node is ever scaled down
 * or split by a page break: each tree of the map whole if it fits; otherwise its root with as
 * many of its reasons as fit (each with its whole tree if that fits, else alone), in as many
 * panels as they need, then each reason drawn alone gets its own panels the same way.
 * Panels come in reading order (a node's panel before its reasons'). Every node is in at least
 * one panel; a node with reasons of its own that did not fit is drawn again at the top of the
 * panel that carries them. Pure: depends only on the map, the room and the sizes.
 */
export function mapPanels(map: ArgMap, options: PanelOptions): Panel[] {
  const forest = buildForest(map);
  const childrenOf = (id: string) => forest.children.get(id) ?? [];
  const subtree = (id: string): string[] => {
    const out: string[] = [];
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      out.push(next);
      stack.push(...childrenOf(next));
    }
    return out;
  };
  const panels: Panel[] = [];
  const fits = (panel: Panel) => panel.width <= options.room.width && panel.height <= options.room.height;
  const place = (root: string) => {
    const whole = drawPanel(map, forest.children, root, subtree(root), options);
    // A lone node too big for a page (a very long text) is drawn anyway: it has nothing to split.
    if (fits(whole) || childrenOf(root).length === 0) {
      panels.push(whole);
      return;
    }
    // The root with as many of its reasons as fit, in order, each with its whole tree when that
    // fits, else alone (its reasons continue in a later panel); the rest in further panels.
    const pending: Panel[] = [];
    let group: string[] = [root];
    let last: Panel | undefined;
    for (const child of childrenOf(root)) {
      const tries = childrenOf(child).length > 0 ? [subtree(child), [child]] : [[child]];
      const added = tries
        .map((ids) => drawPanel(map, forest.children, root, [...group, ...ids], options))
        .find(fits);
      if (added) {
        group = added.boxes.map((box) => box.id);
        last = added;
        continue;
      }
      if (last) pending.push(last);
      const alone = tries.map((ids) => drawPanel(map, forest.children, root, [root, ...ids], options));
      last = alone.find(fits) ?? (alone[alone.length - 1] as Panel);
      group = last.boxes.map((box) => box.id);
    }
    if (last) pending.push(last);
    for (const panel of pending) panels.push(panel);
    for (const panel of pending) {
      const shown = new Set(panel.boxes.map((box) => box.id));
      for (const box of panel.boxes) {
        const below = childrenOf(box.id);
        if (box.id === root || below.length === 0 || shown.has(below[0] as string)) continue;
        panel.continued.set(box.id, panels.length);
        place(box.id);
      }
    }
  };
  for (const root of forest.roots) place(root);
  return panels;
}

/** Lays out `ids` (a node and some of its descendants) as one drawing, at the top left. */
function drawPanel(
  map: ArgMap,
  childrenOf: ReadonlyMap<string, readonly string[]>,
  root: string,
  ids: string[],
  options: PanelOptions,
): Panel {
  // Wide first: reasons side by side in a row read best and a sheet is wide; when that is too
  // wide for the sheet, the shape of the sheet itself (children wrap into columns).
  const sheet = options.room.width / options.room.height;
  let panel: Panel | undefined;
  for (const aspect of [3 * sheet, sheet]) {
    panel = layoutPanel(map, childrenOf, root, ids, options, aspect);
    if (panel.width <= options.room.width && panel.height <= options.room.height) return panel;
  }
  return panel as Panel;
}

function layoutPanel(
  map: ArgMap,
  childrenOf: ReadonlyMap<string, readonly string[]>,
  root: string,
  ids: string[],
  options: PanelOptions,
  aspect: number,
): Panel {
  const keep = new Set(ids);
  // Hand-placed positions belong to the editor's canvas; on paper the tidy layout decides.
  const nodes = Table.fromEntries(
    [...map.nodes.values()].filter((node) => keep.has(node.id)).map((node) => [node.id, node] as const),
  );
  const links = [...map.edges.values()].filter(
    (edge) => edge.kind !== 'undercuts' && keep.has(edge.source) && keep.has(edge.target),
  );
  const linked = new Set(links.map((edge) => edge.id));
  const undercuts = [...map.edges.values()].filter(
    (edge) => edge.kind === 'undercuts' && keep.has(edge.source) && linked.has(edge.target),
  );
  const edges = [...links, ...undercuts];
  // A reason drawn without its own reasons says where they continue.
  const noted = (node: ArgNode) => {
    const below = childrenOf.get(node.id) ?? [];
    return node.id !== root && below.length > 0 && !keep.has(below[0] as string);
  };
  const layout = layoutMap(
    { ...map, nodes, edges: Table.fromEntries(edges.map((edge) => [edge.id, edge] as const)) },
    {
      ...GAPS,
      keepPositions: false,
      nodeSize: (node) => options.sizeOf(node, noted(node)),
      aspect,
    },
  );
  // The lines of children in columns run down a margin left of their boxes: keep them inside.
  const routePoints = Object.values(layout.routes).flat();
  const left = Math.min(layout.bounds.x, ...routePoints.map((p) => p.x));
  const top = Math.min(layout.bounds.y, ...routePoints.map((p) => p.y));
  const right = Math.max(layout.bounds.x + layout.bounds.width, ...routePoints.map((p) => p.x));
  const bottom = Math.max(layout.bounds.y + layout.bounds.height, ...routePoints.map((p) => p.y));
  const boxes = ids.flatMap((id) => {
    const at = layout.positions[id];
    const size = layout.sizes[id];
    return at && size ? [{ id, x: at.x - left, y: at.y - top, width: size.width, height: size.height }] : [];
  });
  const lines = edges.map((edge) => ({
    edge,
    route: layout.routes[edge.id]?.map((p) => ({ x: p.x - left, y: p.y - top })),
  }));
  return {
    root,
    boxes,
    lines,
    width: right - left,
    height: bottom - top,
    continued: new Map(),
  };
}
