import type { ArgMapDocument, Tour } from '@argmap/core';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPresentLink, type PresentState } from './presentChannel.ts';
import { createPresenterClient, type PresenterClient } from './presenterClient.ts';
import { createPresentHost, type PresentHost } from './presentHost.ts';
import type { PresentEvent } from './presentMachine.ts';
import { FakeLocks, FaultyNetwork } from './testChannels.ts';

// The audience window and its presenter windows over a network that loses, repeats and reorders
// messages on purpose. Re-sends run on fake timers, so nothing here waits on the clock.

const LOCK = 'argmap-present-test';
const map = { version: 1, meta: { title: 'Test' }, nodes: {}, edges: {} } as unknown as ArgMapDocument;
const deckNamed = (n: number): Tour => ({ id: 't', title: `deck ${n}`, steps: [] });
const stateAt = (index: number): PresentState => ({
  index,
  stepCount: 100,
  verdict: false,
  theme: 'light',
  blank: false,
});

/** One audience window: its host, the state it last published, and the commands it applied. */
function audience(net: FaultyNetwork, locks: FakeLocks) {
  const channel = net.channel();
  const applied: number[] = [];
  let state = stateAt(0);
  let deck = 0;
  const host: PresentHost = createPresentHost({
    link: createPresentLink(channel),
    lock: { manager: locks, name: LOCK },
    onCommand: (event) => {
      // Commands in these tests are GOTOs with a unique index, so the log shows each one's fate.
      if (event.type !== 'GOTO') return;
      applied.push(event.index);
      state = stateAt(event.index);
      host.setState(state);
    },
  });
  host.setDeck(() => ({ map, tour: deckNamed(deck) }));
  host.setState(state);
  return {
    host,
    channel,
    applied,
    step(index: number) {
      state = stateAt(index);
      host.setState(state);
    },
    editDeck() {
      deck++;
      host.setDeck(() => ({ map, tour: deckNamed(deck) }));
    },
    get state() {
      return state;
    },
    get deck() {
      return `deck ${deck}`;
    },
  };
}

/** One presenter window and the commands it sent, by their unique GOTO index. */
function presenter(net: FaultyNetwork, locks: FakeLocks) {
  const channel = net.channel();
  const client: PresenterClient = createPresenterClient({
    link: createPresentLink(channel),
    lock: { manager: locks, name: LOCK },
    onChange: () => {},
  });
  return { client, channel, sent: [] as number[], alive: true };
}

/** Lets the network deliver everything and the clock run until nobody has anything left to send. */
async function settle(net: FaultyNetwork): Promise<void> {
  for (let round = 0; round < 500; round++) {
    net.drain();
    await vi.advanceTimersByTimeAsync(5000);
    if (net.pending === 0 && vi.getTimerCount() === 0) return;
  }
  throw new Error('the link never went quiet');
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the presenter link on a channel that behaves', () => {
  it('gives a presenter window the deck and the state, and applies its commands once each, in order', async () => {
    const net = new FaultyNetwork();
    const locks = new FakeLocks();
    const talk = audience(net, locks);
    const window = presenter(net, locks);
    await settle(net);
    expect(window.client.snapshot().state).toEqual(stateAt(0));
    expect(window.client.snapshot().deck?.tour.title).toBe('deck 0');
    for (const index of [5, 6, 7]) window.client.command({ type: 'GOTO', index });
    await settle(net);
    expect(talk.applied).toEqual([5, 6, 7]);
    expect(window.client.snapshot().state).toEqual(stateAt(7));
  });

  it('ends the presenter window and then closes the channel', async () => {
    const net = new FaultyNetwork();
    const locks = new FakeLocks();
    const talk = audience(net, locks);
    const window = presenter(net, locks);
    await settle(net);
    talk.host.end();
    await settle(net);
    expect(window.client.snapshot().ended).toBe(true);
    expect(talk.host.closed).toBe(true);
    expect(locks.held(LOCK)).toBe(false);
  });

  it('a presenter window opened when no presentation runs says it has ended instead of waiting', async () => {
    const net = new FaultyNetwork();
    const locks = new FakeLocks();
    const window = presenter(net, locks);
    await vi.advanceTimersByTimeAsync(0);
    expect(window.client.snapshot().ended).toBe(true);
  });
});

