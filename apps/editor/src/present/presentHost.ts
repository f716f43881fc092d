import type { ArgMapDocument, Tour } from '@argmap/core';
import { type PresentLink, type PresentMessage, type PresentState, randomId } from './presentChannel.ts';
import type { PresentEvent } from './presentMachine.ts';
import { DEFAULT_RETRY, type PresentationLock, type RetryTiming, retryDelay } from './retry.ts';

/** What the audience window needs to publish its presentation. */
export interface PresentHostOptions {
  link: PresentLink;
  /** Called for each presenter command, once and in the order the presenter sent them. */
  onCommand: (event: PresentEvent) => void;
  /** Held while the presentation runs; see `presentationLockName`. Without it, no lock is held. */
  lock?: PresentationLock | undefined;
  retry?: RetryTiming;
  /**
   * How many unanswered re-sends a presenter window gets before the audience window stops
   * writing to it (it was closed without saying goodbye). Default 20, about a minute.
   */
  maxAttempts?: number;
  /**
   * Called once the host holds the lock and answers presenter windows. A presenter window opened
   * before that would find the lock free and conclude that no presentation is running.
   */
  onStarted?: () => void;
}

/** The audience window's end of the link. */
export interface PresentHost {
  /** The deck changed (the map or tour was edited); `read` is called only when a presenter needs it. */
  setDeck(read: () => { map: ArgMapDocument; tour: Tour }): void;
  /** The presentation moved. */
  setState(state: PresentState): void;
  /**
   * The presentation ended: tells every presenter window, keeps re-sending to those that have not
   * acknowledged, and closes the channel once all have (or have given up). Releases the lock at once.
   */
  end(): void;
  /** Whether the channel is closed (tests read this). */
  readonly closed: boolean;
}

interface Presenter {
  version: number;
  deckVersion: number;
  handled: number;
  attempts: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Publishes a presentation to any number of presenter windows, reliably over a channel that may
 * drop or reorder messages: every state and deck carries a version, each presenter acknowledges
 * what it has applied, and the host re-sends (with back-off) to whoever is behind.
 */
export function createPresentHost(options: PresentHostOptions): PresentHost {
  const { link, onCommand } = options;
  const timing = options.retry ?? DEFAULT_RETRY;
  const maxAttempts = options.maxAttempts ?? 20;
  const session = randomId();
  const presenters = new Map<string, Presenter>();
  let readDeck: (() => { map: ArgMapDocument; tour: Tour }) | undefined;
  let deck: { map: ArgMapDocument; tour: Tour } | undefined;
  let deckVersion = 0;
  let state: PresentState | undefined;
  let version = 0;
  let ended = false;
  let started = false;
  let closed = false;
  let release: (() => void) | undefined;

  const currentDeck = () => {
    if (!deck && readDeck) deck = readDeck();
    return deck;
  };
  const sendDeck = () => {
    const current = currentDeck();
    if (current) link.send({ type: 'deck', session, deckVersion, map: current.map, tour: current.tour });
  };
  const sendState = () => {
    if (state) link.send({ type: 'state', session, version, deckVersion, state, ended });
  };
  const behind = (presenter: Presenter) =>
    (state !== undefined && presenter.version < version) ||
    (readDeck !== undefined && presenter.deckVersion < deckVersion);

  const stopTimer = (presenter: Presenter) => {
    if (presenter.timer !== undefined) clearTimeout(presenter.timer);
    presenter.timer = undefined;
  };
  const schedule = (id: string, presenter: Presenter) => {
    if (closed || presenter.timer !== undefined) return;
    presenter.timer = setTimeout(
      () => {
        presenter.timer = undefined;
        if (closed || presenters.get(id) !== presenter || !behind(presenter)) return;
        if (++presenter.attempts > maxAttempts) {
          presenters.delete(id);
          closeIfDone();
          return;
        }
        if (presenter.deckVersion < deckVersion) sendDeck();
        sendState();
        schedule(id, presenter);
      },
      retryDelay(timing, presenter.attempts),
    );
  };
  const closeIfDone = () => {
    if (closed || !ended) return;
    for (const presenter of presenters.values()) if (behind(presenter)) return;
    closed = true;
    for (const presenter of presenters.values()) stopTimer(presenter);
    stop();
    link.close();
  };
  /** After a broadcast: everyone who has not acknowledged it gets a re-send timer. */
  const watchAll = () => {
    for (const [id, presenter] of presenters) if (behind(presenter)) schedule(id, presenter);
  };
  const presenterFor = (id: string) => {
    let presenter = presenters.get(id);
    if (!presenter) {
      presenter = { version: 0, deckVersion: 0, handled: 0, attempts: 0, timer: undefined };
      presenters.set(id, presenter);
    }
    return presenter;
  };

  const onMessage = (message: PresentMessage) => {
    if (closed) return;
    switch (message.type) {
      case 'hello': {
        const presenter = presenterFor(message.from);
        presenter.version = 0;
        presenter.deckVersion = 0;
        presenter.attempts = 0;
        if (!started) return;
        sendDeck();
        sendState();
        schedule(message.from, presenter);
        return;
      }
      case 'ack': {
        if (message.session !== session) return;
        const presenter = presenterFor(message.from);
        presenter.version = Math.max(presenter.version, message.version);
        presenter.deckVersion = Math.max(presenter.deckVersion, message.deckVersion);
        presenter.attempts = 0;
        if (!behind(presenter)) stopTimer(presenter);
        else if (started && presenter.timer === undefined) {
          // It heard a newer state than the deck it holds: send the deck now rather than after a delay.
          if (presenter.deckVersion < deckVersion) sendDeck();
          schedule(message.from, presenter);
        }
        closeIfDone();
        return;
      }
      case 'command': {
        const presenter = presenterFor(message.from);
        // Only the next command in the presenter's order is applied; a re-send of an old one is
        // acknowledged again, one that overtook an earlier one waits for its re-send.
        if (message.seq === presenter.handled + 1) {
          presenter.handled = message.seq;
          if (!ended) onCommand(message.event);
        }
        link.send({ type: 'handled', session, to: message.from, seq: presenter.handled });
        return;
      }
      case 'bye': {
        const presenter = presenters.get(message.from);
        if (presenter) stopTimer(presenter);
        presenters.delete(message.from);
        closeIfDone();
        return;
      }
      default:
        return;
    }
  };
  const stop = link.listen(onMessage);

  const start = () => {
    if (started || closed) return;
    started = true;
    options.onStarted?.();
    sendDeck();
    sendState();
    watchAll();
    closeIfDone();
  };
  // The lock is taken before the first state goes out, so a presenter that waits for it after
  // hearing a state is always queued behind this window.
  if (options.lock) {
    options.lock.manager
      .request(options.lock.name, {}, () => {
        if (ended) return;
        start();
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      })
      .catch(start);
  } else {
    start();
  }

  return {
    setDeck(read) {
      if (ended) return;
      readDeck = read;
      deck = undefined;
      deckVersion++;
      if (!started) return;
      if (presenters.size > 0) sendDeck();
      watchAll();
    },
    setState(next) {
      if (ended) return;
      state = next;
      version++;
      if (!started) return;
      sendState();
      watchAll();
    },
    end() {
      if (ended) return;
      ended = true;
      version++;
      release?.();
      if (!started) {
        // Nobody has heard of this presentation yet: there is no one to tell.
        closed = true;
        stop();
        link.close();
        return;
      }
      sendState();
      watchAll();
      closeIfDone();
    },
    get closed() {
      return closed;
    },
  };
}
