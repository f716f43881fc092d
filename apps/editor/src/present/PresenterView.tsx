import { validateMap } from '@argmap/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { keyToEvent } from './keys.ts';
import { type ChannelLike, channelName, createPresentLink, presentationLockName } from './presentChannel.ts';
import { createPresenterClient, type PresenterClient, type PresenterSnapshot } from './presenterClient.ts';
import type { PresentEvent } from './presentMachine.ts';
import { type LockManagerLike, presentationLock } from './retry.ts';
import './present.css';

/** Props for {@link PresenterView}. */
export interface PresenterViewProps {
  /** The id in the `?presenter=` URL, naming the presentation's channel. */
  presentationId: string;
  /** The channel to use; defaults to a BroadcastChannel (tests pass an in-memory one). */
  channel?: ChannelLike;
  /** The Web Locks to watch for the audience window's end; defaults to `navigator.locks`, `null` for none. */
  locks?: LockManagerLike | null;
}

/**
 * The teacher's window: the current step with its speaker notes, the next step, a clock, and
 * buttons that drive the audience window. It holds no presentation state of its own; it shows
 * whatever the audience window last reported, so the two cannot drift apart.
 */
export function PresenterView({ presentationId, channel, locks }: PresenterViewProps) {
  const [view, setView] = useState<PresenterSnapshot>({ deck: null, state: null, ended: false });
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const client = useRef<PresenterClient | null>(null);

  useEffect(() => {
    const raw =
      channel ??
      (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName(presentationId)));
    if (!raw) return;
    const current = createPresenterClient({
      link: createPresentLink(raw),
      onChange: setView,
      lock:
        locks === undefined
          ? presentationLock(presentationId)
          : locks
            ? { manager: locks, name: presentationLockName(presentationId) }
            : undefined,
    });
    client.current = current;
    // A closed or reloaded window says goodbye, so the audience window stops writing to it.
    const onHide = () => current.dispose();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      current.dispose();
      client.current = null;
    };
  }, [channel, locks, presentationId]);

  // The map crosses windows as a plain document (a table does not survive structured clone).
  const deckDocument = view.deck;
  const deck = useMemo(() => {
    if (!deckDocument) return null;
    const map = validateMap(deckDocument.map);
    return map.ok ? { map: map.value, tour: deckDocument.tour } : null;
  }, [deckDocument]);
  const state = view.state;
  const ended = view.ended;

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const command = (event: PresentEvent) => client.current?.command(event);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (
        (event.target as HTMLElement | null)?.closest('button') &&
        (event.key === ' ' || event.key === 'Enter')
      )
        return;
      const found = keyToEvent(event.key, event.shiftKey);
      // Esc in the teacher's window should not end the talk by accident; Exit is a button.
      if (!found || found.type === 'EXIT' || found.type === 'TOGGLE_THEME') return;
      event.preventDefault();
      client.current?.command(found);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (ended) {
    return (
      <main className="presenter">
        <h1>The presentation has ended. You can close this window.</h1>
      </main>
    );
  }
  if (!deck || !state) {
    return (
      <main className="presenter">
        <h1>Waiting for the presentation window…</h1>
      </main>
    );
  }

  const step = deck.tour.steps[state.index];
  const next = deck.tour.steps[state.index + 1];
  const elapsed = Math.floor((now - startedAt) / 1000);
  const clock = `${Math.floor(elapsed / 60)}:${String(elapsed % 60).padStart(2, '0')}`;
  const texts = (ids: string[]) => ids.flatMap((id) => deck.map.nodes.get(id) ?? []);

  return (
    <main className="presenter" aria-label="Presenter view">
      <div className="presenter__now">
        <h1>{step?.title ?? deck.tour.title}</h1>
        <span className="presenter__meta" aria-live="polite">
          Step {state.stepCount === 0 ? 0 : state.index + 1} of {state.stepCount}
        </span>
        <span className="presenter__meta">Elapsed {clock}</span>
      </div>
      <section className="presenter__notes" aria-label="Speaker notes">
        {step?.notes ? step.notes : <em>No notes for this step.</em>}
        <ul>
          {texts(step?.nodes ?? []).map((node) => (
            <li key={node.id}>{node.text}</li>
          ))}
        </ul>
      </section>
      <section className="presenter__next" aria-label="Next step">
        <h2>Next</h2>
        {next ? (
          <>
            <p>
              <strong>{next.title ?? `Step ${state.index + 2}`}</strong>
            </p>
            <ul>
              {texts(next.nodes).map((node) => (
                <li key={node.id}>{node.text}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>This is the last step.</p>
        )}
      </section>
      <div className="presenter__controls">
        <button type="button" onClick={() => command({ type: 'PREV' })}>
          ← Back
        </button>
        <button type="button" onClick={() => command({ type: 'NEXT' })}>
          Next →
        </button>
        <button
          type="button"
          aria-pressed={state.verdict}
          onClick={() => command({ type: 'TOGGLE_VERDICT' })}
        >
          Reveal verdict
        </button>
        <button type="button" aria-pressed={state.blank} onClick={() => command({ type: 'TOGGLE_BLANK' })}>
          Blank screen
        </button>
        <button type="button" onClick={() => command({ type: 'EXIT' })}>
          End presentation
        </button>
      </div>
    </main>
  );
}
