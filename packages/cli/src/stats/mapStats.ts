/**
 * Numbers about a map for `argmap stats`: the core's summary ({@link coreMapStats}) in the
 * shape the CLI prints, plus where reasoning runs in circles.
 *
 * @module
 */
import { type ArgMap, mapStats as coreMapStats, type EdgeKind, type NodeKind } from '@argmap/core';
import { prepareGraph, stronglyConnectedComponents } from '@argmap/core/evaluate';

/** Evidence under one position. */
export interface PositionEvidence {
  id: string;
  text: string;
  /** Distinct evidence nodes that bear on the position, directly or through claims. */
  evidence: number;
}

/** What `argmap stats` reports. */
export interface MapStats {
  title: string;
  nodes: number;
  edges: number;
  nodesByKind: Record<NodeKind, number>;
  edgesByKind: Record<EdgeKind, number>;
  evidencePerPosition: PositionEvidence[];
  /** Ids of evidence nodes whose source has no URL, title or outlet: nothing to check the quote against. */
  unsourcedEvidence: string[];
  /** Groups of node ids that support or oppose each other in a circle (each sorted, self-loops included). */
  cycles: string[][];
}

/**
 * Node ids in strongly connected components with more than one node (or a self-loop) of the
 * supports/opposes graph, each group sorted, groups sorted by their first id. Uses the core's
 * iterative Tarjan, so a long chain cannot overflow the stack.
 */
export function findCycles(map: ArgMap): string[][] {
  const graph = prepareGraph(map);
  const successors = new Int32Array(graph.outEdges.length);
  graph.outEdges.forEach((edge, k) => {
    successors[k] = graph.edgeTarget[edge] as number;
  });
  const scc = stronglyConnectedComponents(graph.ids.length, graph.outStart, successors);
  const cycles: string[][] = [];
  for (let c = 0; c < scc.count; c++) {
    if (!scc.cyclic[c]) continue;
    const members = Array.from(
      scc.nodes.subarray(scc.start[c], scc.start[c + 1]),
      (v) => graph.ids[v] as string,
    );
    cycles.push(members.sort());
  }
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** Computes {@link MapStats} for `map`. */
export function mapStats(map: ArgMap): MapStats {
  const core = coreMapStats(map);
  return {
    title: map.meta.title,
    nodes: map.nodes.size,
    edges: map.edges.size,
    nodesByKind: core.nodes,
    edgesByKind: core.edges,
    evidencePerPosition: core.evidencePerPosition.map(({ id, text, evidence }) => ({ id, text, evidence })),
    unsourcedEvidence: core.unsourcedEvidence,
    cycles: findCycles(map),
  };
}
