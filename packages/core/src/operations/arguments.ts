/**
 * Operations on linked arguments: create one from premises and a conclusion, add a co-premise
 * (also to an ordinary reason, which becomes a linked argument), remove a premise, name it or set
 * its scheme, and remove it (with its edges) or unlink it (its premises stay as separate reasons).
 * Every one checks the rules of `model/arguments.ts`, so no sequence of them yields an invalid map.
 *
 * @module
 */

import { argumentEdges, brokenSteps, checkPartOf } from '../model/arguments.ts';
import { freshId, isIdTaken, isReservedId, randomIds } from '../model/ids.ts';
import { checkEdge, findDuplicateEdge } from '../model/rules.ts';
import { Table } from '../model/table.ts';
import type { ArgEdge, ArgMap, LinkedArgument } from '../model/types.ts';
import type { Result } from '../result.ts';
import { fail } from '../result.ts';
import { cascade } from './cascade.ts';
import { type Edit, type EditOptions, makeEdit, refuse, requireArgument, requireNode } from './edit.ts';
import { checkString } from './input.ts';
import { removalEdit } from './remove.ts';

/** The text fields of an argument an edit may set; `''` clears one. */
export interface ArgumentChanges {
  name?: string;
  scheme?: string;
  notes?: string;
  /** The last step of the chain this argument is a step of; `''` detaches it. */
  partOf?: string;
}

/** A new linked argument. */
export interface ArgumentInput extends Omit<ArgumentChanges, 'partOf'> {
  /** Whether the premises together support (default) or oppose the conclusion. */
  kind?: 'supports' | 'opposes';
  /** The node the premises bear on. */
  conclusion: string;
  /** The premise nodes, in order; at least one, each once. */
  premises: readonly string[];
  /** Use this id instead of generating one; refused if already taken. */
  id?: string;
}

const TEXT_FIELDS = ['name', 'scheme', 'notes', 'partOf'] as const;

/** The arguments table of a map that has none yet. */
const EMPTY: Table<LinkedArgument> = Table.empty();

function checkChanges(changes: ArgumentChanges, path: (string | number)[]): Result<never> | undefined {
  for (const field of TEXT_FIELDS) {
    const value = changes[field];
    if (value === undefined) continue;
    const problem = checkString(value, [...path, field]);
    if (problem) return fail([problem]);
  }
  return undefined;
}

function checkNewId(map: ArgMap, id: unknown): Result<never> | undefined {
  if (typeof id !== 'string' || id === '' || isReservedId(id)) {
    return refuse(
      'invalid-id',
      'An id must be non-empty text and not a reserved word such as "constructor".',
      ['id'],
    );
  }
  if (isIdTaken(map, id))
    return refuse('duplicate-id', `The id "${id}" is already used in this map.`, ['id']);
  return undefined;
}

/** The argument's record with `changes` applied (`''` removes a field). */
function withChanges(argument: LinkedArgument, changes: ArgumentChanges): LinkedArgument {
  const next: LinkedArgument = { ...argument };
  for (const field of TEXT_FIELDS) {
    const value = changes[field];
    if (value === undefined) continue;
    if (value === '') delete next[field];
    else next[field] = value;
  }
  return next;
}

/**
 * Adds a linked argument: one edge of `kind` from each premise to the conclusion, all naming the
 * new argument. Refused when a node is unknown, there is no premise, a premise repeats or is
 * the conclusion of a support (`self-loop`). `edit.created` is the argument's id, then its edges'.
 */
