/**
 * The rules of linked arguments, shared by the edit operations and by document validation (as
 * `rules.ts` is for edges): an argument's edges share one target and one kind, an argument has
 * at least one premise, and a step of a multi-step argument leads into its chain.
 *
 * @module
 */

import type { Diagnostic } from '../result.ts';
import { edgesAt } from './edgeIndex.ts';
import type { ArgEdge, ArgMap, LinkedArgument } from './types.ts';

type JsonPath = (string | number)[];

/**
 * The edges of argument `id` (one per premise), in the map's edge order, which is the order of
 * its premises. O(premises · log n) through the edge index.
 */
export function argumentEdges(map: ArgMap, id: string): ArgEdge[] {
  const members = edgesAt(map.edges, id).filter((edge) => edge.argument === id);
  if (members.length < 2) return members;
  const rank = (edge: ArgEdge) => map.edges.rank(edge.id) ?? 0;
  return members.sort((a, b) => rank(a) - rank(b));
}

/** The argument `edge` belongs to, if any. */
export function argumentOfEdge(map: ArgMap, edge: ArgEdge): LinkedArgument | undefined {
  return edge.argument === undefined ? undefined : map.arguments?.get(edge.argument);
}

function error(code: string, message: string, path: JsonPath): Diagnostic {
  return { severity: 'error', code, message, path };
}

/**
 * Problems with the `argument` field of one edge: an undercut cannot be a premise's edge, and
 * the argument must exist. `path` points at the edge.
 */
export function checkEdgeArgument(map: ArgMap, edge: ArgEdge, path: JsonPath): Diagnostic[] {
  if (edge.argument === undefined) return [];
  if (edge.kind === 'undercuts') {
    return [
      error(
        'argument-undercut',
        `Undercut "${edge.id}" cannot belong to argument "${edge.argument}": an argument's edges link its premises to its conclusion. To attack the argument's inference, undercut one of its edges.`,
        [...path, 'argument'],
      ),
    ];
  }
  if (map.arguments?.has(edge.argument)) return [];
  return [
    error(
      'unknown-argument',
      `Edge "${edge.id}" belongs to argument "${edge.argument}", which does not exist. Add the argument or remove the edge's "argument" field.`,
      [...path, 'argument'],
    ),
  ];
}

/**
 * Edges of `members` (the edges of one argument) that break its unity: a different target or
 * kind than the first. Each problem points at the field of the edge that differs.
 */
export function checkArgumentUnity(argumentId: string, members: readonly ArgEdge[]): Diagnostic[] {
  const first = members[0];
  if (first === undefined) return [];
  const problems: Diagnostic[] = [];
  for (const edge of members.slice(1)) {
    if (edge.target !== first.target) {
      problems.push(
        error(
          'argument-split',
          `Edge "${edge.id}" of argument "${argumentId}" points to "${edge.target}", but its other premises conclude "${first.target}": the premises of one argument bear on one conclusion together.`,
          ['edges', edge.id, 'target'],
        ),
      );
    } else if (edge.kind !== first.kind) {
      problems.push(
        error(
          'argument-split',
          `Edge "${edge.id}" of argument "${argumentId}" ${edge.kind} its conclusion while the other premises ${first.kind === 'supports' ? 'support' : 'oppose'} it: an argument supports or opposes as a whole.`,
          ['edges', edge.id, 'kind'],
        ),
      );
    }
  }
  return problems;
}

/**
 * Problems with an argument's `partOf`: it must name another argument, that argument must be the
 * last step of its chain (have no `partOf` itself), and this step's conclusion must be a premise
 * of some argument of the chain (else the step leads nowhere). `conclusion` is this step's.
 */
export function checkPartOf(
  map: ArgMap,
  argument: LinkedArgument,
  conclusion: string | undefined,
): Diagnostic[] {
  const { partOf } = argument;
  if (partOf === undefined) return [];
  const path = ['arguments', argument.id, 'partOf'];
  const whole = map.arguments?.get(partOf);
  if (whole === undefined || partOf === argument.id) {
    return [
      error(
        'invalid-part-of',
        partOf === argument.id
          ? `Argument "${argument.id}" cannot be a step of itself.`
          : `Argument "${argument.id}" is a step of "${partOf}", which is not an argument of this map.`,
        path,
      ),
    ];
  }
  if (whole.partOf !== undefined) {
    return [
      error(
        'invalid-part-of',
        `Argument "${argument.id}" is a step of "${partOf}", which is itself a step of "${whole.partOf}": name the last step of the chain ("${whole.partOf}").`,
        path,
      ),
    ];
  }
  if (conclusion === undefined) return [];
  const feeds = edgesAt(map.edges, conclusion).some((edge) => {
    if (edge.source !== conclusion || edge.argument === undefined) return false;
    return edge.argument === partOf || map.arguments?.get(edge.argument)?.partOf === partOf;
  });
  if (feeds) return [];
  return [
    error(
      'invalid-part-of',
      `Argument "${argument.id}" is a step of "${partOf}", but its conclusion "${conclusion}" is not a premise of any argument of that chain.`,
      path,
    ),
  ];
}

/**
 * The steps of multi-step arguments in `map` whose `partOf` is broken (see {@link checkPartOf}).
 * O(arguments · premises); free on a map without arguments.
 */
export function brokenSteps(map: ArgMap): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (map.arguments === undefined) return problems;
  for (const argument of map.arguments.values()) {
    if (argument.partOf === undefined) continue;
    problems.push(...checkPartOf(map, argument, argumentEdges(map, argument.id)[0]?.target));
  }
  return problems;
}
