import { addTour, generateTour, replaceSteps } from '@argmap/core';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useCritique } from '../critique/CritiqueContext.tsx';
import { STRENGTH_NAMES } from '../critique/SemanticsPicker.tsx';
import { HandoutDialog } from '../handout/HandoutDialog.tsx';
import { handoutFacts } from '../handout/handoutFacts.ts';
import { type HandoutRequest, onHandoutRequest, requestHandout } from '../handout/handoutRequest.ts';
import { shallowArrayEqual, useEditor, useEditorStore } from '../state/EditorContext.tsx';
import { PresentMode } from './PresentMode.tsx';
import { verdictStatuses, verdictStrengths } from './strengths.ts';
import { type ApplyEdit, TourPanel } from './TourPanel.tsx';
import { useStepLosses } from './useStepLosses.ts';

type Open =
  | { what: 'none' }
  | { what: 'panel' }
  | { what: 'present'; tourId: string; startAt: number; id: string }
  /** `back`: what Close returns to (the tour panel it was opened from, or nothing: the File menu). */
  | { what: 'handout'; request: HandoutRequest; back: 'panel' | 'none' };

function newPresentationId(): string {
  return Math.random().toString(36).slice(2, 10);
}

/**
 * The header buttons "Tours" and "Present", and the layers they open (tour panel, presentation,
 * handout preview), rendered above the editor. Plugs into the shell's `actions` slot in one line.
 */
export function PresentLauncher() {
  const store = useEditorStore();
  const map = useEditor((state) => state.map);
  const selectedNodes = useEditor((state) => state.selectedNodes, shallowArrayEqual);
  const [open, setOpen] = useState<Open>({ what: 'none' });
  const losses = useStepLosses(store);
  // File → Print handout… (and Ctrl+P, below) asks for the handout dialog.
  useEffect(() => onHandoutRequest((request) => setOpen({ what: 'handout', request, back: 'none' })), []);
  // Ctrl+P (⌘P) in the editor opens the handout dialog rather than printing the editor's screen;
  // inside the dialog it prints the handout, as its Print button does.
  const idle = open.what === 'none';
  useEffect(() => {
    if (!idle) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        requestHandout();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [idle]);

  const apply: ApplyEdit = useCallback((operation) => void store.apply(operation), [store]);

  // "Present" with no tour yet generates one first, so a teacher gets something sensible in one
  // click. A tour with no steps (made by an earlier Present on a map that was still empty) is
  // generated afresh in place: there is nothing in it to lose, and "no steps yet" helps nobody.
  const present = (tourId?: string, startAt = 0) => {
    const chosen = tourId ? map.tours?.find((t) => t.id === tourId) : map.tours?.[0];
    let id = chosen?.id;
    if (!chosen) {
      const fresh = generateTour(map);
      apply((current) => addTour(current, fresh));
      id = fresh.id;
    } else if (chosen.steps.length === 0 && map.nodes.size > 0) {
      apply((current) => replaceSteps(current, chosen.id, generateTour(current).steps));
    }
    if (id) setOpen({ what: 'present', tourId: id, startAt, id: newPresentationId() });
  };

  const { critique, settings } = useCritique();
  const strengths = useMemo(() => verdictStrengths(map, critique.verdicts), [map, critique]);
  const statuses = useMemo(() => verdictStatuses(map, critique.verdicts), [map, critique]);
  const facts = useMemo(
    () =>
      open.what === 'handout'
        ? handoutFacts(map, {
            strengths,
            statuses,
            semantics: `strengths by ${STRENGTH_NAMES[settings.strength]}, accepted or rejected under ${settings.acceptance} semantics`,
          })
        : undefined,
    [open.what, map, strengths, statuses, settings],
  );
  let layer: ReactNode = null;
  if (open.what === 'panel') {
    layer = (
      <TourPanel
        map={map}
        selectedNodes={selectedNodes}
        losses={losses}
        apply={apply}
        onPresent={(tourId, startAt) => present(tourId, startAt)}
        onPrint={(request) => setOpen({ what: 'handout', request, back: 'panel' })}
        onClose={() => setOpen({ what: 'none' })}
      />
    );
  } else if (open.what === 'present') {
    const tour = map.tours?.find((t) => t.id === open.tourId);
    if (tour) {
      layer = (
        <PresentMode
          map={map}
          tour={tour}
          strengths={strengths}
          statuses={statuses}
          startAt={open.startAt}
          presentationId={open.id}
          onExit={() => setOpen({ what: 'none' })}
        />
      );
    }
  } else if (open.what === 'handout' && facts) {
    layer = (
      <HandoutDialog
        map={map}
        facts={facts}
        initial={open.request}
        onClose={() => setOpen({ what: open.back })}
      />
    );
  }

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(open.what === 'panel' ? { what: 'none' } : { what: 'panel' })}
      >
        Tours
      </button>
      <button type="button" onClick={() => present()}>
        Present
      </button>
      {layer ? createPortal(layer, document.body) : null}
    </>
  );
}
