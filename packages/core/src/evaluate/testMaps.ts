/**
 * Small maps for the evaluation tests and docs, written as `{ id: baseScore }` and
 * `[source, kind, target]` triples instead of full nodes and edges.
 *
 * @module
 */
import type { ArgEdge, ArgMap, ArgNode, EdgeKind } from '../model/types.ts';

/** An edge as `[source, kind, target]`, with an optional id (default `source>target`). */
export type EdgeSpec = readonly [source: string, kind: EdgeKind, target: string, id?: string];

/** A map with the given base scores and edges; nodes whose id starts with `e` are evidence. */
export function miniMap(scores: Readonly<Record<string, number>>, edges: readonly EdgeSpec[]): ArgMap {
  const nodes: Record<string, ArgNode> = {};
  for (const [id, baseScore] of Object.entries(scores)) {
    const evidence = id.startsWith('e');
    nodes[id] = {
      id,
      kind: evidence ? 'evidence' : 'claim',
      text: id,
      baseScore,
      ...(evidence ? { evidence: { quote: id, kind: 'other' as const, source: {} } } : {}),
    };
  }
  const edgeRecord: Record<string, ArgEdge> = {};
  for (const [source, kind, target, id] of edges) {
    const edgeId = id ?? `${source}>${target}`;
    edgeRecord[edgeId] = { id: edgeId, kind, source, target };
  }
  return { format: 'argmap', version: 1, meta: { title: 'test' }, nodes, edges: edgeRecord };
}
