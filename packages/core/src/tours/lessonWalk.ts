/**
 * The lesson-sized tour: at most a given number of steps, spent where a class discussion needs
 * them. Each position gets a step with its strongest support and objection; the steps left go, one
 * position after another, to a claim with its evidence, strongest claims first.
 *
 * @module
 */

import type { ArgMap, ArgNode } from '../model/types.ts';
import { type DraftStep, type DraftSteps, NOTES } from './draftSteps.ts';
import { shortText, TITLE_LENGTH } from './stepTitle.ts';
import { reasonsFor, type StrengthOf } from './strongest.ts';
import { chunk, incomingReasons, subtree, unique } from './tourGraph.ts';

/** What {@link lessonWalk} needs to know. */
export interface LessonWalkInput {
  map: ArgMap;
  /** What the class discusses one by one: the positions (or, without any, the top reasons). */
  tops: ArgNode[];
  strength: StrengthOf;
  /** How many steps the walk may add. */
  budget: number;
  reasonsPerSide: number;
  /** How many reasons (evidence first) a claim's step shows under it. */
  evidencePerStep: number;
}

/** One top's part of the talk: its own step, then its claims with their evidence, best first. */
interface Plan {
  head: DraftStep;
  claims: DraftStep[];
}

/**
 * Adds at most `budget` steps to `draft`, the positions in order, each followed by the steps
 * about its own claims. More positions than steps: the positions alone, a few to a step.
 */
export function lessonWalk(input: LessonWalkInput, draft: DraftSteps): void {
  const { tops, budget } = input;
  if (budget <= 0 || tops.length === 0) return;
  if (tops.length > budget) {
    const groups = chunk(tops, Math.ceil(tops.length / budget));
    groups.forEach((group, i) => {
      const part = groups.length > 1 ? ` (${i + 1}/${groups.length})` : '';
      draft.push({ title: `The answers${part}`, nodes: group.map((node) => node.id), notes: NOTES.position });
    });
    return;
  }
  const reasonsInto = incomingReasons(input.map);
  const plans = tops.map((top) => planFor(input, top, reasonsInto, draft.revealed));
  // Round robin: every position gets its first claim before any gets a second.
  const taken = plans.map(() => 0);
  let left = budget - tops.length;
  for (let round = 0; left > 0; round++) {
    let added = false;
    plans.forEach((plan, i) => {
      if (left > 0 && plan.claims.length > round) {
        taken[i] = (taken[i] ?? 0) + 1;
        left--;
        added = true;
      }
    });
    if (!added) break;
  }
  plans.forEach((plan, i) => {
    draft.push(plan.head);
    for (const step of plan.claims.slice(0, taken[i])) draft.push(step);
  });
}

function planFor(
  input: LessonWalkInput,
  top: ArgNode,
  reasonsInto: Map<string, string[]>,
  alreadyShown: ReadonlySet<string>,
): Plan {
  const { map, strength } = input;
  const isClaim = (id: string) => map.nodes.get(id)?.kind === 'claim';
  const reasons = reasonsFor(map, top.id, strength);
  const supports = reasons.supports.filter(isClaim);
  const objections = reasons.objections.filter(isClaim);
  const head: DraftStep = {
    title: shortText(top.text),
    nodes: [top.id, ...supports.slice(0, input.reasonsPerSide), ...objections.slice(0, input.reasonsPerSide)],
    notes: NOTES.position,
  };
  const shown = new Set([...alreadyShown, ...head.nodes]);
  // The strongest support, the strongest objection, the next of each…, then the claims below
  // them, then the position itself for evidence bearing on it directly.
  const anchors = unique([
    ...interleave(supports, objections),
    ...subtree(map, top.id, reasonsInto).filter(isClaim),
    top.id,
  ]);
  const claims: DraftStep[] = [];
  for (const anchor of anchors) {
    const fresh = unique(reasonsInto.get(anchor) ?? []).filter((id) => {
      const kind = map.nodes.get(id)?.kind;
      return !shown.has(id) && kind !== 'position' && kind !== 'question';
    });
    if (fresh.length === 0) continue;
    const isEvidence = (id: string) => map.nodes.get(id)?.kind === 'evidence';
    // Evidence first (the step is "this claim and what backs it"), each kind strongest first.
    const ids = [...fresh]
      .sort((a, b) => Number(isEvidence(b)) - Number(isEvidence(a)) || strength(b) - strength(a))
      .slice(0, input.evidencePerStep);
    for (const id of ids) shown.add(id);
    const hasEvidence = ids.some(isEvidence);
    const lead = hasEvidence ? 'Evidence: ' : 'Reasons: ';
    claims.push({
      title: `${lead}${shortText(map.nodes.get(anchor)?.text ?? '', TITLE_LENGTH - lead.length)}`,
      nodes: [anchor, ...ids],
      notes: hasEvidence ? NOTES.evidence : NOTES.reasons,
    });
  }
  return { head, claims };
}

function interleave(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i] as string);
    if (i < b.length) out.push(b[i] as string);
  }
  return out;
}
