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
