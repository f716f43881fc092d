/**
 * The gradual solver: evaluates nodes component by component in topological order of the
 * influence graph. A component without a cycle is one node computed once, exactly; a cyclic
 * component is iterated to a fixed point with adaptive damping and reports whether it converged.
 *
 * @module
 */
import type { PreparedGraph } from '../graph.ts';
import { type Components, stronglyConnectedComponents } from '../scc.ts';
import { dfquad } from './dfquad.ts';
import { euler } from './euler.ts';
import type { Combine, GradualSemantics } from './kernel.ts';
import { quad } from './quad.ts';
import { quadraticEnergy } from './quadraticEnergy.ts';

/** The combination function of each gradual semantics. */
export const COMBINE: Readonly<Record<GradualSemantics, Combine>> = {
  dfquad,
  quad,
  euler,
  'quadratic-energy': quadraticEnergy,
};

/** Settings for cyclic maps. Acyclic maps are exact in one pass and ignore them. */
export interface GradualOptions {
  /** Stop when no strength changes by more than this in one round. Default `1e-9`. */
  tolerance?: number;
  /** Give up (and report `converged: false`) after this many rounds per cyclic component. Default 1000. */
  maxIterations?: number;
}

/** How the iteration on cyclic parts of the map ended. Acyclic maps always report `converged: true, iterations: 0`. */
export interface Convergence {
  /** Whether every cyclic component reached a fixed point within the tolerance. */
  converged: boolean;
  /** The most rounds any cyclic component needed (or the cap, if one did not converge). */
  iterations: number;
  /** The largest change in the last round of any component: how far from a fixed point the result may be. */
  lastChange: number;
}

/** Strengths by node index, with how they were reached. */
export interface GradualRun {
  strengths: Float64Array;
  convergence: Convergence;
  /** How many nodes were (re)computed: all of them for a full run, the downstream ones for an update. */
  touched: number;
}

/** What-if variations: other base scores, or nodes taken out of the map. */
export interface Variation {
  /** Base scores to use instead of the graph's. */
  base?: Float64Array;
  /** Nodes (by index) treated as removed: their edges and undercuts count for nothing. */
  removed?: Uint8Array;
}

const componentCache = new WeakMap<PreparedGraph, Components>();

/**
 * Topological order by Kahn's algorithm, as singleton components, or `undefined` if the graph has a
 * cycle. Cheaper than Tarjan (sequential reads, no stacks), and most maps are acyclic.
 */
function topologicalComponents(graph: PreparedGraph): Components | undefined {
  const n = graph.ids.length;
  const { succStart, succ } = graph;
  const pending = new Int32Array(n);
  for (let i = 0; i < succ.length; i++) pending[succ[i]!]!++;
  const nodes = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (pending[v] === 0) nodes[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = nodes[head]!;
    for (let i = succStart[v]!; i < succStart[v + 1]!; i++) {
      const w = succ[i]!;
      if (--pending[w]! === 0) nodes[tail++] = w;
    }
  }
  if (tail < n) return undefined;
  const component = new Int32Array(n);
  for (let c = 0; c < n; c++) component[nodes[c]!] = c;
  const start = Int32Array.from({ length: n + 1 }, (_, c) => c);
  return { component, start, nodes, cyclic: new Uint8Array(n), count: n };
}

/** The strongly connected components of the graph's influence relation (cached per graph). */
export function influenceComponents(graph: PreparedGraph): Components {
  let components = componentCache.get(graph);
  if (!components) {
    components =
      topologicalComponents(graph) ??
      stronglyConnectedComponents(graph.ids.length, graph.succStart, graph.succ);
    componentCache.set(graph, components);
  }
  return components;
}

/**
 * One node's strength from the current strengths `s` of the others. `skipEdge` / `skipUndercut`
 * leave one incoming edge or undercut out, which is how explanations measure its contribution.
 *
 * An undercut weakens the edge it targets: the edge carries its source's strength multiplied by
 * `(1 − strength of the undercutter)`, once per undercutter.
 */
export function localStrength(
  graph: PreparedGraph,
  combine: Combine,
  base: Float64Array,
  s: Float64Array,
  v: number,
  removed?: Uint8Array,
  skipEdge = -1,
  skipUndercut = -1,
): number {
  const { inStart, inEdges, inSource, inSign, edgeUndercutStart, edgeUndercuts, undercutSource } = graph;
  const undercuts = edgeUndercuts.length > 0;
  let attProd = 1;
  let attSum = 0;
  let attCount = 0;
  let supProd = 1;
  let supSum = 0;
  let supCount = 0;
  const end = inStart[v + 1]!;
  // Exactly the base score, not a formula's rounding of it (Euler's 1 − (1 − w²)/(1 + w) ≠ w in floats).
  if (inStart[v] === end) return base[v]!;
  for (let i = inStart[v]!; i < end; i++) {
    if (skipEdge >= 0 && inEdges[i] === skipEdge) continue;
    const source = inSource[i]!;
    if (removed?.[source]) continue;
    let value = s[source]!;
    if (undercuts) {
      const e = inEdges[i]!;
      const ucEnd = edgeUndercutStart[e + 1]!;
      for (let j = edgeUndercutStart[e]!; j < ucEnd; j++) {
        const u = edgeUndercuts[j]!;
        const undercutter = undercutSource[u]!;
        if (u === skipUndercut || removed?.[undercutter]) continue;
        value *= 1 - s[undercutter]!;
      }
    }
    if (inSign[i]! > 0) {
      supProd *= 1 - value;
      supSum += value;
      supCount++;
    } else {
      attProd *= 1 - value;
      attSum += value;
      attCount++;
    }
  }
  const strength = combine(base[v]!, attProd, attSum, attCount, supProd, supSum, supCount);
  // Rounding can step a hair outside [0, 1]; users and property tests should never see that.
  return Math.max(0, Math.min(1, strength));
}

