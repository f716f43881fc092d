/**
 * Checks on the values callers pass to operations. TypeScript catches most mistakes, but values
 * often come from forms, the clipboard or plug-ins, so operations check again at run time and
 * answer with a diagnostic instead of writing a bad value into the map.
 *
 * @module
 */

import { checkScore, describe, isWebUrl } from '../model/rules.ts';
import {
  EDGE_KINDS,
  type EdgeKind,
  EVIDENCE_KINDS,
  type EvidenceKind,
  NODE_KINDS,
  type NodeKind,
  type Point,
} from '../model/types.ts';
import type { Diagnostic } from '../result.ts';

/** The first problem found, or undefined when every check passed. */
export type Check = Diagnostic | undefined;

function invalid(code: string, message: string, path: (string | number)[]): Diagnostic {
  return { severity: 'error', code, message, path };
}

/** Whether a node kind is one of {@link NODE_KINDS}. */
export function checkNodeKind(kind: unknown, path: (string | number)[]): Check {
  if (NODE_KINDS.includes(kind as NodeKind)) return undefined;
  return invalid(
    'invalid-kind',
    `A node kind must be one of ${NODE_KINDS.join(', ')}, not ${describe(kind)}.`,
    path,
  );
}

/** Whether an edge kind is one of {@link EDGE_KINDS}. */
export function checkEdgeKind(kind: unknown, path: (string | number)[]): Check {
  if (EDGE_KINDS.includes(kind as EdgeKind)) return undefined;
  return invalid(
    'invalid-kind',
    `An edge kind must be one of ${EDGE_KINDS.join(', ')}, not ${describe(kind)}.`,
    path,
  );
}

/** Whether an evidence kind is one of {@link EVIDENCE_KINDS}. */
export function checkEvidenceKind(kind: unknown, path: (string | number)[]): Check {
  if (EVIDENCE_KINDS.includes(kind as EvidenceKind)) return undefined;
  return invalid(
    'invalid-kind',
    `An evidence kind must be one of ${EVIDENCE_KINDS.join(', ')}, not ${describe(kind)}.`,
    path,
  );
}

/** Whether `value` is a string (empty allowed). */
export function checkString(value: unknown, path: (string | number)[]): Check {
  if (typeof value === 'string') return undefined;
  return invalid('wrong-type', `Expected text here, not ${describe(value)}.`, path);
}

/** Whether `value` is a list of strings. */
export function checkTags(value: unknown, path: (string | number)[]): Check {
  if (Array.isArray(value) && value.every((tag) => typeof tag === 'string')) return undefined;
  return invalid('wrong-type', `Tags must be a list of texts, not ${describe(value)}.`, path);
}

/** Whether `value` is a point with finite coordinates. */
export function checkPoint(value: unknown, path: (string | number)[]): Check {
  const point = value as Partial<Point> | null;
  if (
    typeof point === 'object' &&
    point !== null &&
    Number.isFinite(point.x) &&
    Number.isFinite(point.y) &&
    typeof point.x === 'number' &&
    typeof point.y === 'number'
  ) {
    return undefined;
  }
  return invalid('wrong-type', `A position needs finite numbers x and y, not ${describe(value)}.`, path);
}

/** Whether `value` is a URL a reader may open (http or https). */
export function checkUrl(value: unknown, path: (string | number)[]): Check {
  const typed = checkString(value, path);
  if (typed !== undefined) return typed;
  if (isWebUrl(value as string)) return undefined;
  return invalid(
    'invalid-url',
    `A source URL must start with http:// or https://, not ${describe(value)}. Paste the full web address.`,
    path,
  );
}

/** Whether `value` is a score in [0, 1]. */
export function checkBaseScore(value: unknown, path: (string | number)[]): Check {
  return checkScore(value, path);
}
