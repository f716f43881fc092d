import { describe, expect, it } from 'vitest';
import {
  type ChannelLike,
  createPresentLink,
  isPresentMessage,
  presenterIdFromSearch,
} from './presentChannel.ts';

/** Two connected in-memory channels, delivering synchronously like a BroadcastChannel pair would (eventually). */
function channelPair(): [ChannelLike, ChannelLike] {
  const listeners: [Set<(e: MessageEvent) => void>, Set<(e: MessageEvent) => void>] = [new Set(), new Set()];
  const end = (mine: 0 | 1): ChannelLike => ({
    postMessage: (data) => {
      for (const listener of listeners[mine === 0 ? 1 : 0]) listener({ data } as MessageEvent);
    },
    addEventListener: (_type, listener) => listeners[mine].add(listener),
    removeEventListener: (_type, listener) => listeners[mine].delete(listener),
    close: () => listeners[mine].clear(),
  });
  return [end(0), end(1)];
}

describe('present link', () => {
  it('carries typed messages between the two windows and drops malformed ones', () => {
    const [a, b] = channelPair();
    const audience = createPresentLink(a);
    const presenter = createPresentLink(b);
    const received: string[] = [];
    audience.listen((message) => received.push(message.type));
    presenter.send({ type: 'ready' });
    b.postMessage({ type: 'command' });
    b.postMessage('hello');
    presenter.send({ type: 'command', event: { type: 'NEXT' } });
    expect(received).toEqual(['ready', 'command']);
  });

  it('stops delivering after unsubscribing', () => {
    const [a, b] = channelPair();
    const received: string[] = [];
    const stop = createPresentLink(a).listen((message) => received.push(message.type));
    stop();
    createPresentLink(b).send({ type: 'ready' });
    expect(received).toEqual([]);
  });
});

describe('isPresentMessage', () => {
  it('checks the shape of each message type', () => {
    expect(isPresentMessage({ type: 'state', state: { index: 2 } })).toBe(true);
    expect(isPresentMessage({ type: 'state', state: { index: '2' } })).toBe(false);
    expect(isPresentMessage({ type: 'deck', map: {}, tour: { steps: [] } })).toBe(true);
    expect(isPresentMessage({ type: 'deck', map: {}, tour: {} })).toBe(false);
    expect(isPresentMessage({ type: 'launch' })).toBe(false);
    expect(isPresentMessage(null)).toBe(false);
  });
});

describe('presenterIdFromSearch', () => {
  it('finds a presentation id and rejects odd ones', () => {
    expect(presenterIdFromSearch('?presenter=abc-123')).toBe('abc-123');
    expect(presenterIdFromSearch('?x=1')).toBeUndefined();
    expect(presenterIdFromSearch('?presenter=%3Cscript%3E')).toBeUndefined();
  });
});
