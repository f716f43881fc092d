/**
 * `checkChange`: the rules a change to a class map must keep before the server accepts it. The
 * map after the change must pass the core's `validateMap` (edge ends exist, evidence has a
 * source, …), stay within the room's size limit, and touch only what the member's role allows.
 * Pure: the server calls it with the map before and after applying a client's update to a copy.
 *
 * @module
 */

import { type ArgMapDocument, type Diagnostic, fail, ok, type Result, validateMap } from '@argmap/core';
import { jsonEqual } from './equal.ts';
import type { Contribution } from './layout.ts';
import type { ClassLimits } from './limits.ts';
import type { Member } from './roles.ts';

/** What the checker needs to know besides the two maps. */
export interface ChangeContext {
  /** Who sent the change. */
  member: Member;
  /** Whether the teacher has locked the map. */
  locked: boolean;
  limits: Pick<ClassLimits, 'maxItems'>;
  /** Who added an existing node or edge (from the document before the change). */
  contributionOf: (id: string) => Contribution | undefined;
}

/** What an accepted change did, for attribution. */
export interface ChangeSummary {
  /** Ids of the nodes and edges the change added. */
  added: string[];
  /** Whether the map changed at all. */
  changed: boolean;
}

/**
 * Accepts the change from `before` to `after` or says why not. Refusal codes: `class-locked`,
 * `teacher-only`, `not-yours`, `accepted-by-teacher`, `map-too-large`, `unknown-field`, and every error code of
 * `validateMap` (docs/format.md). O(size of the map).
 */
export function checkChange(
  before: ArgMapDocument,
  after: ArgMapDocument,
  context: ChangeContext,
): Result<ChangeSummary> {
  const diff = diffMaps(before, after);
  const changed = diff.nodes.length > 0 || diff.edges.length > 0 || diff.metaChanged || diff.toursChanged;
  if (!changed) return ok({ added: [], changed: false });

  const { member } = context;
  if (member.role === 'student') {
    if (context.locked) {
      return refuse('class-locked', 'The teacher has locked the map: your change was not saved.', []);
    }
    const problems = studentProblems(diff, before, context);
    if (problems.length > 0) return fail(problems);
  }

  const items = Object.keys(after.nodes).length + Object.keys(after.edges).length;
  if (items > context.limits.maxItems) {
    return refuse(
      'map-too-large',
      `A class map holds at most ${context.limits.maxItems} nodes and edges; this change would make ${items}.`,
      [],
    );
  }

  const valid = validateMap(after);
  // A field the format does not know would sit in the shared document for every replica: refuse it too.
  const problems = valid.diagnostics.filter((d) => d.severity === 'error' || d.code === 'unknown-field');
  if (problems.length > 0) {
    return fail(problems.map((d) => (d.severity === 'error' ? d : { ...d, severity: 'error' as const })));
  }
  return ok({ added: diff.added, changed: true });
}

interface MapDiff {
  /** Node ids added, changed or removed. */
  nodes: string[];
  edges: string[];
  added: string[];
  metaChanged: boolean;
  toursChanged: boolean;
}

function diffMaps(before: ArgMapDocument, after: ArgMapDocument): MapDiff {
  const added: string[] = [];
  const nodes = diffRecords(before.nodes, after.nodes, added);
  const edges = diffRecords(before.edges, after.edges, added);
  return {
    nodes,
    edges,
    added,
    metaChanged: !jsonEqual(before.meta, after.meta),
    toursChanged: !jsonEqual(before.tours ?? [], after.tours ?? []),
  };
}

/** How a student recognises what they tried to change: a node's words, not its id. */
function describe(before: ArgMapDocument, field: 'nodes' | 'edges', id: string): string {
  const text = field === 'nodes' ? before.nodes[id]?.text : undefined;
  if (typeof text !== 'string' || text.trim() === '') return field === 'nodes' ? 'This node' : 'This link';
  const short = text.trim().replace(/\s+/g, ' ');
  return `“${short.length > 60 ? `${short.slice(0, 59)}…` : short}”`;
}

function diffRecords(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  added: string[],
): string[] {
  const touched: string[] = [];
  for (const id of Object.keys(after)) {
    if (!Object.hasOwn(before, id)) {
      touched.push(id);
      added.push(id);
    } else if (!jsonEqual(before[id], after[id])) touched.push(id);
  }
  for (const id of Object.keys(before)) if (!Object.hasOwn(after, id)) touched.push(id);
  return touched;
}

function studentProblems(diff: MapDiff, before: ArgMapDocument, context: ChangeContext): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (diff.metaChanged) {
    problems.push(error('teacher-only', "Only the teacher changes the map's title and details.", ['meta']));
  }
  if (diff.toursChanged) {
    problems.push(error('teacher-only', 'Only the teacher changes the tours.', ['tours']));
  }
  const added = new Set(diff.added);
  for (const [field, ids] of [
    ['nodes', diff.nodes],
    ['edges', diff.edges],
  ] as const) {
    for (const id of ids) {
      if (added.has(id)) continue;
      const by = context.contributionOf(id);
      if (by?.by === context.member.id && by.accepted === true) {
        problems.push(
          error(
            'accepted-by-teacher',
            `${describe(before, field, id)} was accepted by the teacher: only the teacher changes it now.`,
            [field, id],
          ),
        );
        continue;
      }
      if (by?.by === context.member.id) continue;
      problems.push(
        error(
          'not-yours',
          `${describe(before, field, id)} was added by ${context.contributionOf(id)?.name ?? 'the teacher'}: students change only what they added.`,
          [field, id],
        ),
      );
    }
  }
  return problems;
}

function refuse(code: string, message: string, path: (string | number)[]): Result<never> {
  return fail([error(code, message, path)]);
}

function error(code: string, message: string, path: (string | number)[]): Diagnostic {
  return { severity: 'error', code, message, path };
}
