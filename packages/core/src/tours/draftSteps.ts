/**
 * The generators' shared bookkeeping: steps in the making, and what they have revealed so far.
 *
 * @module
 */

import type { TourStep } from '../model/types.ts';
import { unique } from './tourGraph.ts';

/** A generated step before it gets its id. */
export type DraftStep = Omit<TourStep, 'id'>;

/** Steps being generated, and the nodes they reveal in the order the class first sees them. */
export interface DraftSteps {
  readonly steps: DraftStep[];
  readonly revealed: ReadonlySet<string>;
  /** Revealed nodes in first-reveal order. */
  readonly order: readonly string[];
  /** Adds `step` unless it shows nothing or only nodes already revealed (a step must bring news). */
  push(step: DraftStep): void;
}

/** An empty {@link DraftSteps}. */
export function draftSteps(): DraftSteps {
  const steps: DraftStep[] = [];
  const revealed = new Set<string>();
  const order: string[] = [];
  return {
    steps,
    revealed,
    order,
    push(step) {
      const ids = unique(step.nodes);
      if (ids.length === 0 || ids.every((id) => revealed.has(id))) return;
      for (const id of ids) {
        if (!revealed.has(id)) order.push(id);
        revealed.add(id);
      }
      steps.push({ ...step, nodes: ids });
    },
  };
}

/** Speaker notes of the generated steps, one wording for each kind of step. */
export const NOTES = {
  position: 'Which reason here is strongest? Which objection would you answer first?',
  evidence: 'Who said this, and how do they know? How much would you trust it?',
  reasons: 'How does this reason bear on the position? Is it strong?',
  question: 'Read the question aloud. What would you answer before seeing any arguments?',
  verdict:
    'Every argument is now on the board. Switch on the strengths to reveal the verdict: which answer holds up best? Does the class agree?',
  lessonVerdict:
    'Switch on the strengths (V) to reveal the verdict: which answer holds up best, and which labels are accepted or rejected? Does the class agree?',
} as const;
