/**
 * The rules every map obeys, shared by the edit operations (which refuse to break them) and by
 * document validation (which reports where a file breaks them). Keeping one copy means an edit can
 * never produce a map that validation would reject.
 *
 * @module
 */

import type { Diagnostic } from '../result.ts';
import { checkEdgeArgument } from './arguments.ts';
import { edgesAt } from './edgeIndex.ts';
import { showInvisible } from './showInvisible.ts';
import type { ArgEdge, ArgMap, EdgeKind } from './types.ts';

/** A JSON path, as carried by {@link Diagnostic.path}. */
export type JsonPath = (string | number)[];

/** Whether `value` is a finite number in [0, 1], the range of every score. */
export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/** A `score-out-of-range` error unless `value` is a valid score. */
export function checkScore(value: unknown, path: JsonPath): Diagnostic | undefined {
  if (isScore(value)) return undefined;
  return {
    severity: 'error',
    code: 'score-out-of-range',
    message: `A score must be a number from 0 to 1 (0.5 is neutral), not ${describe(value)}.`,
    path,
  };
}

/** Whether a URL is one a reader can safely open: only `http:` and `https:` are allowed. */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\/[^\s/?#]+/i.test(value.trim());
}

/** Whether an edge of this kind joins two nodes (as opposed to a node and an edge). */
export function joinsNodes(kind: EdgeKind): boolean {
  return kind !== 'undercuts';
}

/**
 * Whether an edge of this kind may go from a node to itself. A self-attack (`opposes`) is a
 * statement that undermines itself ("this sentence is false"): common in abstract argumentation
 * and in ICCMA benchmarks, and every semantics gives it a meaning. A self-support would be a
 * statement that is its own reason, which no semantics can use, so it stays refused.
 */
export function mayLoop(kind: EdgeKind): boolean {
  return kind === 'opposes';
}

/**
 * Problems with one edge's endpoints in `map`: unknown source or target, a self-support, an undercut
 * aimed at something other than a supports/opposes edge, or a duplicate of another edge (same
 * source and target; the edge with the same id as `edge` is ignored, so this works for edits).
 * `path` points at the edge; problems are reported at `[...path, 'source' | 'target']`.
 * Pass `duplicates: false` to skip the duplicate check when the caller indexes pairs itself.
 */
export function checkEdge(
  map: ArgMap,
  edge: ArgEdge,
  path: JsonPath,
  options: { duplicates?: boolean } = {},
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (!map.nodes.has(edge.source)) {
    problems.push({
      severity: 'error',
      code: 'dangling-edge',
      message: `Edge "${edge.id}" starts at node "${edge.source}", which does not exist. Remove the edge or add the node.`,
      path: [...path, 'source'],
    });
  }
  if (joinsNodes(edge.kind)) {
    if (!map.nodes.has(edge.target)) {
      problems.push({
        severity: 'error',
        code: 'dangling-edge',
        message: `Edge "${edge.id}" points to node "${edge.target}", which does not exist. Remove the edge or add the node.`,
        path: [...path, 'target'],
      });
    } else if (edge.source === edge.target && !mayLoop(edge.kind)) {
      problems.push({
        severity: 'error',
        code: 'self-loop',
        message: `Edge "${edge.id}" makes node "${edge.source}" support itself; a statement cannot be its own reason (it may oppose itself: "this sentence is false").`,
        path: [...path, 'target'],
      });
    }
  } else {
    const attacked = map.edges.get(edge.target);
    if (attacked === undefined) {
      problems.push({
        severity: 'error',
        code: map.nodes.has(edge.target) ? 'undercut-target' : 'dangling-edge',
        message: map.nodes.has(edge.target)
          ? `Undercut "${edge.id}" targets node "${edge.target}", but an undercut attacks a supports or opposes edge. Use "opposes" to attack a node.`
          : `Undercut "${edge.id}" targets edge "${edge.target}", which does not exist. Remove the undercut or point it at an existing edge.`,
        path: [...path, 'target'],
      });
    } else if (!joinsNodes(attacked.kind)) {
      problems.push({
        severity: 'error',
        code: 'undercut-target',
        message: `Undercut "${edge.id}" targets "${edge.target}", which is itself an undercut; an undercut attacks a supports or opposes edge.`,
        path: [...path, 'target'],
      });
    }
  }
  problems.push(...checkEdgeArgument(map, edge, path));
  const twin = options.duplicates === false ? undefined : findDuplicateEdge(map, edge);
  if (twin !== undefined) {
    problems.push({
      severity: 'error',
      code: 'duplicate-edge',
      message: `Edge "${edge.id}" repeats edge "${twin.id}" (both from "${edge.source}" to "${edge.target}"). Keep one, and change its kind if needed.`,
      path,
    });
  }
  return problems;
}

/**
 * Another edge with the same source and target as `edge`, whatever its kind: one statement bears
 * on another in one way only. Edges of different linked arguments are not duplicates: a
 * statement may be a premise of two arguments for the same conclusion, each with other
 * co-premises. O(degree of the source), through the edge index.
 */
export function findDuplicateEdge(map: ArgMap, edge: ArgEdge): ArgEdge | undefined {
  for (const other of edgesAt(map.edges, edge.source)) {
    if (
      other.id !== edge.id &&
      other.source === edge.source &&
      other.target === edge.target &&
      other.argument === edge.argument
    )
      return other;
  }
  return undefined;
}

/** The key under which two edges count as duplicates (see {@link findDuplicateEdge}). */
export function duplicateKey(edge: ArgEdge): string {
  return `${edge.source}\u0000${edge.target}\u0000${edge.argument ?? ''}`;
}

/**
 * A short, safe description of an unexpected value for error messages. Bounded whatever the
 * value: it never walks into lists or objects (a list nested 100,000 deep is just "a list"),
 * cuts long texts, and shows control and bidi characters as `\u{…}` so a message cannot drive
 * a terminal or reorder the text around it.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
      return `the text "${showInvisible(shown)}"`;
    }
    case 'number':
      if (Number.isNaN(value)) return 'an undefined number (NaN)';
      return Number.isFinite(value) ? String(value) : 'a number too large to store (such as 1e999)';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