function solveComponents(
  graph: PreparedGraph,
  semantics: GradualSemantics,
  s: Float64Array,
  order: Iterable<number>,
  options: GradualOptions,
  variation: Variation,
): Convergence {
  const combine = COMBINE[semantics];
  const base = variation.base ?? graph.base;
  const removed = variation.removed;
  const tolerance = options.tolerance ?? 1e-9;
  const maxIterations = options.maxIterations ?? 1000;
  const { start, nodes, cyclic } = influenceComponents(graph);
  let scratch: Float64Array | undefined;
  const result: Convergence = { converged: true, iterations: 0, lastChange: 0 };
  for (const c of order) {
    const from = start[c]!;
    const to = start[c + 1]!;
    if (!cyclic[c]) {
      const v = nodes[from]!;
      s[v] = localStrength(graph, combine, base, s, v, removed);
      continue;
    }
    scratch ??= new Float64Array(s.length);
    // The component's nodes in index order: a round then reads the in-edge lists, base scores
    // and strengths front to back instead of jumping around them in Tarjan's order (on a
    // 100k-node component, about two thirds of each round's time). A Jacobi round computes every
    // node from the previous round's strengths, so the order does not change the result.
    const members = nodes.slice(from, to).sort();
    // Start cycles from the base scores, so the result does not depend on an earlier run.
    for (const v of members) s[v] = base[v]!;
    // Damped (Jacobi) iteration s ← s + step·(f(s) − s): its fixed points are the semantics'
    // fixed points. When a round fails to shrink the residual (e.g. two attackers with base 1
    // flipping between 0 and 1), the step is halved, which turns the flip into convergence.
    let step = 1;
    let previous = Number.POSITIVE_INFINITY;
    let residual = 0;
    let rounds = 0;
    while (rounds < maxIterations) {
      rounds++;
      residual = 0;
      for (const v of members) {
        const next = localStrength(graph, combine, base, s, v, removed);
        scratch[v] = next;
        const change = Math.abs(next - s[v]!);
        if (change > residual) residual = change;
      }
      if (residual <= tolerance) {
        for (const v of members) s[v] = scratch[v]!;
        break;
      }
      if (residual >= previous && step > 1 / 64) step /= 2;
      previous = residual;
      for (const v of members) s[v] = s[v]! + step * (scratch[v]! - s[v]!);
    }
    if (residual > tolerance) result.converged = false;
    if (rounds > result.iterations) result.iterations = rounds;
    if (residual > result.lastChange) result.lastChange = residual;
  }
  return result;
}

function* range(count: number): Generator<number> {
  for (let c = 0; c < count; c++) yield c;
}

/** Strength of every node under a gradual semantics. */
export function solveGradual(
  graph: PreparedGraph,
  semantics: GradualSemantics,
  options: GradualOptions = {},
  variation: Variation = {},
): GradualRun {
  const strengths = new Float64Array(graph.ids.length);
  const { count } = influenceComponents(graph);
  const convergence = solveComponents(graph, semantics, strengths, range(count), options, variation);
  return { strengths, convergence, touched: graph.ids.length };
}

/** Node indices reachable from `from` (inclusive) along influence edges. */
export function downstream(graph: PreparedGraph, from: readonly number[]): number[] {
  const seen = new Uint8Array(graph.ids.length);
  const queue: number[] = [];
  for (const v of from) {
    if (v >= 0 && v < seen.length && !seen[v]) {
      seen[v] = 1;
      queue.push(v);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]!; i++) {
      const w = graph.succ[i]!;
      if (!seen[w]) {
        seen[w] = 1;
        queue.push(w);
      }
    }
  }
  return queue;
}

/**
 * Re-evaluates only what `changed` nodes influence, starting from `previous` strengths of the same
 * graph (or of a graph with the same nodes in the same order, after an edge edit). For an edge
 * edit, pass the edge's target; for a base-score edit, the node itself. Cost is proportional to
 * the downstream part of the map, which `touched` reports.
 */
export function updateGradual(
  graph: PreparedGraph,
  semantics: GradualSemantics,
  previous: Float64Array,
  changed: readonly number[],
  options: GradualOptions = {},
  variation: Variation = {},
): GradualRun {
  const strengths = Float64Array.from(previous);
  const affected = downstream(graph, changed);
  const { component } = influenceComponents(graph);
  const order = [...new Set(affected.map((v) => component[v]!))].sort((a, b) => a - b);
  const convergence = solveComponents(graph, semantics, strengths, order, options, variation);
  return { strengths, convergence, touched: affected.length };
}
