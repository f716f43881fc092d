import type { ArgMap, Tour } from '@argmap/core';
import { useEffect } from 'react';
import { Worksheet } from '../worksheet/Worksheet.tsx';
import { MapHandout, TourHandout } from './Handouts.tsx';
import './present.css';

/**
 * Which handout to print: the tour for students, the tour with speaker notes, the whole map, or
 * the student worksheet (a page per position with empty boxes).
 */
export type HandoutKind = 'tour' | 'tour-notes' | 'map' | 'worksheet';

/**
 * A screen preview of a handout with a Print button. While it is open, the print stylesheet
 * prints only the handout ("Save as PDF" in the print dialog makes the PDF).
 */
export function HandoutPreview({
  map,
  tour,
  kind,
  onClose,
}: {
  map: ArgMap;
  tour: Tour | undefined;
  kind: HandoutKind;
  onClose: () => void;
}) {
  useEffect(() => {
    document.body.classList.add('printing-handout');
    // Escape closes the preview, as every dialog does.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove('printing-handout');
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
  return (
    <div className="handout-preview" role="dialog" aria-modal="true" aria-label="Handout preview">
      <div className="handout-preview__bar">
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {kind === 'worksheet' ? (
        <Worksheet map={map} />
      ) : kind === 'map' || !tour ? (
        <MapHandout map={map} />
      ) : (
        <TourHandout map={map} tour={tour} withNotes={kind === 'tour-notes'} />
      )}
    </div>
  );
}
