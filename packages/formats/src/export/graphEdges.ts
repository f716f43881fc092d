/**
 * The edges a diagram exporter draws, resolved against the map: node-to-node reasons, and
 * undercuts that attack a reason's link. Graph languages (Mermaid, DOT) cannot point an arrow at an
 * arrow, so an undercut link is drawn through a small junction node that the undercutter points at.
 *
 * @module
 */
import type { ArgEdge, ArgMap, Diagnostic } from '@argmap/core';

/** A drawable reason: a `supports` or `opposes` edge between two nodes that exist. */
export interface DrawnLink {
  edge: ArgEdge;
  /** Whether some undercut attacks this link, so it needs a junction. */
  undercut: boolean;
}

/** An undercut whose target link is drawn. */
export interface DrawnUndercut {
  edge: ArgEdge;
  /** The attacked link. */
  link: ArgEdge;
}

/** What to draw, and warnings for the edges that could not be drawn. */
export interface DrawnEdges {
  links: DrawnLink[];
  undercuts: DrawnUndercut[];
  warnings: Diagnostic[];
}

/** Resolves the map's edges for drawing; dangling ones are left out with a warning each. */
export function drawnEdges(map: ArgMap, formatName: string): DrawnEdges {
  const warnings: Diagnostic[] = [];
  const skip = (edge: ArgEdge, why: string): void => {
    warnings.push({
      severity: 'warning',
      code: 'edge-not-exported',
      message: `Edge "${edge.id}" is left out of the ${formatName} export: ${why}.`,
      path: ['edges', edge.id],
    });
  };
  const links = new Map<string, DrawnLink>();
  for (const edge of map.edges.toArray()) {
    if (edge.kind === 'undercuts') continue;
    if (!map.nodes.get(edge.source) || !map.nodes.get(edge.target)) {
      skip(edge, 'one of its ends is not a node of the map');
      continue;
    }
    links.set(edge.id, { edge, undercut: false });
  }
  const undercuts: DrawnUndercut[] = [];
  for (const edge of map.edges.toArray()) {
    if (edge.kind !== 'undercuts') continue;
    const link = links.get(edge.target);
    if (!map.nodes.get(edge.source) || !link) {
      skip(edge, 'it must go from a node to a supports or opposes edge of the map');
      continue;
    }
    link.undercut = true;
    undercuts.push({ edge, link: link.edge });
  }
  return { links: [...links.values()], undercuts, warnings };
}
