import { assign, type SnapshotFrom, setup } from 'xstate';

/** The projector theme's two variants: light for bright rooms, dark for dimmed ones. */
export type ProjectorTheme = 'light' | 'dark';

/** What the presentation knows: where in the tour it is and what is switched on. */
export interface PresentContext {
  /** Number of steps in the tour being presented. */
  stepCount: number;
  /** The current step, in `[0, stepCount - 1]` (0 for an empty tour). */
  index: number;
  /** Whether node strengths are shown ("reveal the verdict"). */
  verdict: boolean;
  theme: ProjectorTheme;
}

/** Everything that can happen during a presentation: clicker keys, swipes, buttons, the presenter window. */
export type PresentEvent =
  | { type: 'NEXT' }
  | { type: 'PREV' }
  | { type: 'FIRST' }
  | { type: 'LAST' }
  | { type: 'GOTO'; index: number }
  | { type: 'TOGGLE_VERDICT' }
  | { type: 'TOGGLE_THEME' }
  /** Black out the screen (clickers send `b` or `.`) so the class looks at the teacher. */
  | { type: 'TOGGLE_BLANK' }
  /** The tour was edited while presenting: keep the current step if it still exists. */
  | { type: 'SET_STEP_COUNT'; stepCount: number }
  | { type: 'EXIT' };

/** What starts a presentation. */
export interface PresentInput {
  stepCount: number;
  startAt?: number;
  verdict?: boolean;
  theme?: ProjectorTheme;
}

function clampIndex(index: number, stepCount: number): number {
  return Math.max(0, Math.min(Math.trunc(index), stepCount - 1));
}

/**
 * The presentation as a statechart: `showing` a step or `blank`, until `EXIT` ends it (a final
 * state the component turns into leaving full screen). Steps stop at both ends rather than
 * wrapping, because a clicker pressed once too often must not jump back to the title.
 */
export const presentMachine = setup({
  types: {
    context: {} as PresentContext,
    events: {} as PresentEvent,
    input: {} as PresentInput,
  },
  actions: {
    next: assign({ index: ({ context }) => clampIndex(context.index + 1, context.stepCount) }),
    prev: assign({ index: ({ context }) => clampIndex(context.index - 1, context.stepCount) }),
    first: assign({ index: 0 }),
    last: assign({ index: ({ context }) => clampIndex(context.stepCount - 1, context.stepCount) }),
    goto: assign({
      index: ({ context, event }) =>
        event.type === 'GOTO' && Number.isFinite(event.index)
          ? clampIndex(event.index, context.stepCount)
          : context.index,
    }),
    toggleVerdict: assign({ verdict: ({ context }) => !context.verdict }),
    toggleTheme: assign({ theme: ({ context }) => (context.theme === 'light' ? 'dark' : 'light') }),
    setStepCount: assign(({ context, event }) => {
      if (event.type !== 'SET_STEP_COUNT') return {};
      const stepCount = Math.max(0, Math.trunc(event.stepCount));
      return { stepCount, index: clampIndex(context.index, stepCount) };
    }),
  },
}).createMachine({
  id: 'present',
  initial: 'showing',
  context: ({ input }) => {
    const stepCount = Math.max(0, Math.trunc(input.stepCount));
    return {
      stepCount,
      index: clampIndex(input.startAt ?? 0, stepCount),
      verdict: input.verdict ?? false,
      theme: input.theme ?? 'light',
    };
  },
  on: {
    TOGGLE_THEME: { actions: 'toggleTheme' },
    TOGGLE_VERDICT: { actions: 'toggleVerdict' },
    SET_STEP_COUNT: { actions: 'setStepCount' },
    EXIT: '.exited',
  },
  states: {
    showing: {
      on: {
        NEXT: { actions: 'next' },
        PREV: { actions: 'prev' },
        FIRST: { actions: 'first' },
        LAST: { actions: 'last' },
        GOTO: { actions: 'goto' },
        TOGGLE_BLANK: 'blank',
      },
    },
    blank: {
      // Any navigation key brings the picture back where it was: the class has not seen a step move.
      on: {
        TOGGLE_BLANK: 'showing',
        NEXT: 'showing',
        PREV: 'showing',
        FIRST: 'showing',
        LAST: 'showing',
        GOTO: 'showing',
      },
    },
    exited: { type: 'final' },
  },
});

/** A snapshot of a running presentation. */
export type PresentSnapshot = SnapshotFrom<typeof presentMachine>;
