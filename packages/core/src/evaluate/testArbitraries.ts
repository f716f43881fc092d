/**
 * fast-check generators of small random maps, shared by the evaluation property tests.
 *
 * @module
 */
import fc from 'fast-check';
import type { ArgMap, EdgeKind } from '../model/types.ts';
import { type EdgeSpec, miniMap } from './testMaps.ts';

/** A random map description: base scores and edges between node indices. */
export interface RandomMap {
  scores: number[];
  edges: [number, EdgeKind, number][];
  /** Undercuts as `[undercutter, index into edges]`. */
  undercuts: [number, number][];
}

const score = fc.double({ min: 0, max: 1, noNaN: true });

/** Random maps with up to `maxNodes` nodes; `acyclic` keeps every edge pointing to a lower index. */
export function randomMap(maxNodes: number, options: { acyclic?: boolean; undercuts?: boolean } = {}) {
  return fc.integer({ min: 1, max: maxNodes }).chain((n) =>
    fc.record({
      scores: fc.array(score, { minLength: n, maxLength: n }),
      edges: fc
        .array(fc.tuple(fc.nat(n - 1), fc.constantFrom<EdgeKind>('supports', 'opposes'), fc.nat(n - 1)), {
          maxLength: n * 2,
        })
        .map((edges) => (options.acyclic ? edges.filter(([s, , t]) => s > t) : edges)),
      undercuts: options.undercuts
        ? fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n * 2)), { maxLength: 2 })
        : fc.constant<[number, number][]>([]),
    }),
  );
}

/** Turns a {@link RandomMap} into an {@link ArgMap}; `order` permutes how nodes and edges are listed. */
export function toMap(spec: RandomMap, order?: { nodes: number[]; edges: number[] }): ArgMap {
  const nodeOrder = order?.nodes ?? spec.scores.map((_, i) => i);
  const scores = Object.fromEntries(nodeOrder.map((i) => [`n${i}`, spec.scores[i]!]));
  const edges: EdgeSpec[] = spec.edges.map(([s, kind, t], i) => [`n${s}`, kind, `n${t}`, `r${i}`]);
  const edgeOrder = order?.edges ?? edges.map((_, i) => i);
  const ordered = edgeOrder.map((i) => edges[i]!);
  spec.undercuts.forEach(([u, e], i) => {
    if (e < spec.edges.length && !spec.undercuts.slice(0, i).some(([, f]) => f === e)) {
      ordered.push([`n${u}`, 'undercuts', `r${e}`, `u${i}`]);
    }
  });
  return miniMap(scores, ordered);
}
