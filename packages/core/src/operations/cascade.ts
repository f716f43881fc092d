/**
 * What else goes when nodes and edges are removed, so that no removal leaves a map invalid:
 * edges touching a removed node, undercuts of removed edges, arguments left without premises,
 * and the `partOf` of steps that no longer lead into their chain. An undercut of a removed
 * premise's edge is not lost while its argument keeps other premises: it attacks the argument's
 * inference, so it moves to a remaining edge of the argument.
 *
 * @module
 */

import { argumentEdges, brokenSteps } from '../model/arguments.ts';
import { edgesAt } from '../model/edgeIndex.ts';
import type { ArgMap } from '../model/types.ts';

/** Everything a removal takes with it. */
export interface Removal {
  nodes: Set<string>;
  edges: Set<string>;
  /** Arguments that lost their last premise. */
  arguments: Set<string>;
  /** Undercut id → the edge of the same argument it now targets. */
  retarget: Map<string, string>;
  /** Steps whose `partOf` no longer holds and is cleared. */
  detach: Set<string>;
}

/**
 * The full removal when `nodes` and `edges` go (plus `args`, arguments removed as a whole).
 * O(degree) through the edge index; the step check runs only when an argument edge goes.
 */
export function cascade(
  map: ArgMap,
  nodes: ReadonlySet<string>,
  edges: Iterable<string>,
  args: Iterable<string> = [],
): Removal {
  const gone = new Set(edges);
  const goneArgs = new Set(args);
  for (const id of goneArgs) for (const edge of argumentEdges(map, id)) gone.add(edge.id);
  for (const id of nodes) {
    for (const edge of edgesAt(map.edges, id)) {
      if (edge.source === id || (edge.kind !== 'undercuts' && edge.target === id)) gone.add(edge.id);
    }
  }
  // Where a removed edge belonged to an argument that keeps a premise, its undercuts move there.
  const heirs = new Map<string, string>();
  for (const id of gone) {
    const argument = map.edges.get(id)?.argument;
    if (argument === undefined || goneArgs.has(argument)) continue;
    const heir = argumentEdges(map, argument).find((edge) => !gone.has(edge.id));
    if (heir === undefined) goneArgs.add(argument);
    else heirs.set(id, heir.id);
  }
  const retarget = new Map<string, string>();
  // An undercut only ever targets a supports/opposes edge, so one more step reaches every orphan.
  for (const id of [...gone]) {
    for (const edge of edgesAt(map.edges, id)) {
      if (edge.kind !== 'undercuts' || edge.target !== id || gone.has(edge.id)) continue;
      const heir = heirs.get(id);
      if (heir === undefined || undercutFrom(map, edge.source, heir, gone, retarget)) gone.add(edge.id);
      else retarget.set(edge.id, heir);
    }
  }
  const removal = {
    nodes: new Set(nodes),
    edges: gone,
    arguments: goneArgs,
    retarget,
    detach: new Set<string>(),
  };
  if (heirs.size > 0 || goneArgs.size > 0) removal.detach = stepsToDetach(map, removal);
  return removal;
}

/** Whether `source` already undercuts `target` through an edge that stays (moved there or not). */
function undercutFrom(
  map: ArgMap,
  source: string,
  target: string,
  gone: ReadonlySet<string>,
  retarget: ReadonlyMap<string, string>,
): boolean {
  const stays = (id: string) => !gone.has(id);
  for (const edge of edgesAt(map.edges, target)) {
    if (edge.kind === 'undercuts' && edge.target === target && edge.source === source && stays(edge.id)) {
      if (!retarget.has(edge.id)) return true;
    }
  }
  for (const [id, heir] of retarget) if (heir === target && map.edges.get(id)?.source === source) return true;
  return false;
}

/** Steps whose chain the removal breaks, found on the map as it will be (repeated to a fixed point). */
function stepsToDetach(map: ArgMap, removal: Removal): Set<string> {
  const detach = new Set<string>();
  if (map.arguments === undefined) return detach;
  const edges = map.edges.batch((writer) => {
    for (const id of removal.edges) writer.delete(id);
  });
  let args = map.arguments.batch((writer) => {
    for (const id of removal.arguments) writer.delete(id);
  });
  for (let round = 0; round <= map.arguments.size; round++) {
    const broken = brokenSteps({ ...map, edges, arguments: args });
    if (broken.length === 0) break;
    args = args.batch((writer) => {
      for (const problem of broken) {
        const id = String(problem.path?.[1]);
        const argument = args.get(id);
        if (argument === undefined) continue;
        detach.add(id);
        const { partOf: _dropped, ...rest } = argument;
        writer.set(id, rest);
      }
    });
  }
  return detach;
}
