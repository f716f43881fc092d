import type { ArgMapDocument, Tour } from '@argmap/core';
import type { PresentContext, PresentEvent } from './presentMachine.ts';

/**
 * The protocol between the audience window (the projector) and the presenter windows (the
 * teacher's laptop). The audience window owns the presentation and publishes it as numbered
 * versions; each presenter window acknowledges the version it shows, and the audience window
 * sends again to any presenter that is behind. Presenter clicks are numbered too and acknowledged,
 * so a lost or reordered message is repaired by the next send instead of leaving the two windows
 * out of step. See `presentHost.ts` (audience side) and `presenterClient.ts` (presenter side).
 */
export type PresentMessage =
  /** Presenter → audience: "I have opened (or reloaded), send me everything". */
  | { type: 'hello'; from: string }
  /** Presenter → audience: the window is closing; stop sending to it. */
  | { type: 'bye'; from: string }
  /** Presenter → audience: the newest state version and deck version it has applied, and that it is still there. */
  | { type: 'ack'; from: string; session: string; version: number; deckVersion: number }
  /** Presenter → audience: a click or key press, numbered from 1 per presenter window. */
  | { type: 'command'; from: string; seq: number; event: PresentEvent }
  /** Audience → presenter: every command of presenter `to` up to `seq` has been handled. */
  | { type: 'handled'; session: string; to: string; seq: number }
  /** Audience → presenters: the map (as a document: messages are structured-cloned) and tour being presented. */
  | { type: 'deck'; session: string; deckVersion: number; map: ArgMapDocument; tour: Tour }
  /** Audience → presenters: where the presentation is now, or that it has ended. */
  | {
      type: 'state';
      session: string;
      version: number;
      deckVersion: number;
      state: PresentState;
      ended: boolean;
    };

/** What the presenter window mirrors (an open quote is the projector's own business). */
export interface PresentState extends Omit<PresentContext, 'quote'> {
  blank: boolean;
}

/** The part of `BroadcastChannel` the link uses, so tests can pass an in-memory pair. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** One end of the link: send typed messages, receive only well-formed ones. */
export interface PresentLink {
  send(message: PresentMessage): void;
  /** Calls `listener` for each well-formed message; returns the function that stops listening. */
  listen(listener: (message: PresentMessage) => void): () => void;
  close(): void;
}

/**
 * Whether `data` looks like a {@link PresentMessage}. Another tab of the same site could post
 * anything on the channel (an older version of the app, say), so shapes are checked.
 */
export function isPresentMessage(data: unknown): data is PresentMessage {
  if (!isObject(data)) return false;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'hello':
    case 'bye':
      return isId(message.from);
    case 'ack':
      return (
        isId(message.from) &&
        isId(message.session) &&
        isCount(message.version) &&
        isCount(message.deckVersion)
      );
    case 'command':
      return (
        isId(message.from) &&
        isCount(message.seq) &&
        isObject(message.event) &&
        typeof (message.event as PresentEvent).type === 'string'
      );
    case 'handled':
      return isId(message.session) && isId(message.to) && isCount(message.seq);
    case 'deck':
      return (
        isId(message.session) &&
        isCount(message.deckVersion) &&
        isObject(message.map) &&
        isObject(message.tour) &&
        Array.isArray((message.tour as Tour).steps)
      );
    case 'state':
      return (
        isId(message.session) &&
        isCount(message.version) &&
        isCount(message.deckVersion) &&
        typeof message.ended === 'boolean' &&
        isObject(message.state) &&
        typeof (message.state as PresentState).index === 'number'
      );
    default:
      return false;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 64;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Wraps a channel in the typed protocol. */
export function createPresentLink(channel: ChannelLike): PresentLink {
  return {
    send: (message) => channel.postMessage(message),
    listen: (listener) => {
      const onMessage = (event: MessageEvent) => {
        if (isPresentMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}

/** The `BroadcastChannel` name for one presentation; both windows must use the same. */
export function channelName(id: string): string {
  return `argmap-present-${id}`;
}

/**
 * The Web Lock the audience window holds while its presentation runs. The browser releases it
 * when the presentation ends or the window closes, reloads or crashes, so a presenter window
 * learns that the talk is over even when no message could say so.
 */
export function presentationLockName(id: string): string {
  return `argmap-present-${id}`;
}

/** The URL query parameter that opens the app as a presenter view. */
export const PRESENTER_PARAM = 'presenter';

/** The presentation id in a presenter window's URL search string, if this window is one. */
export function presenterIdFromSearch(search: string): string | undefined {
  const id = new URLSearchParams(search).get(PRESENTER_PARAM);
  return id && /^[\w-]{1,64}$/.test(id) ? id : undefined;
}

/** A random id for a window or a presentation session. */
export function randomId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
