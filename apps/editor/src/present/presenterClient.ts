import type { ArgMapDocument, Tour } from '@argmap/core';
import { type PresentLink, type PresentMessage, type PresentState, randomId } from './presentChannel.ts';
import type { PresentEvent } from './presentMachine.ts';
import { DEFAULT_RETRY, type PresentationLock, type RetryTiming, retryDelay } from './retry.ts';

/** What a presenter window shows: the deck and state it last applied, or that the talk is over. */
export interface PresenterSnapshot {
  deck: { map: ArgMapDocument; tour: Tour } | null;
  state: PresentState | null;
  ended: boolean;
}

/** What a presenter window needs to follow a presentation. */
export interface PresenterClientOptions {
  link: PresentLink;
  /** Called after every change of the snapshot. */
  onChange: (snapshot: PresenterSnapshot) => void;
  /** The lock the audience window holds while it presents; when it is free, the talk is over. */
  lock?: PresentationLock | undefined;
  retry?: RetryTiming;
}

/** The presenter window's end of the link. */
export interface PresenterClient {
  /** Sends a click or key to the audience window; re-sent until it is acknowledged. */
  command(event: PresentEvent): void;
  snapshot(): PresenterSnapshot;
  /** Says goodbye to the audience window and stops listening. */
  dispose(): void;
}

/**
 * Follows one presentation. It says hello until the audience window answers, applies only
 * versions newer than the one it shows (so reordered messages cannot move it backwards),
 * acknowledges each, and numbers its own commands so the audience applies each exactly once.
 */
export function createPresenterClient(options: PresenterClientOptions): PresenterClient {
  const { link, onChange } = options;
  const timing = options.retry ?? DEFAULT_RETRY;
  const id = randomId();
  let session: string | undefined;
  let version = 0;
  let deckVersion = 0;
  let snapshot: PresenterSnapshot = { deck: null, state: null, ended: false };
  let seq = 0;
  let pending: { seq: number; event: PresentEvent }[] = [];
  let helloAttempts = 0;
  let helloTimer: ReturnType<typeof setTimeout> | undefined;
  let commandAttempts = 0;
  let commandTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const abortLock = typeof AbortController === 'undefined' ? undefined : new AbortController();

  const update = (next: Partial<PresenterSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    onChange(snapshot);
  };
  const finish = () => {
    clearTimeout(helloTimer);
    clearTimeout(commandTimer);
    pending = [];
    if (!snapshot.ended) update({ ended: true });
  };
  const ack = () => {
    if (session) link.send({ type: 'ack', from: id, session, version, deckVersion });
  };
  const hello = () => {
    link.send({ type: 'hello', from: id });
    helloTimer = setTimeout(
      () => {
        if (!disposed && !snapshot.ended && snapshot.state === null) hello();
      },
      retryDelay(timing, helloAttempts++),
    );
  };
  const resendCommands = () => {
    commandTimer = setTimeout(
      () => {
        commandTimer = undefined;
        if (disposed || snapshot.ended || pending.length === 0) return;
        for (const command of pending) link.send({ type: 'command', from: id, ...command });
        commandAttempts++;
        resendCommands();
      },
      retryDelay(timing, commandAttempts),
    );
  };
  /** Messages of a session other than the first one heard belong to another presentation. */
  const ours = (from: string) => {
    session ??= from;
    return session === from;
  };

  const onMessage = (message: PresentMessage) => {
    if (disposed || snapshot.ended) return;
    switch (message.type) {
      case 'deck':
        if (!ours(message.session)) return;
        if (message.deckVersion > deckVersion) {
          deckVersion = message.deckVersion;
          update({ deck: { map: message.map, tour: message.tour } });
        }
        ack();
        return;
      case 'state':
        if (!ours(message.session)) return;
        if (message.version > version) {
          version = message.version;
          clearTimeout(helloTimer);
          if (message.ended) {
            ack();
            finish();
            return;
          }
          update({ state: message.state });
        }
        ack();
        return;
      case 'handled':
        if (message.to !== id || !ours(message.session)) return;
        pending = pending.filter((command) => command.seq > message.seq);
        if (pending.length === 0) {
          clearTimeout(commandTimer);
          commandTimer = undefined;
          commandAttempts = 0;
        }
        return;
      default:
        return;
    }
  };
  const stop = link.listen(onMessage);
  hello();
  // The audience window holds the presentation's lock while it presents. Free now: the talk is
  // over (this window was opened or reloaded after it). Held: wait for it, and when the browser
  // grants it to us the audience window has ended the talk, closed, reloaded or crashed.
  const lock = options.lock;
  lock?.manager
    .request(lock.name, { ifAvailable: true }, (held) => {
      if (disposed) return;
      if (held) {
        finish();
        return;
      }
      lock.manager
        .request(lock.name, abortLock ? { signal: abortLock.signal } : {}, () => {
          if (!disposed) finish();
        })
        .catch(() => {
          // Aborted when this window closes.
        });
    })
    .catch(() => {
      // No lock service: the messages alone tell the end.
    });

  return {
    command(event) {
      if (disposed || snapshot.ended) return;
      const command = { seq: ++seq, event };
      pending.push(command);
      link.send({ type: 'command', from: id, ...command });
      if (commandTimer === undefined) resendCommands();
    },
    snapshot: () => snapshot,
    dispose() {
      if (disposed) return;
      disposed = true;
      clearTimeout(helloTimer);
      clearTimeout(commandTimer);
      abortLock?.abort();
      link.send({ type: 'bye', from: id });
      stop();
      link.close();
    },
  };
}
