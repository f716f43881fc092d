import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { type PresentEvent, type PresentInput, presentMachine } from './presentMachine.ts';

/** Starts a presentation and drives it by intent, as a teacher with a clicker would. */
function present(input: PresentInput) {
  const actor = createActor(presentMachine, { input }).start();
  return {
    press: (...events: PresentEvent['type'][]) => {
      for (const type of events) actor.send({ type } as PresentEvent);
    },
    send: (event: PresentEvent) => actor.send(event),
    index: () => actor.getSnapshot().context.index,
    state: () => actor.getSnapshot().value,
    context: () => actor.getSnapshot().context,
    done: () => actor.getSnapshot().status === 'done',
  };
}

describe('present statechart', () => {
  it('walks forward and back, stopping at both ends instead of wrapping', () => {
    const talk = present({ stepCount: 3 });
    expect(talk.index()).toBe(0);
    talk.press('PREV');
    expect(talk.index()).toBe(0);
    talk.press('NEXT', 'NEXT', 'NEXT', 'NEXT');
    expect(talk.index()).toBe(2);
    talk.press('PREV');
    expect(talk.index()).toBe(1);
  });

  it('jumps to the first, last and any step', () => {
    const talk = present({ stepCount: 5, startAt: 2 });
    talk.press('LAST');
    expect(talk.index()).toBe(4);
    talk.press('FIRST');
    expect(talk.index()).toBe(0);
    talk.send({ type: 'GOTO', index: 3 });
    expect(talk.index()).toBe(3);
    talk.send({ type: 'GOTO', index: 40 });
    expect(talk.index()).toBe(4);
    talk.send({ type: 'GOTO', index: Number.NaN });
    expect(talk.index()).toBe(4);
  });

  it('blanks the screen and comes back to the same step on any navigation key', () => {
    const talk = present({ stepCount: 3, startAt: 1 });
    talk.press('TOGGLE_BLANK');
    expect(talk.state()).toBe('blank');
    talk.press('NEXT');
    expect(talk.state()).toBe('showing');
    expect(talk.index()).toBe(1);
  });

  it('reveals the verdict and switches theme without moving', () => {
    const talk = present({ stepCount: 3, startAt: 2, theme: 'dark' });
    talk.press('TOGGLE_VERDICT', 'TOGGLE_THEME');
    expect(talk.context()).toEqual({ stepCount: 3, index: 2, verdict: true, theme: 'light', quote: [] });
  });

  it('opens the whole quotes with Q or a click, and closes them with Q, Esc or moving on', () => {
    const talk = present({ stepCount: 3 });
    talk.send({ type: 'TOGGLE_QUOTE', nodes: ['ev1', 'ev2'] });
    expect(talk.context().quote).toEqual(['ev1', 'ev2']);
    talk.send({ type: 'TOGGLE_QUOTE', nodes: ['ev1', 'ev2'] });
    expect(talk.context().quote).toEqual([]);
    // A step without evidence: Q opens nothing.
    talk.press('TOGGLE_QUOTE');
    expect(talk.context().quote).toEqual([]);
    talk.send({ type: 'SHOW_QUOTE', node: 'ev2' });
    expect(talk.context().quote).toEqual(['ev2']);
    // Esc closes the quote first; the presentation goes on.
    talk.press('EXIT');
    expect(talk.done()).toBe(false);
    expect(talk.context().quote).toEqual([]);
    talk.send({ type: 'SHOW_QUOTE', node: 'ev1' });
    talk.press('NEXT');
    expect(talk.context()).toMatchObject({ index: 1, quote: [] });
    talk.press('EXIT');
    expect(talk.done()).toBe(true);
  });

  it('keeps its place when the tour shrinks under it, and ends on EXIT', () => {
    const talk = present({ stepCount: 6, startAt: 5 });
    talk.send({ type: 'SET_STEP_COUNT', stepCount: 4 });
    expect(talk.index()).toBe(3);
    talk.press('EXIT');
    expect(talk.done()).toBe(true);
  });

  it('presents an empty tour without going out of range', () => {
    const talk = present({ stepCount: 0 });
    talk.press('NEXT', 'LAST', 'PREV');
    expect(talk.index()).toBe(0);
  });
});
