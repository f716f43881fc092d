/**
 * "Generate a tour": a sensible first walk through a map that a teacher then edits, sized for the
 * lesson. The question first, then each position with its strongest support and objection, then
 * claims with their evidence, and finally the question with its positions again, where the verdict
 * is revealed. Every step is small enough for a projector to show at a size the back row can read.
 *
 * @module
 */

import type { ArgMap, ArgNode, Tour } from '../model/types.ts';
import { draftSteps, NOTES } from './draftSteps.ts';
import { fullWalk } from './fullWalk.ts';
import { lessonWalk } from './lessonWalk.ts';
import { baseScoreStrength, type StrengthOf } from './strongest.ts';
import { incomingReasons, readingOrder } from './tourGraph.ts';
import { freshTourId } from './tourIds.ts';

/**
 * How long a generated tour is: `short` (about 6 steps, a 15-minute recap), `medium` (about 10, a
 * 45-minute discussion) or `full` (every node of the map, however many steps that takes).
 */
export type TourLength = 'short' | 'medium' | 'full';

/** The step budget of each bounded {@link TourLength}. */
export const TOUR_LENGTH_STEPS = { short: 6, medium: 10 } as const satisfies Record<
  Exclude<TourLength, 'full'>,
  number
>;

/** Choices for {@link generateTour}. */
export interface GenerateTourOptions {
  /** Id of the new tour; defaults to an id no tour of the map uses yet. */
  id?: string;
  /** Title of the new tour; defaults to the map's title. */
  title?: string;
  /**
   * How long the tour may be: a {@link TourLength} or a number of steps (at least 1). Default
   * `medium` (10 steps). Only `full` reveals every node; shorter tours pick the strongest reasons.
   */
  length?: TourLength | number;
  /** How strong each node is, to pick the reasons shown first; defaults to base scores. */
  strength?: StrengthOf;
  /**
   * How many supports, and how many objections, a position step shows at most (default 1: the
   * strongest of each, which a projector can show side by side at full size).
   */
  reasonsPerSide?: number;
  /**
   * How many reasons (quotes, or claims under a claim) one step shows under its node (default 3 in
   * a bounded tour, a claim and its three best quotes side by side; 2 in a `full` tour, which
   * gives the node another step for the rest).
   */
  evidencePerStep?: number;
}

/**
 * Builds a default tour of `map`. It never fails: a map without a question starts at its
 * positions, and an empty map gets a tour with no steps. A bounded tour has at most its target
 * number of steps; a `full` one reveals every node. When the map has a question or a position,
 * the last step shows exactly its questions and positions: the verdict.
 */
export function generateTour(map: ArgMap, options: GenerateTourOptions = {}): Tour {
  const strength = options.strength ?? baseScoreStrength(map);
  const length = options.length ?? 'medium';
  const wanted = length === 'full' ? Number.POSITIVE_INFINITY : stepsFor(length);
  const target = Number.isNaN(wanted) ? 1 : Math.max(1, Math.floor(wanted));
  const reasonsPerSide = Math.max(0, options.reasonsPerSide ?? 1);
  const nodes = map.nodes.toArray();
  const questions = nodes.filter((node) => node.kind === 'question');
  const order = readingOrder(map, questions);
  const positions = order.filter((node) => node.kind === 'position');
  const verdict = [...questions, ...positions].map((node) => node.id);

  // The verdict is kept first, then the question; the rest of the budget goes to the walk.
  const hasVerdict = verdict.length > 0;
  const hasQuestionStep = questions.length > 0 && target - Number(hasVerdict) >= 1;
  const draft = draftSteps();
  if (hasQuestionStep) {
    draft.push({
      title: questions.length > 1 ? 'The questions' : 'The question',
      nodes: questions.map((node) => node.id),
      notes: map.meta.description ?? NOTES.question,
    });
  }
  if (length === 'full') {
    fullWalk(
      {
        map,
        questions,
        positions,
        strength,
        reasonsPerSide,
        evidencePerStep: Math.max(1, options.evidencePerStep ?? 2),
      },
      draft,
    );
  } else {
    lessonWalk(
      {
        map,
        tops: positions.length > 0 ? positions : topReasons(map, order),
        strength,
        budget: target - Number(hasVerdict) - Number(hasQuestionStep),
        reasonsPerSide,
        evidencePerStep: Math.max(1, options.evidencePerStep ?? 3),
      },
      draft,
    );
  }

  // The whole map does not fit on a projector at a readable size; the question and its answers do,
  // and they are where the verdict is read. Not added when it would only repeat the one step.
  const steps = draft.steps;
  const repeatsOnlyStep = steps.length === 1 && sameNodes(steps[0]?.nodes ?? [], verdict);
  if (hasVerdict && !repeatsOnlyStep) {
    steps.push({
      title: 'The verdict',
      nodes: verdict,
      notes: length === 'full' ? NOTES.verdict : NOTES.lessonVerdict,
    });
  }

  return {
    id: options.id ?? freshTourId(map),
    title: options.title ?? map.meta.title,
    steps: steps.map((step, i) => ({ id: `step-${i + 1}`, ...step })),
  };
}

function stepsFor(length: Exclude<TourLength, 'full'> | number): number {
  return typeof length === 'number' ? length : TOUR_LENGTH_STEPS[length];
}

/**
 * Without positions, what a lesson discusses one by one: the reasons that bear on nothing but a
 * question (or on nothing at all), in reading order. Never empty for a map with nodes.
 */
function topReasons(map: ArgMap, order: ArgNode[]): ArgNode[] {
  const bearsOnMore = new Set<string>();
  for (const [target, sources] of incomingReasons(map)) {
    if (map.nodes.get(target)?.kind === 'question') continue;
    for (const source of sources) bearsOnMore.add(source);
  }
  const tops = order.filter((node) => node.kind !== 'question' && !bearsOnMore.has(node.id));
  // Reasons that only bear on each other (a loop): start anywhere rather than show nothing.
  return tops.length > 0 ? tops : order.slice(0, 1);
}

function sameNodes(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}

export { shortText } from './stepTitle.ts';