describe('the presenter link when messages are lost', () => {
  it('tells the presenter window that the talk ended even when every message of the end is lost', async () => {
    const net = new FaultyNetwork();
    const locks = new FakeLocks();
    const talk = audience(net, locks);
    const window = presenter(net, locks);
    await settle(net);
    talk.host.end();
    while (net.pending > 0) net.step(0, 'drop');
    await vi.advanceTimersByTimeAsync(0);
    expect(window.client.snapshot().ended).toBe(true);
  });

  it('tells the presenter window when the audience window crashes without a word', async () => {
    const net = new FaultyNetwork();
    const locks = new FakeLocks();
    const talk = audience(net, locks);
    const window = presenter(net, locks);
    await settle(net);
    net.disconnect(talk.channel.endpoint);
    locks.crash(LOCK);
    await settle(net);
    expect(window.client.snapshot().ended).toBe(true);
  });

  it('re-sends the end until the presenter window acknowledges it', async () => {
    const net = new FaultyNetwork();
    // No lock service: only the messages can tell the presenter window.
    const channel = net.channel();
    const host = createPresentHost({ link: createPresentLink(channel), onCommand: () => {} });
    host.setState(stateAt(3));
    const client = createPresenterClient({ link: createPresentLink(net.channel()), onChange: () => {} });
    await settle(net);
    host.end();
    // The first three sends of the end are lost.
    let lost = 0;
    for (let tick = 0; lost < 3 && tick < 100; tick++) {
      if (net.pending > 0) {
        net.step(0, 'drop');
        lost++;
      } else await vi.advanceTimersByTimeAsync(1000);
    }
    expect(lost).toBe(3);
    expect(client.snapshot().ended).toBe(false);
    await settle(net);
    expect(client.snapshot().ended).toBe(true);
    expect(host.closed).toBe(true);
  });
});

type Action =
  | { kind: 'step'; index: number }
  | { kind: 'deck' }
  | { kind: 'open' }
  | { kind: 'close'; which: number }
  | { kind: 'crash'; which: number }
  | { kind: 'command'; which: number }
  | { kind: 'net'; pick: number; fate: 'deliver' | 'drop' | 'duplicate' }
  | { kind: 'time'; ms: number }
  | { kind: 'end' };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('step' as const), index: fc.nat(99) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'deck' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'open' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), which: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('crash' as const), which: fc.nat(7) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('command' as const), which: fc.nat(7) }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('net' as const),
      pick: fc.nat(50),
      fate: fc.constantFrom('deliver' as const, 'deliver' as const, 'drop' as const, 'duplicate' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('time' as const), ms: fc.integer({ min: 0, max: 3000 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'end' as const }) },
);

describe('the presenter link under random faults (model-based)', () => {
  it('ends with every open presenter window showing what the audience shows, each command applied at most once and in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { maxLength: 60 }), async (actions) => {
        vi.clearAllTimers();
        const net = new FaultyNetwork();
        const locks = new FakeLocks();
        const talk = audience(net, locks);
        const windows = [presenter(net, locks)];
        let ended = false;
        let tag = 1000;
        const live = () => windows.filter((window) => window.alive);
        const pickLive = (which: number) => live()[which % Math.max(1, live().length)];

        for (const next of actions) {
          switch (next.kind) {
            case 'step':
              if (!ended) talk.step(next.index);
              break;
            case 'deck':
              if (!ended) talk.editDeck();
              break;
            case 'open':
              windows.push(presenter(net, locks));
              break;
            case 'close': {
              const window = pickLive(next.which);
              if (window) {
                window.client.dispose();
                window.alive = false;
              }
              break;
            }
            case 'crash': {
              const window = pickLive(next.which);
              if (window) {
                // The window's scripts stop with it: cut it off, then stop its timers (its goodbye goes nowhere).
                net.disconnect(window.channel.endpoint);
                window.client.dispose();
                window.alive = false;
              }
              break;
            }
            case 'command': {
              const window = pickLive(next.which);
              if (window && !window.client.snapshot().ended) {
                const event: PresentEvent = { type: 'GOTO', index: tag++ };
                window.sent.push(event.index);
                window.client.command(event);
              }
              break;
            }
            case 'net':
              net.step(next.pick, next.fate);
              break;
            case 'time':
              await vi.advanceTimersByTimeAsync(next.ms);
              break;
            case 'end':
              if (!ended) talk.host.end();
              ended = true;
              break;
          }
          // After every step: a command is never applied twice, nor before an earlier one of its window.
          for (const window of windows) {
            const seen = talk.applied.filter((index) => window.sent.includes(index));
            expect(seen).toEqual(window.sent.slice(0, seen.length));
          }
        }

        // Everything still in flight is lost; then the network heals and everything settles.
        while (net.pending > 0) net.step(0, 'drop');
        await settle(net);
        for (const window of live()) {
          const view = window.client.snapshot();
          if (ended) {
            expect(view.ended).toBe(true);
          } else {
            expect(view.ended).toBe(false);
            expect(view.state).toEqual(talk.state);
            expect(view.deck?.tour.title).toBe(talk.deck);
            // Every command of a window that is still open reached the audience window.
            expect(talk.applied.filter((index) => window.sent.includes(index))).toEqual(window.sent);
          }
        }
        if (ended) expect(talk.host.closed).toBe(true);
        for (const window of live()) window.client.dispose();
        if (!ended) talk.host.end();
        await settle(net);
      }),
      { numRuns: 150, seed: 20261203 },
    );
  });
});
