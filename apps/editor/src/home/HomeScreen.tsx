import { createMap, updateMeta } from '@argmap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEditorStore } from '../state/EditorContext.tsx';
import type { DeletedMap, MapSummary } from '../storage/mapRepository.ts';
import { usePersistenceContext, usePersistenceState } from '../storage/PersistenceContext.tsx';
import type { StorageError } from '../storage/storageError.ts';
import { formatSavedAt, formatSize } from './formatSummary.ts';
import './home.css';

/**
 * The student's maps in this browser: open, duplicate, rename, delete (with undo), or start a new
 * one. Shown over the editor when the persistence state's screen is `home`.
 */
export function HomeScreen() {
  const { screen, mapId } = usePersistenceState();
  if (screen !== 'home') return null;
  return <MapsList openId={mapId} />;
}

function MapsList({ openId }: { openId: string | undefined }) {
  const { persistence, repository } = usePersistenceContext();
  const store = useEditorStore();
  const [maps, setMaps] = useState<MapSummary[] | undefined>();
  const [error, setError] = useState<StorageError | undefined>();
  const [renaming, setRenaming] = useState<string | undefined>();
  const [deleted, setDeleted] = useState<DeletedMap | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  // Focus moves into the list when it opens, so keyboard and screen-reader users start there.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const refresh = useCallback(async () => {
    const list = await repository.list();
    if (list.ok) setMaps(list.value);
    else setError(list.error);
  }, [repository]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const run = async (action: () => Promise<{ ok: true } | { ok: false; error: StorageError }>) => {
    const result = await action();
    if (!result.ok) setError(result.error);
    else setError(undefined);
    await refresh();
  };

  const rename = (summary: MapSummary, title: string) => {
    setRenaming(undefined);
    const trimmed = title.trim();
    if (!trimmed || trimmed === summary.title) return;
    if (summary.id === openId) {
      // The open map lives in the editor: rename it there so the next autosave keeps the name.
      store.apply((map) => updateMeta(map, { title: trimmed }));
      void run(async () => {
        const status = await persistence.flush();
        return status.state === 'failed' ? { ok: false, error: status.error } : { ok: true };
      });
    } else {
      void run(() => repository.rename(summary.id, trimmed));
    }
  };

  const remove = (summary: MapSummary) =>
    run(async () => {
      const result = await repository.remove(summary.id);
      if (result.ok && result.value) setDeleted(result.value);
      return result;
    });

  return (
    <div
      className="home"
      role="dialog"
      aria-modal="true"
      aria-labelledby="home-title"
      onKeyDown={(event) => {
        // Escape goes back to the open map (a rename field handles its own Escape first).
        if (event.key === 'Escape' && openId && !renaming) void persistence.showHome(false);
      }}
    >
      <div className="home__panel">
        <header className="home__header">
          <h2 id="home-title" ref={heading} tabIndex={-1}>
            Your maps
          </h2>
          <p className="home__hint">
            Saved in this browser as you work. Download a file to keep a copy elsewhere.
          </p>
          <div className="home__header-actions">
            <button
              type="button"
              onClick={() => void persistence.openNew(createMap({ title: 'Untitled map' }))}
            >
              New map
            </button>
            {openId ? (
              <button type="button" onClick={() => void persistence.showHome(false)}>
                Back to the open map
              </button>
            ) : null}
          </div>
        </header>
        {error ? (
          <p className="home__error" role="alert">
            {error.message}
          </p>
        ) : null}
        {deleted ? (
          <p className="home__undo" role="status">
            Deleted “{deleted.summary.title}”.{' '}
            <button
              type="button"
              onClick={() => {
                setDeleted(undefined);
                void run(() => repository.restore(deleted));
              }}
            >
              Undo
            </button>
          </p>
        ) : null}
        {maps === undefined ? (
          <p>Loading your maps…</p>
        ) : maps.length === 0 ? (
          <p>No maps yet. Start a new one, or open a file from the File menu.</p>
        ) : (
          <table className="home__table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Last edited</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {maps.map((summary) => (
                <tr key={summary.id} aria-current={summary.id === openId ? 'true' : undefined}>
                  <th scope="row">
                    {renaming === summary.id ? (
                      <RenameField summary={summary} onDone={(title) => rename(summary, title)} />
                    ) : (
                      <button
                        type="button"
                        className="home__open"
                        onClick={() => void persistence.open(summary.id)}
                      >
                        {summary.title}
                      </button>
                    )}
                    {summary.id === openId ? <span className="home__badge">open</span> : null}
                  </th>
                  <td>
                    <time dateTime={summary.savedAt}>{formatSavedAt(summary.savedAt)}</time>
                  </td>
                  <td>
                    {formatSize(summary.size)} · {summary.nodeCount}{' '}
                    {summary.nodeCount === 1 ? 'node' : 'nodes'}
                  </td>
                  <td className="home__actions">
                    <button type="button" onClick={() => void run(() => repository.duplicate(summary.id))}>
                      Duplicate<span className="visually-hidden"> {summary.title}</span>
                    </button>
                    <button type="button" onClick={() => setRenaming(summary.id)}>
                      Rename<span className="visually-hidden"> {summary.title}</span>
                    </button>
                    <button
                      type="button"
                      disabled={summary.id === openId}
                      title={summary.id === openId ? 'Open another map before deleting this one' : undefined}
                      onClick={() => void remove(summary)}
                    >
                      Delete<span className="visually-hidden"> {summary.title}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

function RenameField({ summary, onDone }: { summary: MapSummary; onDone: (title: string) => void }) {
  const [value, setValue] = useState(summary.title);
  return (
    <form
      className="home__rename"
      onSubmit={(event) => {
        event.preventDefault();
        onDone(value);
      }}
    >
      <label>
        <span className="visually-hidden">New title for {summary.title}</span>
        <input
          // biome-ignore lint/a11y/noAutofocus: the student just asked to rename this map.
          autoFocus
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              onDone(summary.title);
            }
          }}
        />
      </label>
      <button type="submit">Save name</button>
    </form>
  );
}
