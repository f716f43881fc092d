import { historySentence } from '@argmap/classroom';
import { useEffect, useState } from 'react';
import { useEditor } from '../state/EditorContext.tsx';
import type { HistoryEntry } from './classApi.ts';
import type { ClassSession } from './classSession.ts';

/**
 * The teacher's view of what the class did: who added, changed or removed what, and when, newest
 * first, as the server recorded each change it accepted. Read when opened, and again after every
 * change to the map while it stays open.
 */
export function ClassHistory({ session }: { session: ClassSession }) {
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<HistoryEntry[] | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const revision = useEditor((state) => state.revision);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` re-reads the history after each change to the map.
  useEffect(() => {
    if (!open) return;
    let current = true;
    void session.history().then((answer) => {
      if (!current) return;
      if (answer.ok) {
        setEntries(answer.value);
        setProblem(undefined);
      } else {
        setProblem(answer.message);
      }
    });
    return () => {
      current = false;
    };
  }, [open, session, revision]);
  return (
    <details className="class-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>What the class changed</summary>
      {problem ? <p role="alert">{problem}</p> : null}
      {entries && entries.length === 0 ? <p>Nothing yet.</p> : null}
      {entries && entries.length > 0 ? (
        <ol className="class-history__list">
          {entries.map((entry) => (
            <li key={`${entry.at}-${entry.member.id}-${historySentence(entry.record)}`}>
              <time dateTime={entry.at}>{clock(entry.at)}</time> <strong>{entry.member.name}</strong>{' '}
              {historySentence(entry.record)}
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}

function clock(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
