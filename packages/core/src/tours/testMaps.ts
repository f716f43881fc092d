/**
 * Small maps for the tour tests (not exported from the package).
 *
 * @module
 */

import { createMap } from '../model/createMap.ts';
import type { ArgEdge, ArgMap, ArgNode, EdgeKind, NodeKind } from '../model/types.ts';

/** Builds a map from `[id, kind, baseScore]` nodes and `[source, kind, target]` edges. */
export function mapOf(
  nodes: [string, NodeKind, number?][],
  edges: [string, EdgeKind, string][] = [],
): ArgMap {
  const map = createMap({ title: 'Test map' }, new Date('2025-01-01T00:00:00Z'));
  for (const [id, kind, baseScore] of nodes) {
    const node: ArgNode = { id, kind, text: `Text of ${id}`, baseScore: baseScore ?? 0.5 };
    if (kind === 'evidence') {
      node.evidence = { quote: `Quote ${id}`, kind: 'report', source: { speaker: 'Someone' } };
    }
    map.nodes = map.nodes.set(id, node);
  }
  for (const [source, kind, target] of edges) {
    const id = `${source}>${target}`;
    const edge: ArgEdge = { id, kind, source, target };
    map.edges = map.edges.set(id, edge);
  }
  return map;
}

/**
 * A classroom-sized debate: one question, two positions; p1 has three supports of different
 * strengths, an objection and an undercut; evidence sits under the claims.
 */
export function debate(): ArgMap {
  return mapOf(
    [
      ['q', 'question'],
      ['p1', 'position'],
      ['p2', 'position'],
      ['c-weak', 'claim', 0.2],
      ['c-strong', 'claim', 0.9],
      ['c-mid', 'claim', 0.6],
      ['c-against', 'claim', 0.7],
      ['c-under', 'claim', 0.4],
      ['ev1', 'evidence', 0.8],
      ['ev2', 'evidence', 0.5],
      ['ev3', 'evidence', 0.5],
    ],
    [
      ['p1', 'supports', 'q'],
      ['p2', 'opposes', 'q'],
      ['c-weak', 'supports', 'p1'],
      ['c-strong', 'supports', 'p1'],
      ['c-mid', 'supports', 'p1'],
      ['c-against', 'opposes', 'p1'],
      ['c-under', 'undercuts', 'c-mid>p1'],
      ['ev1', 'supports', 'c-strong'],
      ['ev2', 'opposes', 'c-against'],
      ['ev3', 'supports', 'p2'],
    ],
  );
}
