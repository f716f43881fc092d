/**
 * Small maps for the evaluation tests and docs, written as `{ id: baseScore }` and
 * `[source, kind, target]` triples instead of full nodes and edges.
 *
 * @module
 */
import { fromDocument } from '../model/document.ts';
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
  return fromDocument({ format: 'argmap', version: 2, meta: { title: 'test' }, nodes, edges: edgeRecord });
}

/** The city-centre car ban example of `docs/evaluation.md`; its tests keep the doc's numbers honest. */
export function carBanExample() {
  return miniMap({ p: 0.5, c1: 0.5, c2: 0.5, c3: 0.5, e1: 0.8, e2: 0.4, e3: 0.7, u: 0.6 }, [
    ['c1', 'supports', 'p'],
    ['e1', 'supports', 'c1'],
    ['c2', 'opposes', 'p'],
    ['e2', 'supports', 'c2', 'e2c2'],
    ['e3', 'opposes', 'c2'],
    ['c3', 'opposes', 'c1'],
    ['c1', 'opposes', 'c3'],
    ['u', 'undercuts', 'e2c2'],
  ]);
}
