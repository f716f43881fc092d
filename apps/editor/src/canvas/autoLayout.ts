import type { ArgMap, ArgNode, Point } from '@argmap/core';
import { estimateNodeSize, layoutMap } from '@argmap/layout';

/** Room the editor adds under the statement for the strength and collapse row. */
export const FOOTER_HEIGHT = 30;

/** Where auto-layout puts each node, and how wide each node is drawn. */
export interface AutoLayout {
  positions: Record<string, Point>;
  widths: Record<string, number>;
  /** Estimated heights; React Flow uses them to cull off-screen nodes before it has measured them. */
  heights: Record<string, number>;
  /** Bent lines for edges a plain curve would draw through boxes (see `MapLayout.routes`). */
  routes: Record<string, Point[]>;
  /** Room for each node's zoomed-out title (see `MapLayout.labelRoom`). */
  labelRoom: Record<string, { width: number; height: number }>;
  /** The box that holds every node. */
  bounds: { x: number; y: number; width: number; height: number };
}

/** The box of a node as the editor draws it: the layout's estimate plus the critique footer. */
export function editorNodeSize(node: ArgNode) {
  const size = estimateNodeSize(node);
  return { width: size.width, height: size.height + FOOTER_HEIGHT };
}

/**
 * Lays out the map with @argmap/layout's compact layout, the same one the SVG export, print and
 * projector use. Hand-set positions are kept (their auto-placed subtrees follow them); "Tidy"
 * clears them and calls this again.
 *
 * `measuredHeights` are heights the browser drew (canvas units): where a node is known to be
 * taller than the estimate (a long source line, a font wider than the estimate's), the layout uses
 * what was drawn, so boxes never overlap.
 */
export function autoLayout(map: ArgMap, measuredHeights?: ReadonlyMap<string, number>): AutoLayout {
  const nodeSize = (node: ArgNode) => {
    const size = editorNodeSize(node);
    const drawn = measuredHeights?.get(node.id);
    return drawn === undefined ? size : { width: size.width, height: drawn };
  };
  const layout = layoutMap(map, { nodeSize, keepPositions: true, levelGap: 72 });
  const widths: Record<string, number> = {};
  const heights: Record<string, number> = {};
  for (const [id, size] of Object.entries(layout.sizes)) {
    widths[id] = size.width;
    heights[id] = size.height;
  }
  return {
    positions: layout.positions,
    widths,
    heights,
    routes: layout.routes,
    bounds: layout.bounds,
    labelRoom: layout.labelRoom,
  };
}

/**
 * Remembers the last layout and recomputes it only when nodes or edges change, or when the
 * measured heights do (`heightsVersion`): selection, drags and what-ifs reuse it.
 */
export function createLayoutCache(): (
  map: ArgMap,
  measuredHeights?: ReadonlyMap<string, number>,
  heightsVersion?: number,
) => AutoLayout {
  let nodes: ArgMap['nodes'] | undefined;
  let edges: ArgMap['edges'] | undefined;
  let version: number | undefined;
  let last: AutoLayout = {
    positions: {},
    widths: {},
    heights: {},
    routes: {},
    bounds: { x: 0, y: 0, width: 0, height: 0 },
    labelRoom: {},
  };
  return (map, measuredHeights, heightsVersion = 0) => {
    if (map.nodes !== nodes || map.edges !== edges || heightsVersion !== version) {
      last = autoLayout(map, measuredHeights);
      nodes = map.nodes;
      edges = map.edges;
      version = heightsVersion;
    }
    return last;
  };
}
