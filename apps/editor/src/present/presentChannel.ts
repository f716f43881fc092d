import type { ArgMapDocument, Tour } from '@argmap/core';
import type { PresentContext, PresentEvent } from './presentMachine.ts';

/**
 * The protocol between the audience window (the projector) and the presenter window (the
 * teacher's laptop). The audience window owns the presentation; the presenter window asks for
 * the deck when it opens, then mirrors every state change and sends back the teacher's clicks.
 */
export type PresentMessage =
  /** Presenter → audience: "I have opened, send me the deck". */
  | { type: 'ready' }
  /** Audience → presenter: the map (as a document: messages are structured-cloned) and tour being presented. */
  | { type: 'deck'; map: ArgMapDocument; tour: Tour }
  /** Audience → presenter: where the presentation is now. */
  | { type: 'state'; state: PresentState }
  /** Presenter → audience: a click or key press on the presenter window. */
  | { type: 'command'; event: PresentEvent }
  /** Audience → presenter: the presentation ended. */
  | { type: 'ended' };

/** What the presenter window mirrors. */
export interface PresentState extends PresentContext {
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

const TYPES = new Set(['ready', 'deck', 'state', 'command', 'ended']);

/**
 * Whether `data` looks like a {@link PresentMessage}. Another tab of the same site could post
 * anything on the channel (an older version of the app, say), so shapes are checked.
 */
export function isPresentMessage(data: unknown): data is PresentMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (typeof message.type !== 'string' || !TYPES.has(message.type)) return false;
  switch (message.type) {
    case 'deck':
      return isObject(message.map) && isObject(message.tour) && Array.isArray((message.tour as Tour).steps);
    case 'state':
      return isObject(message.state) && typeof (message.state as PresentState).index === 'number';
    case 'command':
      return isObject(message.event) && typeof (message.event as PresentEvent).type === 'string';
    default:
      return true;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
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

/** The URL query parameter that opens the app as a presenter view. */
export const PRESENTER_PARAM = 'presenter';

/** The presentation id in a presenter window's URL search string, if this window is one. */
export function presenterIdFromSearch(search: string): string | undefined {
  const id = new URLSearchParams(search).get(PRESENTER_PARAM);
  return id && /^[\w-]{1,64}$/.test(id) ? id : undefined;
}
