import { type ArgMap, type Tour, toDocument } from '@argmap/core';
import { useMachine } from '@xstate/react';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { paletteVariables } from '../canvas/paletteVariables.ts';
import { readableFrame } from './frame.ts';
import { enterFullscreen, exitFullscreen } from './fullscreen.ts';
import { keyToEvent, swipeToEvent } from './keys.ts';
import { measureProjectorHeight } from './nodeHeights.ts';
import { channelName, createPresentLink, type PresentLink, type PresentState } from './presentChannel.ts';
import { type ProjectorTheme, presentMachine } from './presentMachine.ts';
import { projectorFlow } from './projectorFlow.ts';
import { StepCanvas } from './StepCanvas.tsx';
import { useElementSize } from './useElementSize.ts';
import './present.css';

/** Props for {@link PresentMode}. */
export interface PresentModeProps {
  map: ArgMap;
  tour: Tour;
  /** Node strengths for "reveal the verdict"; without them the verdict button is not offered. */
  strengths?: Readonly<Record<string, number>>;
  startAt?: number;
  theme?: ProjectorTheme;
  /** Names the BroadcastChannel a presenter window joins; see {@link openPresenterWindow}. */
  presentationId?: string;
  /** Asks for the Fullscreen API on start (default true; tests turn it off). */
  fullscreen?: boolean;
  /** Called once when the presentation ends (Esc, the Exit button, leaving full screen). */
  onExit: () => void;
}

/**
 * The audience window: one step of the tour at a time on the projector theme, with a title,
 * a step counter and a progress bar. It owns the presentation; a presenter window mirrors it.
 */
