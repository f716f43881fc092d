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
  /** Evidence nodes whose whole quote is open over the stage (empty: none). */
  quote: readonly string[];
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
  /**
   * Q: open the whole quotes of `nodes` (the step's evidence, filled in by the audience window),
   * or close the open ones.
   */
  | { type: 'TOGGLE_QUOTE'; nodes?: readonly string[] }
  /** A click on an evidence node: its whole quote. */
  | { type: 'SHOW_QUOTE'; node: string }
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
 * The presentation as a statechart: `showing` a step (with whole quotes open or not) or `blank`,
 * until `EXIT` ends it (a final
 * state the component turns into leaving full screen). Steps stop at both ends rather than
 * wrapping, because a clicker pressed once too often must not jump back to the title.
 */
export const presentMachine = setup({
  types: {
    context: {} as PresentContext,
    events: {} as PresentEvent,
    input: {} as PresentInput,
  },
  guards: {
    quoteOpen: ({ context }) => context.quote.length > 0,
  },
  actions: {
    // Moving on closes an open quote: the next step has quotes of its own.
    next: assign({ index: ({ context }) => clampIndex(context.index + 1, context.stepCount), quote: [] }),
    prev: assign({ index: ({ context }) => clampIndex(context.index - 1, context.stepCount), quote: [] }),
    first: assign({ index: 0, quote: [] }),
    last: assign({ index: ({ context }) => clampIndex(context.stepCount - 1, context.stepCount), quote: [] }),
    goto: assign({
      index: ({ context, event }) =>
        event.type === 'GOTO' && Number.isFinite(event.index)
          ? clampIndex(event.index, context.stepCount)
          : context.index,
      quote: [],
    }),
    toggleQuote: assign({
      quote: ({ context, event }) =>
        context.quote.length > 0 || event.type !== 'TOGGLE_QUOTE' ? [] : [...(event.nodes ?? [])],
    }),
    showQuote: assign({
      quote: ({ context, event }) => (event.type === 'SHOW_QUOTE' ? [event.node] : context.quote),
    }),
    closeQuote: assign({ quote: [] }),
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
      quote: [],
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
        TOGGLE_QUOTE: { actions: 'toggleQuote' },
        SHOW_QUOTE: { actions: 'showQuote' },
        // Esc over an open quote closes the quote; the next Esc ends the presentation.
        EXIT: { guard: 'quoteOpen', actions: 'closeQuote' },
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
