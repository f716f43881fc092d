/**
 * Questions about linked arguments: an argument with its premises and conclusion, the arguments
 * for or built on a node, the steps of a multi-step argument, and what undercuts an argument.
 *
 * @module
 */

import { argumentEdges } from '../model/arguments.ts';
import { edgesAt } from '../model/edgeIndex.ts';
import type { ArgEdge, ArgMap, LinkedArgument } from '../model/types.ts';
import type { Relation } from './relations.ts';

/** A linked argument with what its edges say: its premises, conclusion and kind. */
export interface ArgumentView {
  argument: LinkedArgument;
  /** Whether the premises together support or oppose the conclusion. */
  kind: 'supports' | 'opposes';
  /** The node the premises bear on. */
  conclusion: string;
  /** The premise node ids, in order. */
  premises: string[];
  /** The edges from each premise to the conclusion, in the same order. */
  edges: ArgEdge[];
}

/** Argument `id` with its premises and conclusion, or `undefined`. O(premises · log n). */
export function linkedArgument(map: ArgMap, id: string): ArgumentView | undefined {
  const argument = map.arguments?.get(id);
  if (argument === undefined) return undefined;
  const edges = argumentEdges(map, id);
  const first = edges[0];
  if (first === undefined || first.kind === 'undercuts') return undefined;
  return {
    argument,
    kind: first.kind,
    conclusion: first.target,
    premises: edges.map((e) => e.source),
    edges,
  };
}

/** The argument edge `edgeId` belongs to, if any. */
export function argumentOf(map: ArgMap, edgeId: string): ArgumentView | undefined {
  const argument = map.edges.get(edgeId)?.argument;
  return argument === undefined ? undefined : linkedArgument(map, argument);
}

function viewsOf(map: ArgMap, edges: ArgEdge[]): ArgumentView[] {
  const seen = new Set<string>();
  const views: ArgumentView[] = [];
  for (const edge of edges) {
    if (edge.argument === undefined || seen.has(edge.argument)) continue;
    seen.add(edge.argument);
    const view = linkedArgument(map, edge.argument);
    if (view) views.push(view);
  }
  return views;
}

/** The linked arguments whose conclusion is node `id`. O(degree). */
export function argumentsFor(map: ArgMap, id: string): ArgumentView[] {
  return viewsOf(
    map,
    edgesAt(map.edges, id).filter((edge) => edge.target === id && edge.kind !== 'undercuts'),
  );
}

/** The linked arguments that have node `id` among their premises. O(degree). */
export function argumentsWithPremise(map: ArgMap, id: string): ArgumentView[] {
  return viewsOf(
    map,
    edgesAt(map.edges, id).filter((edge) => edge.source === id),
  );
}

/**
 * The steps of the multi-step argument whose last step is `id`, in reading order: each step
 * before the step its conclusion feeds, ending with `id` itself. Just `[id]`'s view for a
 * one-step argument; empty for an unknown id. O(arguments) to find the steps.
 */
export function argumentSteps(map: ArgMap, id: string): ArgumentView[] {
  const last = linkedArgument(map, id);
  if (last === undefined) return [];
  const steps: ArgumentView[] = [];
  for (const argument of map.arguments?.values() ?? []) {
    if (argument.partOf !== id) continue;
    const view = linkedArgument(map, argument.id);
    if (view) steps.push(view);
  }
  // Depth-first from the last step through premises that are conclusions of earlier steps.
  const byConclusion = new Map<string, ArgumentView[]>();
  for (const step of steps)
    byConclusion.set(step.conclusion, [...(byConclusion.get(step.conclusion) ?? []), step]);
  const ordered: ArgumentView[] = [];
  const placed = new Set<string>();
  const visit = (view: ArgumentView) => {
    if (placed.has(view.argument.id)) return;
    placed.add(view.argument.id);
    for (const premise of view.premises) for (const step of byConclusion.get(premise) ?? []) visit(step);
    ordered.push(view);
  };
  visit(last);
  return ordered;
}

/** The nodes that undercut argument `id`, through an undercut of any of its edges. */
export function argumentUndercutters(map: ArgMap, id: string): Relation[] {
  const relations: Relation[] = [];
  for (const edge of argumentEdges(map, id)) {
    for (const undercut of edgesAt(map.edges, edge.id)) {
      if (undercut.kind !== 'undercuts' || undercut.target !== edge.id) continue;
      const node = map.nodes.get(undercut.source);
      if (node) relations.push({ node, edge: undercut });
    }
  }
  return relations;
}
