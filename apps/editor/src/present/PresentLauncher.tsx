import { addTour, generateTour, replaceSteps } from '@argmap/core';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useCritique } from '../critique/CritiqueContext.tsx';
import { shallowArrayEqual, useEditor, useEditorStore } from '../state/EditorContext.tsx';
import { onWorksheetRequest } from '../worksheet/worksheetRequest.ts';
import { type HandoutKind, HandoutPreview } from './HandoutPreview.tsx';
import { PresentMode } from './PresentMode.tsx';
import { verdictStatuses, verdictStrengths } from './strengths.ts';
import { type ApplyEdit, TourPanel } from './TourPanel.tsx';
import { useStepLosses } from './useStepLosses.ts';

type Open =
  | { what: 'none' }
  | { what: 'panel' }
  | { what: 'present'; tourId: string; startAt: number; id: string }
  /** `back`: what Close returns to (the tour panel it was opened from, or nothing: the File menu). */
  | { what: 'handout'; tourId: string; kind: HandoutKind; back: 'panel' | 'none' };

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
  // File → Print student worksheet… asks for the worksheet's preview.
  useEffect(
    () => onWorksheetRequest(() => setOpen({ what: 'handout', tourId: '', kind: 'worksheet', back: 'none' })),
    [],
  );

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

  const { critique } = useCritique();
  const strengths = useMemo(() => verdictStrengths(map, critique.verdicts), [map, critique]);
  const statuses = useMemo(() => verdictStatuses(map, critique.verdicts), [map, critique]);
  let layer: ReactNode = null;
  if (open.what === 'panel') {
    layer = (
      <TourPanel
        map={map}
        selectedNodes={selectedNodes}
        losses={losses}
        apply={apply}
        onPresent={(tourId, startAt) => present(tourId, startAt)}
        onPrint={(tourId, kind) => setOpen({ what: 'handout', tourId, kind, back: 'panel' })}
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
  } else if (open.what === 'handout') {
    layer = (
      <HandoutPreview
        map={map}
        tour={map.tours?.find((t) => t.id === open.tourId)}
        kind={open.kind}
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