export function PresentMode(props: PresentModeProps) {
  const { map, tour, strengths, onExit, presentationId } = props;
  const [snapshot, send] = useMachine(presentMachine, {
    input: { stepCount: tour.steps.length, startAt: props.startAt ?? 0, theme: props.theme ?? 'light' },
  });
  const { index, verdict, theme, stepCount } = snapshot.context;
  const blank = snapshot.matches('blank');
  const done = snapshot.status === 'done';
  const root = useRef<HTMLDivElement>(null);

  const canvas = useRef<HTMLDivElement>(null);
  const canvasSize = useElementSize(canvas);
  const flow = useMemo(
    () =>
      projectorFlow(map, tour, index, {
        heightOf: measureProjectorHeight,
        ...(canvasSize ? { frame: readableFrame(canvasSize.width, canvasSize.height) } : {}),
        ...(verdict && strengths ? { strengths } : {}),
      }),
    [map, tour, index, verdict, strengths, canvasSize],
  );

  useEffect(() => {
    send({ type: 'SET_STEP_COUNT', stepCount: tour.steps.length });
  }, [send, tour.steps.length]);

  const exitRef = useRef(onExit);
  exitRef.current = onExit;
  useEffect(() => {
    if (done) exitRef.current();
  }, [done]);

  // Keys are caught before the editor sees them, so a clicker never edits the map behind the screen.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('button') && (event.key === ' ' || event.key === 'Enter')) return;
      const command = keyToEvent(event.key, event.shiftKey);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      send(command);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [send]);

  // Full screen on start; leaving it (the browser's own Esc) ends the presentation.
  useEffect(() => {
    if (props.fullscreen === false || !root.current) return;
    let granted = false;
    const onChange = () => {
      if (granted && !document.fullscreenElement) send({ type: 'EXIT' });
    };
    document.addEventListener('fullscreenchange', onChange);
    void enterFullscreen(root.current).then((ok) => {
      granted = ok;
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      void exitFullscreen();
    };
  }, [props.fullscreen, send]);

  // The presenter window: answer its hello with the deck, mirror every change, obey its clicks.
  const link = useRef<PresentLink | null>(null);
  const stateRef = useRef<PresentState>({ ...snapshot.context, blank });
  stateRef.current = { ...snapshot.context, blank };
  useEffect(() => {
    if (!presentationId || typeof BroadcastChannel === 'undefined') return;
    const current = createPresentLink(new BroadcastChannel(channelName(presentationId)));
    link.current = current;
    const stop = current.listen((message) => {
      if (message.type === 'ready') {
        current.send({ type: 'deck', map: toDocument(map), tour });
        current.send({ type: 'state', state: stateRef.current });
      } else if (message.type === 'command') {
        send(message.event);
      }
    });
    return () => {
      current.send({ type: 'ended' });
      stop();
      // Closed a moment later: Chromium can drop a message posted just before its channel closes,
      // and then the presenter window never learned the talk had ended (about one run in six).
      setTimeout(() => current.close(), 1000);
      link.current = null;
    };
  }, [presentationId, map, tour, send]);
  useEffect(() => {
    link.current?.send({ type: 'state', state: { index, verdict, theme, stepCount, blank } });
  }, [index, verdict, theme, stepCount, blank]);

  const touchStart = useRef<{ x: number; y: number } | null>(null);
  const step = tour.steps[index];
  const progress = stepCount === 0 ? 0 : ((index + 1) / stepCount) * 100;

  return (
    <div
      ref={root}
      className={`present present--${theme}`}
      style={paletteVariables(theme === 'dark' ? 'dark' : 'light')}
      role="dialog"
      aria-modal="true"
      aria-label={`Presentation: ${tour.title}`}
      data-step={index}
      onTouchStart={(event) => {
        const touch = event.touches[0];
        touchStart.current = touch ? { x: touch.clientX, y: touch.clientY } : null;
      }}
      onTouchEnd={(event) => {
        const start = touchStart.current;
        const touch = event.changedTouches[0];
        touchStart.current = null;
        if (!start || !touch) return;
        const command = swipeToEvent(touch.clientX - start.x, touch.clientY - start.y);
        if (command) send(command);
      }}
    >
      <header className="present__header">
        <h1 className="present__title">
          {step?.title ?? (stepCount === 0 ? 'This tour has no steps yet' : tour.title)}
        </h1>
        <span className="present__counter" aria-live="polite">
          Step {stepCount === 0 ? 0 : index + 1} of {stepCount}
        </span>
      </header>
      <div
        className="present__progress"
        role="progressbar"
        aria-label="Progress through the tour"
        aria-valuemin={0}
        aria-valuemax={stepCount}
        aria-valuenow={stepCount === 0 ? 0 : index + 1}
      >
        <div className="present__progress-fill" style={{ width: `${progress}%` }} />
      </div>
      <div className="present__canvas" ref={canvas}>
        <ReactFlowProvider>
          <StepCanvas nodes={flow.nodes} edges={flow.edges} fits={flow.fits} />
        </ReactFlowProvider>
        {blank ? <div className="present__blank" data-testid="blank-screen" /> : null}
      </div>
      <footer className="present__footer">
        <button type="button" onClick={() => send({ type: 'PREV' })} disabled={index === 0}>
          ← Back
        </button>
        <button type="button" onClick={() => send({ type: 'NEXT' })} disabled={index >= stepCount - 1}>
          Next →
        </button>
        <span className="present__hint">Keys: → ← Space PageUp/PageDown Home End · B blank · Esc exit</span>
        <span className="present__spacer" />
        {strengths ? (
          <button type="button" aria-pressed={verdict} onClick={() => send({ type: 'TOGGLE_VERDICT' })}>
            Reveal verdict
          </button>
        ) : null}
        <button type="button" aria-pressed={theme === 'dark'} onClick={() => send({ type: 'TOGGLE_THEME' })}>
          Dark theme
        </button>
        {presentationId ? (
          <button type="button" onClick={() => openPresenterWindow(presentationId)}>
            Presenter view
          </button>
        ) : null}
        <button type="button" onClick={() => send({ type: 'EXIT' })}>
          Exit
        </button>
      </footer>
    </div>
  );
}

/**
 * Opens the presenter view in a second window (drag it to the laptop screen). It loads this same
 * app with `?presenter=<id>` and joins the presentation's BroadcastChannel.
 */
export function openPresenterWindow(presentationId: string): Window | null {
  const url = new URL(window.location.href);
  url.hash = '';
  url.search = `?presenter=${encodeURIComponent(presentationId)}`;
  return window.open(url.toString(), `argmap-presenter-${presentationId}`, 'popup,width=1100,height=720');
}
