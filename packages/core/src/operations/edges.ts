/**
 * Operations on edges: connect two nodes (or undercut an edge), move an edge's ends, change its
 * kind. Every one checks the same rules as validation, so a refused edit never reaches the map.
 *
 * @module
 */

import { argumentEdges, brokenSteps, checkArgumentUnity } from '../model/arguments.ts';
import { freshId, isIdTaken, isReservedId, randomIds } from '../model/ids.ts';
import { checkEdge, mayLoop } from '../model/rules.ts';
import type { ArgEdge, ArgMap, EdgeKind } from '../model/types.ts';
import type { Result } from '../result.ts';
import { fail } from '../result.ts';
import { type Edit, type EditOptions, makeEdit, refuse, requireEdge } from './edit.ts';
import { checkEdgeKind, checkString } from './input.ts';

/** A new edge: `source` is a node id; `target` a node id, or for `undercuts` an edge id. */
export interface EdgeInput {
  kind: EdgeKind;
  source: string;
  target: string;
  /** Use this id instead of generating one; refused if already taken. */
  id?: string;
}

/**
 * Adds an edge. Refused when an end does not exist, the edge would loop onto its source, it
 * repeats an existing edge between the same two ends, or an undercut does not target a
 * supports/opposes edge. The new id is `edit.created[0]`.
 */
export function connect(map: ArgMap, input: EdgeInput, options: EditOptions = {}): Result<Edit> {
  const kindProblem = checkEdgeKind(input.kind, ['kind']);
  if (kindProblem) return fail([kindProblem]);
  for (const field of ['source', 'target'] as const) {
    const problem = checkString(input[field], [field]);
    if (problem) return fail([problem]);
  }
  if (input.id !== undefined) {
    if (typeof input.id !== 'string' || input.id === '' || isReservedId(input.id)) {
      return refuse(
        'invalid-id',
        'An id must be non-empty text and not a reserved word such as "constructor".',
        ['id'],
      );
    }
    if (isIdTaken(map, input.id)) {
      return refuse('duplicate-id', `The id "${input.id}" is already used in this map.`, ['id']);
    }
  }
  const id = input.id ?? freshId(map, 'edge', options.newId ?? randomIds);
  const edge: ArgEdge = { id, kind: input.kind, source: input.source, target: input.target };
  const problems = checkEdge(map, edge, ['edges', id]);
  if (problems.length > 0) return fail(problems);
  const label =
    input.kind === 'undercuts'
      ? 'Add undercut'
      : `Add ${input.kind === 'supports' ? 'support' : 'objection'}`;
  return makeEdit(map, { label, created: [id] }, {}, (draft) => {
    draft.edges[id] = edge;
  });
}

/**
 * Moves one or both ends of an edge, keeping its id, kind and any undercuts aimed at it.
 * Refused under the same rules as {@link connect}, and for an edge of a linked argument when it
 * would leave the argument's premises with different conclusions (`argument-split`) or break a
 * multi-step chain (`invalid-part-of`).
 */
export function reconnect(
  map: ArgMap,
  edgeId: string,
  ends: { source?: string; target?: string },
): Result<Edit> {
  const missing = requireEdge(map, edgeId);
  if (missing) return missing;
  const current = map.edges.get(edgeId) as ArgEdge;
  const edge: ArgEdge = {
    ...current,
    source: ends.source ?? current.source,
    target: ends.target ?? current.target,
  };
  const problems = checkEdge(map, edge, ['edges', edgeId]);
  if (problems.length > 0) return fail(problems);
  if (edge.argument !== undefined) {
    const after: ArgMap = { ...map, edges: map.edges.set(edgeId, edge) };
    const members = argumentEdges(after, edge.argument);
    const split = checkArgumentUnity(edge.argument, [...members.filter((m) => m.id !== edgeId), edge]);
    const broken = split.length > 0 ? split : brokenSteps(after);
    if (broken.length > 0) return fail(broken);
  }
  return makeEdit(map, { label: 'Reconnect' }, { edges: [edgeId] }, (draft) => {
    const target = draft.edges[edgeId];
    if (!target) return;
    target.source = edge.source;
    target.target = edge.target;
  });
}

/**
 * Switches an edge between `supports` and `opposes`; on an edge of a linked argument, every edge
 * of the argument switches (an argument supports or opposes as a whole). An undercut cannot
 * become either (its target is an edge, not a node) and vice versa: delete it and connect anew.
 */
export function changeEdgeKind(map: ArgMap, edgeId: string, kind: EdgeKind): Result<Edit> {
  const missing = requireEdge(map, edgeId);
  if (missing) return missing;
  const kindProblem = checkEdgeKind(kind, ['edges', edgeId, 'kind']);
  if (kindProblem) return fail([kindProblem]);
  const current = map.edges.get(edgeId) as ArgEdge;
  if ((current.kind === 'undercuts') !== (kind === 'undercuts')) {
    return refuse(
      'edge-kind-change',
      'An undercut attacks an edge, while supports and opposes join two nodes, so one cannot turn into the other. Delete the edge and draw a new one.',
      ['edges', edgeId, 'kind'],
    );
  }
  // An argument supports or opposes as a whole: its other edges change with this one.
  const ids =
    current.argument === undefined ? [edgeId] : argumentEdges(map, current.argument).map((e) => e.id);
  const loop = ids.map((id) => map.edges.get(id) as ArgEdge).find((edge) => edge.source === edge.target);
  if (loop !== undefined && !mayLoop(kind)) {
    return refuse(
      'self-loop',
      `Edge "${loop.id}" goes from "${loop.source}" to itself: a statement may oppose itself but cannot support itself.`,
      ['edges', edgeId, 'kind'],
    );
  }
  const label = kind === 'supports' ? 'Make support' : 'Make objection';
  return makeEdit(map, { label }, { edges: ids }, (draft) => {
    for (const id of ids) {
      const target = draft.edges[id];
      if (target) target.kind = kind;
    }
  });
}
