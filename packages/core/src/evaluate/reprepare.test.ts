import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArgMap, EdgeKind } from '../model/types.ts';
import { createEvaluator } from './evaluate.ts';
import type { PreparedGraph } from './graph.ts';
import { prepareGraph, reprepareGraph } from './prepare.ts';
import { randomMap, toMap } from './testArbitraries.ts';
import { updateEvaluator } from './update.ts';

/** One edit, made on the map's tables the way the core's operations make them. */
type Edit =
  | ['score', number, number]
  | ['connect', number, EdgeKind, number]
  | ['disconnect', number]
  | ['repoint', number, number]
  | ['flip', number]
  | ['text', number];

const edit = (n: number): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.tuple(fc.constant('score' as const), fc.nat(n - 1), fc.double({ min: 0, max: 1, noNaN: true })),
    fc.tuple(
      fc.constant('connect' as const),
      fc.nat(n - 1),
      fc.constantFrom<EdgeKind>('supports', 'opposes'),
      fc.nat(n - 1),
    ),
    fc.tuple(fc.constant('disconnect' as const), fc.nat(40)),
    fc.tuple(fc.constant('repoint' as const), fc.nat(40), fc.nat(n - 1)),
    fc.tuple(fc.constant('flip' as const), fc.nat(40)),
    fc.tuple(fc.constant('text' as const), fc.nat(n - 1)),
  );

let fresh = 0;
function applyEdit(map: ArgMap, [kind, a, b, c]: Edit): ArgMap {
  const edgeIds = [...map.edges.keys()];
  const node = map.nodes.get(`n${a}`);
  switch (kind) {
    case 'score':
      return node ? { ...map, nodes: map.nodes.set(node.id, { ...node, baseScore: b as number }) } : map;
    case 'text':
      return node ? { ...map, nodes: map.nodes.set(node.id, { ...node, text: `${node.text}!` }) } : map;
    case 'connect': {
      const id = `new${++fresh}`;
      return {
        ...map,
        edges: map.edges.set(id, { id, kind: b as EdgeKind, source: `n${a}`, target: `n${c}` }),
      };
    }
    case 'disconnect': {
      const id = edgeIds[a % Math.max(1, edgeIds.length)];
      return id === undefined ? map : { ...map, edges: map.edges.delete(id) };
    }
    case 'flip': {
      const id = edgeIds[a % Math.max(1, edgeIds.length)];
      const edge = id === undefined ? undefined : map.edges.get(id);
      if (!edge) return map;
      return {
        ...map,
        edges: map.edges.set(edge.id, { ...edge, kind: edge.kind === 'supports' ? 'opposes' : 'supports' }),
      };
    }
    case 'repoint': {
      const id = edgeIds[a % Math.max(1, edgeIds.length)];
      const edge = id === undefined ? undefined : map.edges.get(id);
      return edge ? { ...map, edges: map.edges.set(edge.id, { ...edge, target: `n${b}` }) } : map;
    }
  }
}

/** The parts of a prepared graph a semantics reads, as plain values. */
function shape(graph: PreparedGraph) {
  return {
    ids: [...graph.ids],
    base: [...graph.base],
    isEvidence: [...graph.isEvidence],
    edgeIds: [...graph.edgeIds],
    edgeSource: [...graph.edgeSource],
    edgeTarget: [...graph.edgeTarget],
    edgeSign: [...graph.edgeSign],
    inStart: [...graph.inStart],
    inSource: [...graph.inSource],
    diagnostics: graph.diagnostics,
  };
}

const scenario = randomMap(7).chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    edits: fc.array(edit(spec.scores.length), { minLength: 1, maxLength: 6 }),
  }),
);

describe('reprepareGraph', () => {
  it('makes exactly the graph a full read makes, from the previous graph and the edited entries', () => {
    fc.assert(
      fc.property(scenario, ({ spec, edits }) => {
        let map = toMap(spec);
        let graph = prepareGraph(map);
        for (const change of edits) {
          const edited = applyEdit(map, change);
          const full = prepareGraph(edited);
          const reprepared = reprepareGraph(graph, map, edited);
          // Small maps: one edit can be more than an eighth of the map, and then it reads in full.
          if (reprepared) expect(shape(reprepared.graph)).toEqual(shape(full));
          map = edited;
          graph = reprepared?.graph ?? full;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('re-reads nothing for one edit on a bigger map, and its update matches a full evaluation', () => {
    fc.assert(
      fc.property(fc.array(edit(60), { minLength: 1, maxLength: 4 }), fc.nat(), (edits, seed) => {
        // A chain of 60 claims: every edit below is well under an eighth of it.
        const scores = Array.from({ length: 60 }, (_, i) => ((i * 37 + seed) % 100) / 100);
        const chain = scores
          .slice(1)
          .map((_, i): [number, EdgeKind, number] => [i + 1, i % 3 ? 'supports' : 'opposes', i]);
        let map = toMap({ scores, edges: chain, undercuts: [] });
        const first = createEvaluator(map);
        if (!first.ok) throw new Error('expected ok');
        let evaluator = first.value;
        for (const change of edits) {
          map = applyEdit(map, change);
          const update = updateEvaluator(evaluator, map);
          if (!update.ok) throw new Error('expected ok');
          expect(update.value.reread).toBe(false);
          evaluator = update.value.evaluator;
          const full = createEvaluator(map);
          if (!full.ok) throw new Error('expected ok');
          full.value.evaluation.nodes.forEach((node, id) => {
            expect(evaluator.evaluation.nodes.get(id)?.strength).toBeCloseTo(node.strength ?? Number.NaN, 9);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads the map in full when the edit needs a warning or the tables are unrelated', () => {
    const map = toMap({ scores: [0.5, 0.5, 0.5], edges: [[1, 'supports', 0]], undercuts: [] });
    const graph = prepareGraph(map);
    const dangling = {
      ...map,
      edges: map.edges.set('d', { id: 'd', kind: 'opposes', source: 'n2', target: 'gone' }),
    };
    expect(reprepareGraph(graph, map, dangling)).toBeUndefined();
    const node = map.nodes.get('n1');
    if (!node) throw new Error('expected n1');
    const outOfRange = { ...map, nodes: map.nodes.set('n1', { ...node, baseScore: 2 }) };
    expect(reprepareGraph(graph, map, outOfRange)).toBeUndefined();
    expect(
      reprepareGraph(graph, map, toMap({ scores: [0.5, 0.5, 0.5], edges: [], undercuts: [] })),
    ).toBeUndefined();
  });
});
