/**
 * Re-evaluation after an edit. When the node set is unchanged and the semantics is gradual, only
 * the nodes downstream of what the edit touched are recomputed: the targets of added, removed or
 * re-pointed edges and the nodes whose base score changed. Anything else (nodes added or removed,
 * extension semantics) falls back to a full evaluation, which on editor-sized maps is fast anyway.
 *
 * @module
 */
import type { ArgMap } from '../model/types.ts';
import { ok, type Result } from '../result.ts';
import { type Evaluator, evaluatorFor } from './evaluate.ts';
import type { GradualSemantics } from './gradual/kernel.ts';
import { updateGradual } from './gradual/solve.ts';
import type { PreparedGraph } from './graph.ts';
import { NodeResults } from './nodeResults.ts';
import { prepareGraph, reprepareGraph } from './prepare.ts';

/** An evaluator for the edited map, and how many nodes' strengths were recomputed. */
export interface Update {
  evaluator: Evaluator;
  /** Nodes recomputed: the downstream part for a gradual update, every node otherwise. */
  touched: number;
  /** Whether only the downstream part was recomputed. */
  incremental: boolean;
  /**
   * Whether the whole map was read again. `false` when the graph was made from the previous one
   * and the entries the edit changed (see `reprepareGraph`): the usual case for an edit made with
   * the core's operations on a map without warnings or undercuts.
   */
  reread: boolean;
}

function sameNodes(a: PreparedGraph, b: PreparedGraph): boolean {
  if (a.ids === b.ids) return true;
  return a.ids.length === b.ids.length && a.ids.every((id, i) => b.ids[i] === id);
}

/**
 * The nodes (by index, the same in both graphs) whose inputs differ: changed base scores, the
 * targets of added, removed or re-pointed edges, and the nodes that added, removed or re-pointed
 * undercuts bear on (the target of the edge they undercut). Edges are matched by id.
 */
function changedNodes(old: PreparedGraph, graph: PreparedGraph): number[] {
  const changed = new Set<number>();
  for (let v = 0; v < graph.ids.length; v++) if (graph.base[v] !== old.base[v]) changed.add(v);
  const oldEdgeSeen = new Uint8Array(old.edgeIds.length);
  graph.edgeIds.forEach((id, e) => {
    const o = old.edgeIndex.get(id);
    if (o !== undefined) {
      oldEdgeSeen[o] = 1;
      const same =
        old.edgeSource[o] === graph.edgeSource[e] &&
        old.edgeTarget[o] === graph.edgeTarget[e] &&
        old.edgeSign[o] === graph.edgeSign[e];
      if (same) return;
      changed.add(old.edgeTarget[o]!);
    }
    changed.add(graph.edgeTarget[e]!);
  });
  oldEdgeSeen.forEach((seen, o) => {
    if (!seen) changed.add(old.edgeTarget[o]!);
  });
  const oldUndercuts = new Map(old.undercutIds.map((id, u) => [id, u]));
  const bearing = (g: PreparedGraph, u: number) => g.edgeTarget[g.undercutEdge[u]!]!;
  graph.undercutIds.forEach((id, u) => {
    const o = oldUndercuts.get(id);
    if (o !== undefined) {
      oldUndercuts.delete(id);
      const same =
        old.undercutSource[o] === graph.undercutSource[u] &&
        old.edgeIds[old.undercutEdge[o]!] === graph.edgeIds[graph.undercutEdge[u]!];
      if (same) return;
      changed.add(bearing(old, o));
    }
    changed.add(bearing(graph, u));
  });
  for (const o of oldUndercuts.values()) changed.add(bearing(old, o));
  return [...changed];
}

/**
 * Evaluates `map`, an edited version of `previous.map`, reusing `previous` strengths where the
 * edit cannot have changed them.
 */
export function updateEvaluator(previous: Evaluator, map: ArgMap): Result<Update> {
  const semantics = previous.options.semantics;
  // Extension semantics build their adjacency lazily, as createEvaluator has them do.
  const lazyAdjacency = !previous.strengths;
  const reprepared = reprepareGraph(previous.graph, previous.map, map, { lazyAdjacency });
  const graph = reprepared?.graph ?? prepareGraph(map, { lazyAdjacency });
  const reread = reprepared === undefined;
  if (!previous.strengths || !sameNodes(previous.graph, graph)) {
    const full = evaluatorFor(map, graph, previous.options);
    return full.ok
      ? ok({ evaluator: full.value, touched: graph.ids.length, incremental: false, reread })
      : full;
  }
  const changed = reprepared?.changed ?? changedNodes(previous.graph, graph);
  const run = updateGradual(
    graph,
    semantics as GradualSemantics,
    previous.strengths,
    changed,
    previous.options,
  );
  const { strengths } = run;
  const nodes = new NodeResults(graph, (i) => ({ strength: strengths[i]! }));
  const evaluator: Evaluator = {
    map,
    graph,
    options: previous.options,
    strengths: run.strengths,
    evaluation: {
      semantics,
      support: previous.options.support,
      nodes,
      convergence: run.convergence,
      diagnostics: [...graph.diagnostics],
    },
  };
  return ok({ evaluator, touched: run.touched, incremental: true, reread });
}
