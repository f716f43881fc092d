import type { ArgMap } from '@argmap/core';
import { useEffect, useId, useRef, useState } from 'react';
import { TourPicker } from '../present/TourPicker.tsx';
import { Worksheet } from '../worksheet/Worksheet.tsx';
import type { HandoutFacts } from './handoutFacts.ts';
import type { HandoutKind, HandoutRequest } from './handoutRequest.ts';
import { MapHandout } from './MapHandout.tsx';
import { OutlineHandout } from './OutlineHandout.tsx';
import { TourHandout } from './TourHandout.tsx';
import './handout.css';

const CHOICES: { kind: HandoutKind; label: string; hint: string }[] = [
  { kind: 'map', label: 'The map', hint: 'drawn at reading size, on as many landscape sheets as it needs' },
  { kind: 'tour', label: 'A tour', hint: 'one page per step, with the step’s quotes and notes' },
  {
    kind: 'outline',
    label: 'Outline with sources',
    hint: 'every node as an indented list, quotes and sources',
  },
  { kind: 'worksheet', label: 'Student worksheet', hint: 'a page per position with empty boxes to fill in' },
];

/**
 * The one way to print: pick what to hand out, see every page as it will print, then Print opens
 * the browser's print dialog ("Save as PDF" there makes the PDF). While it is open the print
 * stylesheet prints only the preview, and the editor behind is inert. Esc closes it.
 */
export function HandoutDialog({
  map,
  facts,
  initial,
  onClose,
}: {
  map: ArgMap;
  facts: HandoutFacts;
  initial: HandoutRequest;
  onClose: () => void;
}) {
  const tours = (map.tours ?? []).filter((tour) => tour.steps.length > 0);
  const [kind, setKind] = useState<HandoutKind>(
    initial.kind === 'tour' && tours.length === 0 ? 'map' : initial.kind,
  );
  const [tourId, setTourId] = useState(initial.tourId ?? tours[0]?.id);
  const [withNotes, setWithNotes] = useState(true);
  const tour = tours.find((t) => t.id === tourId) ?? tours[0];
  const root = useRef<HTMLDivElement>(null);
  const name = useId();

  useEffect(() => {
    document.body.classList.add('printing-handout');
    const behind = document.getElementById('root');
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    if (behind && !behind.contains(root.current)) behind.inert = true;
    root.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    return () => {
      document.body.classList.remove('printing-handout');
      if (behind) behind.inert = false;
      opener?.focus();
    };
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="handout-preview" role="dialog" aria-modal="true" aria-label="Print a handout" ref={root}>
      <div className="handout-preview__bar">
        <fieldset className="handout-preview__choices">
          <legend>What to print</legend>
          {CHOICES.map((choice) => (
            <label key={choice.kind} title={choice.hint}>
              <input
                type="radio"
                name={name}
                value={choice.kind}
                checked={kind === choice.kind}
                disabled={choice.kind === 'tour' && !tour}
                onChange={() => setKind(choice.kind)}
              />{' '}
              {choice.label}
            </label>
          ))}
        </fieldset>
        {kind === 'tour' && tour ? (
          <>
            <TourPicker tours={tours} value={tour.id} onChange={setTourId} />
            <label>
              <input
                type="checkbox"
                checked={withNotes}
                onChange={(event) => setWithNotes(event.target.checked)}
              />{' '}
              Speaker notes
            </label>
          </>
        ) : null}
        <p className="handout-preview__hint">
          {CHOICES.find((choice) => choice.kind === kind)?.hint}
          {tour ? '' : ' (no tour to print yet: make one in Tours)'}
        </p>
        <span className="handout-preview__actions">
          <button type="button" className="handout-preview__print" onClick={() => window.print()}>
            Print…
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </span>
      </div>
      <div className="handout-preview__pages">
        {kind === 'worksheet' ? (
          <Worksheet map={map} />
        ) : kind === 'tour' && tour ? (
          <TourHandout map={map} tour={tour} facts={facts} withNotes={withNotes} />
        ) : kind === 'outline' ? (
          <OutlineHandout map={map} facts={facts} />
        ) : (
          <MapHandout map={map} facts={facts} />
        )}
      </div>
    </div>
  );
}
