import { describe, expect, it } from 'vitest';
import { createPresentLink, isPresentMessage, presenterIdFromSearch } from './presentChannel.ts';
import { channelPair } from './testChannels.ts';

describe('present link', () => {
  it('carries typed messages between the two windows and drops malformed ones', () => {
    const [a, b] = channelPair();
    const audience = createPresentLink(a);
    const presenter = createPresentLink(b);
    const received: string[] = [];
    audience.listen((message) => received.push(message.type));
    presenter.send({ type: 'hello', from: 'p1' });
    b.postMessage({ type: 'command' });
    b.postMessage({ type: 'command', from: 'p1', seq: 1.5, event: { type: 'NEXT' } });
    b.postMessage('hello');
    presenter.send({ type: 'command', from: 'p1', seq: 1, event: { type: 'NEXT' } });
    expect(received).toEqual(['hello', 'command']);
  });

  it('stops delivering after unsubscribing', () => {
    const [a, b] = channelPair();
    const received: string[] = [];
    const stop = createPresentLink(a).listen((message) => received.push(message.type));
    stop();
    createPresentLink(b).send({ type: 'hello', from: 'p1' });
    expect(received).toEqual([]);
  });
});

describe('isPresentMessage', () => {
  it('checks the shape of each message type', () => {
    const state = { type: 'state', session: 's', version: 3, deckVersion: 1, ended: false };
    expect(isPresentMessage({ ...state, state: { index: 2 } })).toBe(true);
    expect(isPresentMessage({ ...state, state: { index: '2' } })).toBe(false);
    expect(isPresentMessage({ ...state, version: -1, state: { index: 2 } })).toBe(false);
    expect(
      isPresentMessage({ type: 'deck', session: 's', deckVersion: 1, map: {}, tour: { steps: [] } }),
    ).toBe(true);
    expect(isPresentMessage({ type: 'deck', session: 's', deckVersion: 1, map: {}, tour: {} })).toBe(false);
    expect(isPresentMessage({ type: 'ack', from: 'p', session: 's', version: 0, deckVersion: 0 })).toBe(true);
    expect(isPresentMessage({ type: 'hello', from: 'x'.repeat(65) })).toBe(false);
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
