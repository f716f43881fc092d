import { type ArgMap, type Tour, toDocument } from '@argmap/core';
import { useMachine } from '@xstate/react';
import { ReactFlowProvider } from '@xyflow/react';
import { type CSSProperties, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { NodeStatus } from '../canvas/flowTypes.ts';
import { paletteVariables } from '../canvas/paletteVariables.ts';
import { readableFrame } from './frame.ts';
import { enterFullscreen, exitFullscreen } from './fullscreen.ts';
import { keyToEvent, swipeToEvent } from './keys.ts';
import { measureProjectorHeight } from './nodeHeights.ts';
import { channelName, createPresentLink } from './presentChannel.ts';
import { createPresentHost, type PresentHost } from './presentHost.ts';
import { presentingNow } from './presentingNow.ts';
import { type ProjectorTheme, presentMachine } from './presentMachine.ts';
import { projectorFlow } from './projectorFlow.ts';
import { QuoteOverlay } from './QuoteOverlay.tsx';
import { presentationLock } from './retry.ts';
import { StepCanvas } from './StepCanvas.tsx';
import { useElementSize } from './useElementSize.ts';
import './present.css';

/** Props for {@link PresentMode}. */
export interface PresentModeProps {
  map: ArgMap;
  tour: Tour;
  /** Node strengths for "reveal the verdict"; without them the verdict button is not offered. */
  strengths?: Readonly<Record<string, number>>;
  /** Accepted / rejected / undecided labels revealed with the strengths. */
  statuses?: Readonly<Record<string, NodeStatus>>;
  startAt?: number;
  theme?: ProjectorTheme;
  /** Names the BroadcastChannel a presenter window joins; see {@link openPresenterWindow}. */
  presentationId?: string;
  /** Asks for the Fullscreen API on start (default true; tests turn it off). */
  fullscreen?: boolean;
  /** Called once when the presentation ends (Esc, the Exit button, leaving full screen). */
  onExit: () => void;
  /**
   * A step to show, set from outside (a student following the teacher's presentation): each new
   * object moves there, even to the same step again. The person can still step on their own.
   */
  goTo?: { readonly index: number };
  /** Called with the step shown, on start and on every change (the follower watches it). */
  onIndex?: (index: number) => void;
  /** Whether this presentation is the page's own talk, for a live class to follow (default true). */
  publish?: boolean;
}

/**
 * The audience window: one step of the tour at a time on the projector theme, with a title,
 * a step counter and a progress bar. It owns the presentation; a presenter window mirrors it.
 */
export function PresentMode(props: PresentModeProps) {
  const { map, tour, strengths, statuses, onExit, presentationId } = props;
  const [snapshot, send] = useMachine(presentMachine, {
    input: { stepCount: tour.steps.length, startAt: props.startAt ?? 0, theme: props.theme ?? 'light' },
  });
  const { index, verdict, theme, stepCount, quote } = snapshot.context;
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
        ...(verdict && strengths && statuses ? { statuses } : {}),
      }),
    [map, tour, index, verdict, strengths, statuses, canvasSize],
  );
  // Q opens the whole quotes of the step's own evidence (the dimmed context keeps its place).
  const stepEvidence = useRef<string[]>([]);
  stepEvidence.current = flow.nodes
    .filter((node) => node.data.quote && node.data.appearance === 'focused')
    .map((node) => node.id);
  const showQuote = useCallback((node: string) => send({ type: 'SHOW_QUOTE', node }), [send]);

  useEffect(() => {
    send({ type: 'SET_STEP_COUNT', stepCount: tour.steps.length });
  }, [send, tour.steps.length]);

  const { goTo, onIndex, publish = true } = props;
  useEffect(() => {
    if (goTo !== undefined) send({ type: 'GOTO', index: goTo.index });
  }, [send, goTo]);
  const onIndexRef = useRef(onIndex);
  onIndexRef.current = onIndex;
  useEffect(() => {
    onIndexRef.current?.(index);
    if (publish) presentingNow.set({ tourId: tour.id, index });
  }, [index, publish, tour.id]);
  useEffect(() => {
    if (publish) return () => presentingNow.set(undefined);
  }, [publish]);

  // The editor behind the presentation is inert: no Tab stop, click or screen reader reaches it.
  useEffect(() => {
    const behind = document.getElementById('root');
    if (!behind || behind.contains(root.current)) return;
    behind.inert = true;
    return () => {
      behind.inert = false;
    };
  }, []);

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
      send(command.type === 'TOGGLE_QUOTE' ? { ...command, nodes: stepEvidence.current } : command);
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

  // Presenter windows: the host publishes every change and re-sends to any window that is behind.
  // It lives as long as the presentation, not as long as one map or tour: editing the tour while
  // presenting updates the deck instead of ending the talk for the presenter window.
  const [host, setHost] = useState<PresentHost | null>(null);
  const [linked, setLinked] = useState(false);
  const sendRef = useRef(send);
  sendRef.current = send;
  useEffect(() => {
    if (!presentationId || typeof BroadcastChannel === 'undefined') return;
    const current = createPresentHost({
      link: createPresentLink(new BroadcastChannel(channelName(presentationId))),
      onCommand: (event) => sendRef.current(event),
      lock: presentationLock(presentationId),
      onStarted: () => setLinked(true),
    });
    setHost(current);
    return () => {
      current.end();
      setHost(null);
      setLinked(false);
    };
  }, [presentationId]);
  useEffect(() => {
    host?.setDeck(() => ({ map: toDocument(map), tour }));
  }, [host, map, tour]);
  useEffect(() => {
    host?.setState({ index, verdict, theme, stepCount, blank });
  }, [host, index, verdict, theme, stepCount, blank]);

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
      <header className="present__header" style={hiddenWhen(blank)}>
        <h1 className="present__title">
          {step?.title ?? (stepCount === 0 ? 'This tour has no steps yet' : tour.title)}
        </h1>
        <span className="present__counter" aria-live="polite">
          Step {stepCount === 0 ? 0 : index + 1} of {stepCount}
        </span>
      </header>
      <div
        className="present__progress"
        style={hiddenWhen(blank)}
        role="progressbar"
        aria-label="Progress through the tour"
        aria-valuemin={0}
        aria-valuemax={stepCount}
        aria-valuenow={stepCount === 0 ? 0 : index + 1}
      >
        <div className="present__progress-fill" style={{ width: `${progress}%` }} />
      </div>
      <div className="present__canvas" ref={canvas} style={hiddenWhen(blank)}>
        <ReactFlowProvider>
          <StepCanvas nodes={flow.nodes} edges={flow.edges} fits={flow.fits} onShowQuote={showQuote} />
        </ReactFlowProvider>
        {quote.length > 0 ? (
          <QuoteOverlay map={map} nodeIds={quote} onClose={() => send({ type: 'TOGGLE_QUOTE' })} />
        ) : null}
      </div>
      <footer className="present__footer" style={hiddenWhen(blank)}>
        <button type="button" onClick={() => send({ type: 'PREV' })} disabled={index === 0}>
          ← Back
        </button>
        <button type="button" onClick={() => send({ type: 'NEXT' })} disabled={index >= stepCount - 1}>
          Next →
        </button>
        <span className="present__hint">
          Keys: → ← Space PageUp/PageDown Home End · Q quote · V verdict · B blank · Esc exit
        </span>
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
          <button type="button" disabled={!linked} onClick={() => openPresenterWindow(presentationId)}>
            Presenter view
          </button>
        ) : null}
        <button type="button" onClick={() => send({ type: 'EXIT' })}>
          Exit
        </button>
      </footer>
      {blank ? (
        // The whole screen goes black, title and buttons too, so the class looks at the teacher.
        // Any step key, B again, or a click brings the picture back where it was.
        <button
          type="button"
          className="present__blank"
          data-testid="blank-screen"
          aria-label="Screen blanked: click or press B to show the step again"
          onClick={() => send({ type: 'TOGGLE_BLANK' })}
        />
      ) : null}
    </div>
  );
}

/** Hides a part of the stage while the screen is blanked, keeping its place (the camera stays put). */
function hiddenWhen(blank: boolean): CSSProperties | undefined {
  return blank ? { visibility: 'hidden' } : undefined;
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
