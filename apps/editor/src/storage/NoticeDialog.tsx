import type { Diagnostic } from '@argmap/core';
import { DiagnosticsList } from '../files/DiagnosticsList.tsx';
import { downloadBackup } from './downloadMap.ts';
import { usePersistenceContext, usePersistenceState } from './PersistenceContext.tsx';

/**
 * Tells the student what happened to their work: a stored map that had to be repaired (with the
 * untouched original to download), a share link that could not be read, a file that could not
 * be opened, or one that opened with warnings (each problem with its line and column), or another
 * tab saving the same map. Shown until dismissed.
 */
export function NoticeDialog() {
  const { notice } = usePersistenceState();
  const { persistence } = usePersistenceContext();
  if (!notice) return null;
  let title: string;
  let intro: string;
  let diagnostics: Diagnostic[];
  let extra = null;
  switch (notice.kind) {
    case 'recovered':
      title = 'Your map was repaired';
      intro = `"${notice.title}" was damaged in this browser's storage. Argmap kept everything it could and repaired the rest; the untouched original is kept as a backup.`;
      diagnostics = notice.repairs;
      extra = (
        <button type="button" onClick={() => downloadBackup(notice.backup, notice.title)}>
          Download the original
        </button>
      );
      break;
    case 'share-unreadable':
      title = 'This share link could not be opened';
      intro = 'Ask for the link again, or for the .argmap.json file. Your own maps are unchanged.';
      diagnostics = notice.diagnostics;
      break;
    case 'file-problems':
      title = `"${notice.fileName}" could not be opened`;
      intro = 'Nothing was changed. Fix these problems in the file and open it again:';
      diagnostics = notice.diagnostics;
      break;
    case 'file-warnings':
      title = `"${notice.fileName}" is open, with warnings`;
      intro = 'It opened as a new map. Check these parts against the file:';
      diagnostics = notice.diagnostics;
      break;
    case 'open-elsewhere':
      title = 'This map is also open in another tab';
      intro = `Another tab has just saved changes to "${notice.title}". Both tabs save to the same map, so each change made here replaces that tab's work, and the other way round. Edit in one tab only: load the other tab's version here, or close one of the tabs.`;
      diagnostics = [];
      extra = (
        <button
          type="button"
          onClick={() => {
            persistence.dismissNotice();
            void persistence.reload();
          }}
        >
          Load the other tab's version
        </button>
      );
      break;
  }
  return (
    <div className="notice-backdrop">
      <section
        className="notice"
        role="dialog"
        aria-modal="true"
        aria-labelledby="notice-title"
        // Escape dismisses, as OK does (issue 16: every dialog closes with Escape).
        onKeyDown={(event) => {
          if (event.key === 'Escape') persistence.dismissNotice();
        }}
      >
        <h2 id="notice-title">{title}</h2>
        <p>{intro}</p>
        <DiagnosticsList diagnostics={diagnostics} />
        <div className="notice__actions">
          {extra}
          {/* biome-ignore lint/a11y/noAutofocus: a modal dialog moves focus to its dismiss button. */}
          <button type="button" autoFocus onClick={() => persistence.dismissNotice()}>
            {notice.kind === 'open-elsewhere' ? 'Keep editing here' : 'OK'}
          </button>
        </div>
      </section>
    </div>
  );
}