export function createArgument(map: ArgMap, input: ArgumentInput, options: EditOptions = {}): Result<Edit> {
  const kind = input.kind ?? 'supports';
  if (kind !== 'supports' && kind !== 'opposes') {
    return refuse('invalid-kind', 'The premises of an argument support or oppose its conclusion.', ['kind']);
  }
  const bad = checkChanges(input, []);
  if (bad) return bad;
  if (!Array.isArray(input.premises) || input.premises.length === 0) {
    return refuse('no-premises', 'An argument needs at least one premise.', ['premises']);
  }
  for (const [index, id] of [input.conclusion, ...input.premises].entries()) {
    const path = index === 0 ? ['conclusion'] : ['premises', index - 1];
    const typed = checkString(id, path);
    if (typed) return fail([typed]);
    const missing = requireNode(map, id);
    if (missing) return missing;
  }
  if (input.id !== undefined) {
    const taken = checkNewId(map, input.id);
    if (taken) return taken;
  }
  const newId = options.newId ?? randomIds;
  const reserved = new Set<string>();
  const id = input.id ?? freshId(map, 'argument', newId, reserved);
  reserved.add(id);
  const argument = withChanges({ id }, { name: input.name, scheme: input.scheme, notes: input.notes });
  let draftMap: ArgMap = { ...map, arguments: (map.arguments ?? EMPTY).set(id, argument) };
  const edges: ArgEdge[] = [];
  for (const premise of input.premises) {
    const edgeId = freshId(draftMap, 'edge', newId, reserved);
    const edge: ArgEdge = { id: edgeId, kind, source: premise, target: input.conclusion, argument: id };
    const problems = checkEdge(draftMap, edge, ['edges', edgeId]);
    if (problems.length > 0) return fail(problems);
    edges.push(edge);
    draftMap = { ...draftMap, edges: draftMap.edges.set(edgeId, edge) };
  }
  const created = [id, ...edges.map((edge) => edge.id)];
  return makeEdit(map, { label: 'Add argument', created }, {}, (draft) => {
    draft.arguments[id] = argument;
    for (const edge of edges) draft.edges[edge.id] = edge;
  });
}

/**
 * Adds `premise` as a co-premise. `of` is an argument id, or the id of a supports/opposes edge:
 * an edge of an argument adds to that argument; an ordinary edge (a reason on its own) becomes a
 * new linked argument with its source and `premise` as premises. Refused when `premise` is
 * already a premise of the argument (`duplicate-edge`) or would be its own reason (`self-loop`).
 * `edit.created` ends with the new edge's id (after the new argument's, if one was made).
 */
export function addPremise(
  map: ArgMap,
  of: string,
  premise: string,
  options: EditOptions = {},
): Result<Edit> {
  const missing = requireNode(map, premise);
  if (missing) return missing;
  const newId = options.newId ?? randomIds;
  const reserved = new Set<string>();
  let argumentId: string;
  let first: ArgEdge | undefined;
  let lone: ArgEdge | undefined;
  if (map.arguments?.has(of)) {
    argumentId = of;
    first = argumentEdges(map, of)[0];
  } else {
    const edge = map.edges.get(of);
    if (edge === undefined) {
      return refuse('unknown-argument', `There is no argument or edge with id "${of}".`, ['arguments', of]);
    }
    if (edge.kind === 'undercuts') {
      return refuse(
        'argument-undercut',
        'An undercut has no premises: add a co-premise to a supports or opposes edge.',
        ['edges', of],
      );
    }
    first = edge;
    if (edge.argument !== undefined) argumentId = edge.argument;
    else {
      lone = edge;
      argumentId = freshId(map, 'argument', newId, reserved);
    }
  }
  if (first === undefined)
    return refuse('unknown-argument', `Argument "${of}" has no premises.`, ['arguments', of]);
  const args = map.arguments ?? EMPTY;
  const withArgument: ArgMap = lone ? { ...map, arguments: args.set(argumentId, { id: argumentId }) } : map;
  const linked: ArgMap = lone
    ? { ...withArgument, edges: map.edges.set(lone.id, { ...lone, argument: argumentId }) }
    : withArgument;
  const edgeId = freshId(linked, 'edge', newId, reserved);
  const edge: ArgEdge = {
    id: edgeId,
    kind: first.kind,
    source: premise,
    target: first.target,
    argument: argumentId,
  };
  const problems = checkEdge(linked, edge, ['edges', edgeId]);
  if (problems.length > 0) return fail(problems);
  const created = lone ? [argumentId, edgeId] : [edgeId];
  const touched = lone ? { edges: [lone.id] } : {};
  return makeEdit(map, { label: 'Add co-premise', created }, touched, (draft) => {
    if (lone) {
      draft.arguments[argumentId] = { id: argumentId };
      const joined = draft.edges[lone.id];
      if (joined) joined.argument = argumentId;
    }
    draft.edges[edgeId] = edge;
  });
}

/**
 * Removes `premise` from argument `argumentId`: its edge goes, undercuts of that edge move to
 * another edge of the argument (they attack its inference). Refused for the last premise
 * (`last-premise`: remove the argument instead) and for a node that is not a premise (`not-a-premise`).
 */
