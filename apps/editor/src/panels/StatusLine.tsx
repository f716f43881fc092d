import { useAnnouncement } from '../commands/CommandsContext.tsx';
import { EditorMode } from '../machine/EditorModeProvider.tsx';

/**
 * A line under the canvas saying what the editor expects now ("connecting: pick a target") and the
 * last message. It is an `aria-live` region, so screen readers hear refusals and confirmations.
 */
export function StatusLine() {
  const announcement = useAnnouncement();
  const hint = EditorMode.useSelector((snapshot) => {
    if (snapshot.matches('connecting'))
      return 'Connecting: click the node it bears on, or Tab to it and press Enter. Esc cancels.';
    if (snapshot.matches('editing'))
      return 'Editing text: Enter saves, Shift+Enter adds a line, Esc cancels.';
    return '';
  });
  return (
    <div className="status-line" role="status" aria-live="polite">
      {hint ? <span className="status-line__hint">{hint}</span> : null}
      <span key={announcement?.id}>{announcement?.text ?? ''}</span>
    </div>
  );
}
