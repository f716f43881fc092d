/**
 * Test helper: fast-check generators of valid maps for round-trip properties, and a projection
 * of a map onto what every format must keep (nodes, kinds, texts, relations, sources).
 */
import {
  type ArgEdge,
  type ArgMap,
  type ArgNode,
  createMap,
  EVIDENCE_KINDS,
  NODE_KINDS,
  type NodeKind,
} from '@argmap/core';
import fc from 'fast-check';

/** Printable text without leading/trailing or repeated whitespace (formats normalise those). */
export const textArb = fc
  .string({
    minLength: 1,
    maxLength: 40,
    unit: fc.constantFrom(...'abcxyz ABC019.,;:!?\'"-+*_#()[]{}<>@/\\&%é中'.split('')),
  })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0);

const sourceArb = fc.record(
  {
    speaker: textArb,
    role: textArb,
    title: textArb,
    outlet: textArb,
    date: fc.constantFrom('2025-02-12', 'early 2025'),
    url: fc.constantFrom('https://example.org/a?b=1', 'http://news.example.com/x'),
  },
  { requiredKeys: [] },
);

/** A valid map with up to `maxNodes` nodes and edges that obey the core's rules. */
export function mapArb(maxNodes = 8, kinds: readonly NodeKind[] = NODE_KINDS): fc.Arbitrary<ArgMap> {
  return fc
    .record({
      title: textArb,
      nodes: fc.array(
        fc.record({
          kind: fc.constantFrom(...kinds),
          text: textArb,
          tags: fc.array(fc.constantFrom('pro', 'con', 'key point'), { maxLength: 2 }),
          source: sourceArb,
          evidenceKind: fc.constantFrom(...EVIDENCE_KINDS),
        }),
        { minLength: 1, maxLength: maxNodes },
      ),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: maxNodes * 2 }),
      undercuts: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    })
    .map(({ title, nodes, pairs, undercuts }) => {
      const map = createMap({ title }, new Date('2026-01-01T00:00:00Z'));
      nodes.forEach((spec, index) => {
        const node: ArgNode = { id: `n${index + 1}`, kind: spec.kind, text: spec.text, baseScore: 0.5 };
        const tags = [...new Set(spec.tags)];
        if (tags.length > 0) node.tags = tags;
        if (spec.kind === 'evidence')
          node.evidence = { quote: spec.text, kind: spec.evidenceKind, source: spec.source };
        map.nodes = map.nodes.set(node.id, node);
      });
      const seen = new Set<string>();
      let edgeCount = 0;
      const inferences: ArgEdge[] = [];
      for (const [a, b, supports] of pairs) {
        const source = `n${(a % nodes.length) + 1}`;
        const target = `n${(b % nodes.length) + 1}`;
        if (source === target || seen.has(`${source}>${target}`)) continue;
        seen.add(`${source}>${target}`);
        const edge: ArgEdge = {
          id: `e${++edgeCount}`,
          kind: supports ? 'supports' : 'opposes',
          source,
          target,
        };
        map.edges = map.edges.set(edge.id, edge);
        inferences.push(edge);
      }
      for (const [a, b] of undercuts) {
        const attacked = inferences[b % Math.max(1, inferences.length)];
        const source = `n${(a % nodes.length) + 1}`;
        if (!attacked || source === attacked.source || seen.has(`${source}>${attacked.id}`)) continue;
        seen.add(`${source}>${attacked.id}`);
        const edge: ArgEdge = { id: `e${++edgeCount}`, kind: 'undercuts', source, target: attacked.id };
        map.edges = map.edges.set(edge.id, edge);
      }
      return map;
    });
}

/**
 * What a round trip must keep: each node's kind, text, tags and source, and each relation as
 * `source kind target` (an undercut's target written as the edge it attacks), independent of edge ids.
 */
export function essence(map: ArgMap, options: { tags?: boolean; sources?: boolean } = {}): unknown {
  const edgeName = (id: string): string => {
    const edge = map.edges.get(id);
    return edge ? `(${edge.source} ${edge.kind} ${edge.target})` : id;
  };
  return {
    nodes: map.nodes
      .toArray()
      .map((n) => ({
        id: n.id,
        kind: n.kind,
        text: n.text,
        ...(options.tags === false ? {} : { tags: n.tags ?? [] }),
        ...(options.sources === false ? {} : { source: n.evidence?.source, evidenceKind: n.evidence?.kind }),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    edges: map.edges
      .toArray()
      .map((e) => `${e.source} ${e.kind} ${e.kind === 'undercuts' ? edgeName(e.target) : e.target}`)
      .sort(),
  };
}