export function removePremise(map: ArgMap, argumentId: string, premise: string): Result<Edit> {
  const missing = requireArgument(map, argumentId);
  if (missing) return missing;
  const members = argumentEdges(map, argumentId);
  const edge = members.find((member) => member.source === premise);
  if (edge === undefined) {
    return refuse('not-a-premise', `"${premise}" is not a premise of argument "${argumentId}".`, [
      'arguments',
      argumentId,
    ]);
  }
  if (members.length === 1) {
    return refuse(
      'last-premise',
      `"${premise}" is the last premise of argument "${argumentId}"; remove the argument instead.`,
      ['arguments', argumentId],
    );
  }
  return removalEdit(map, 'Remove premise', cascade(map, new Set(), [edge.id]));
}

/**
 * Sets an argument's name, scheme, notes or `partOf` (`''` clears one). Changing one text field
 * carries a merge key (`a1:scheme`) so typing merges into one undo step.
 */
export function updateArgument(map: ArgMap, argumentId: string, changes: ArgumentChanges): Result<Edit> {
  const missing = requireArgument(map, argumentId);
  if (missing) return missing;
  const bad = checkChanges(changes, ['arguments', argumentId]);
  if (bad) return bad;
  const current = map.arguments?.get(argumentId) as LinkedArgument;
  const next = withChanges(current, changes);
  if (changes.partOf !== undefined) {
    const conclusion = argumentEdges(map, argumentId)[0]?.target;
    const problems = checkPartOf(map, next, conclusion);
    if (problems.length > 0) return fail(problems);
  }
  if (changes.partOf !== undefined) {
    // Other steps may lead into this one: they must still reach their chain.
    const broken = brokenSteps({ ...map, arguments: (map.arguments ?? EMPTY).set(argumentId, next) });
    if (broken.length > 0) return fail(broken);
  }
  const fields = TEXT_FIELDS.filter((field) => changes[field] !== undefined);
  const single = fields.length === 1 ? fields[0] : undefined;
  const info = single
    ? {
        label: single === 'scheme' ? 'Set scheme' : `Edit argument ${single}`,
        mergeKey: `${argumentId}:${single}`,
      }
    : { label: 'Edit argument' };
  return makeEdit(map, info, { arguments: [argumentId] }, (draft) => {
    draft.arguments[argumentId] = next;
  });
}

/** Removes an argument with its edges (its premise nodes stay) and the undercuts of those edges. */
export function removeArgument(map: ArgMap, argumentId: string): Result<Edit> {
  const missing = requireArgument(map, argumentId);
  if (missing) return missing;
  return removalEdit(map, 'Delete argument', cascade(map, new Set(), [], [argumentId]));
}

/**
 * Dissolves an argument: its premises stay, each as a reason on its own (their edges lose the
 * `argument` field). Refused (`duplicate-edge`) when a premise already bears on the conclusion on
 * its own, and (`invalid-part-of`) when a step of a chain leads into this argument.
 */
export function unlinkArgument(map: ArgMap, argumentId: string): Result<Edit> {
  const missing = requireArgument(map, argumentId);
  if (missing) return missing;
  const members = argumentEdges(map, argumentId);
  for (const edge of members) {
    const { argument: _dropped, ...plain } = edge;
    const twin = findDuplicateEdge(map, plain);
    if (twin !== undefined) {
      return refuse(
        'duplicate-edge',
        `"${edge.source}" already bears on "${edge.target}" on its own (edge "${twin.id}"); remove one before unlinking.`,
        ['edges', edge.id],
      );
    }
  }
  const after: ArgMap = {
    ...map,
    edges: map.edges.batch((writer) => {
      for (const edge of members) {
        const { argument: _dropped, ...plain } = edge;
        writer.set(edge.id, plain);
      }
    }),
    arguments: (map.arguments ?? EMPTY).delete(argumentId),
  };
  const broken = brokenSteps(after);
  if (broken.length > 0) return fail(broken);
  const ids = members.map((edge) => edge.id);
  return makeEdit(map, { label: 'Unlink premises' }, { edges: ids, arguments: [argumentId] }, (draft) => {
    for (const id of ids) delete draft.edges[id]?.argument;
    delete draft.arguments[argumentId];
  });
}
