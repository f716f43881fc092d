import type { Diagnostic } from '@argmap/core';
import { useEffect } from 'react';
import { DiagnosticsList } from './DiagnosticsList.tsx';

/** An export that went through but left something out: the file and what it lacks. */
export interface ExportReport {
  fileName: string;
  /** What the format could not hold, one warning per kind of loss. */
  warnings: readonly Diagnostic[];
}

/** Props of {@link ExportWarnings}. */
export interface ExportWarningsProps {
  report: ExportReport;
  /** Saves the whole map as `.argmap.json`, which keeps everything. */
  onSaveFull: () => void;
  onDismiss: () => void;
}

/**
 * Says what an export left out (tours in a diagram, supports in an ICCMA framework, …) right after
 * the download, so a student does not find out in class that the tour is gone. Not modal: the file
 * is already downloaded and the map stays usable; Escape or OK closes it, and one click saves the
 * full `.argmap.json` as well.
 */
export function ExportWarnings({ report, onSaveFull, onDismiss }: ExportWarningsProps) {
  useEffect(() => {
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onDismiss();
    };
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [onDismiss]);

  return (
    <section className="export-warnings" role="status" aria-labelledby="export-warnings-title">
      <h2 id="export-warnings-title">Exported “{report.fileName}”, but not everything fits</h2>
      <p>The file is downloaded, but some of the map could not go into it:</p>
      <DiagnosticsList diagnostics={report.warnings} />
      <div className="export-warnings__actions">
        <button type="button" onClick={onSaveFull}>
          Also save as .argmap.json
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: the menu that had focus has closed; OK is where it belongs. */}
        <button type="button" autoFocus onClick={onDismiss}>
          OK
        </button>
      </div>
    </section>
  );
}
