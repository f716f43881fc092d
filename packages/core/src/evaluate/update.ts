/**
 * Re-evaluation after an edit. When the node set is unchanged and the semantics is gradual, only
 * the nodes downstream of what the edit touched are recomputed: the targets of added, removed or
 * re-pointed edges and the nodes whose base score changed. Anything else (nodes added or removed,
 * extension semantics) falls back to a full evaluation, which on editor-sized maps is fast anyway.
 *
 * @module
 */
import type { ArgEdge, ArgMap } from '../model/types.ts';
import { ok, type Result } from '../result.ts';
import { type Evaluator, evaluatorFor } from './evaluate.ts';
import type { GradualSemantics } from './gradual/kernel.ts';
import { updateGradual } from './gradual/solve.ts';
import type { PreparedGraph } from './graph.ts';
import { prepareGraph } from './prepare.ts';

/** An evaluator for the edited map, and how many nodes' strengths were recomputed. */
export interface Update {
  evaluator: Evaluator;
  /** Nodes recomputed: the downstream part for a gradual update, every node otherwise. */
  touched: number;
  /** Whether only the downstream part was recomputed. */
  incremental: boolean;
}

/** The node an edge bears on: its target, or for an undercut the target of the edge it undercuts. */
function bearsOn(map: ArgMap, edge: ArgEdge): string | undefined {
  if (edge.kind !== 'undercuts') return edge.target;
  return Object.hasOwn(map.edges, edge.target) ? map.edges[edge.target]?.target : undefined;
}

function sameNodes(a: PreparedGraph, b: PreparedGraph): boolean {
  return a.ids.length === b.ids.length && a.ids.every((id, i) => b.ids[i] === id);
}

/** The nodes (by index in `graph`) whose inputs differ between the two maps. */
function changedNodes(before: ArgMap, after: ArgMap, old: PreparedGraph, graph: PreparedGraph): number[] {
  const changed = new Set<number>();
  for (let v = 0; v < graph.ids.length; v++) if (graph.base[v] !== old.base[v]) changed.add(v);
  const mark = (map: ArgMap, edge: ArgEdge | undefined) => {
    const id = edge && bearsOn(map, edge);
    const v = id === undefined ? undefined : graph.index.get(id);
    if (v !== undefined) changed.add(v);
  };
  for (const [id, edge] of Object.entries(after.edges)) {
    const previous = Object.hasOwn(before.edges, id) ? before.edges[id] : undefined;
    if (previous === edge) continue;
    if (
      !previous ||
      previous.kind !== edge.kind ||
      previous.source !== edge.source ||
      previous.target !== edge.target
    ) {
      mark(before, previous);
      mark(after, edge);
    }
  }
  for (const [id, edge] of Object.entries(before.edges))
    if (!Object.hasOwn(after.edges, id)) mark(before, edge);
  return [...changed];
}

/**
 * Evaluates `map`, an edited version of `previous.map`, reusing `previous` strengths where the
 * edit cannot have changed them.
 */
export function updateEvaluator(previous: Evaluator, map: ArgMap): Result<Update> {
  const graph = prepareGraph(map);
  const semantics = previous.options.semantics;
  if (!previous.strengths || !sameNodes(previous.graph, graph)) {
    const full = evaluatorFor(map, graph, previous.options);
    return full.ok ? ok({ evaluator: full.value, touched: graph.ids.length, incremental: false }) : full;
  }
  const changed = changedNodes(previous.map, map, previous.graph, graph);
  const run = updateGradual(
    graph,
    semantics as GradualSemantics,
    previous.strengths,
    changed,
    previous.options,
  );
  const nodes = Object.fromEntries(graph.ids.map((id, i) => [id, { strength: run.strengths[i]! }]));
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
  return ok({ evaluator, touched: run.touched, incremental: true });
}
