/**
 * Small map builders for this package's tests and benchmarks (not exported from the package).
 *
 * @module
 */
import {
  type ArgEdge,
  type ArgMap,
  type ArgNode,
  createMap,
  DEFAULT_BASE_SCORE,
  type EdgeKind,
  type NodeKind,
} from '@argmap/core';

/** A node with defaults for everything but id, kind and text. */
export function node(id: string, kind: NodeKind, text = `Node ${id}`, extra: Partial<ArgNode> = {}): ArgNode {
  return { id, kind, text, baseScore: DEFAULT_BASE_SCORE, ...extra };
}

/** A map from nodes and `[id, kind, source, target]` edges. */
export function mapOf(nodes: ArgNode[], edges: [string, EdgeKind, string, string][]): ArgMap {
  const map = createMap({ title: 'Test map' }, new Date(0));
  for (const n of nodes) map.nodes = map.nodes.set(n.id, n);
  for (const [id, kind, source, target] of edges) {
    const edge: ArgEdge = { id, kind, source, target };
    map.edges = map.edges.set(id, edge);
  }
  return map;
}

/**
 * A debate-shaped map of about `count` nodes: one question, positions under it, claims under the
 * positions and evidence under the claims, with a cross-link every 7th node. Deterministic.
 */
export function debateOfSize(count: number): ArgMap {
  const nodes: ArgNode[] = [node('q', 'question', 'Should the policy change?')];
  const edges: [string, EdgeKind, string, string][] = [];
  const kinds: NodeKind[] = ['position', 'claim', 'evidence'];
  let seed = 7;
  const random = (): number => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = 1; i < count; i++) {
    const parentIndex = Math.floor(random() * Math.min(i, Math.max(1, i * 0.8)));
    const parent = nodes[parentIndex] as ArgNode;
    const level = Math.min(kinds.length - 1, Math.max(0, kinds.indexOf(parent.kind as NodeKind) + 1));
    const kind = parent.kind === 'question' ? 'position' : (kinds[level] as NodeKind);
    const words = 4 + Math.floor(random() * 30);
    const text = Array.from({ length: words }, (_, w) => `word${(i + w) % 13}`).join(' ');
    nodes.push(node(`n${i}`, kind, text));
    edges.push([`e${i}`, random() < 0.7 ? 'supports' : 'opposes', `n${i}`, parent.id]);
    if (i % 7 === 0 && i > 2)
      edges.push([`x${i}`, 'supports', `n${i}`, (nodes[Math.floor(i / 2)] as ArgNode).id]);
  }
  return mapOf(nodes, edges);
}
