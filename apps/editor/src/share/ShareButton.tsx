import type { Diagnostic } from '@argmap/core';
import { useRef, useState } from 'react';
import { useDismiss } from '../shell/useDismiss.ts';
import { useEditorStore } from '../state/EditorContext.tsx';
import { downloadMapFile } from '../storage/downloadMap.ts';
import { createShareLink } from './shareLink.ts';

type Shared = { ok: true; link: string; copied: boolean } | { ok: false; problem: Diagnostic | undefined };

/**
 * "Copy share link": puts the map, compressed, in a link and copies it. The link is also shown,
 * selected, because clipboard access can be refused. A map too large for a link says so and
 * offers the file instead.
 */
export function ShareButton() {
  const store = useEditorStore();
  const [shared, setShared] = useState<Shared | undefined>();
  const root = useRef<HTMLDivElement>(null);

  useDismiss(shared !== undefined, root, () => setShared(undefined));

  const share = async () => {
    const link = createShareLink(store.getSnapshot().map, window.location.href);
    if (!link.ok) {
      setShared({ ok: false, problem: link.diagnostics[0] });
      return;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(link.value);
      copied = true;
    } catch {
      // Refused (no permission, insecure context): the student copies from the field instead.
    }
    setShared({ ok: true, link: link.value, copied });
  };

  return (
    <div className="share" ref={root}>
      <button type="button" onClick={() => void share()}>
        Copy share link
      </button>
      {shared ? (
        <div className="share-popover" role="dialog" aria-label="Share link">
          {shared.ok ? (
            <>
              <p role="status">
                {shared.copied ? 'Link copied. ' : 'Copy this link. '}
                Anyone who opens it sees this map read-only; it is stored in the link itself, not on a server.
              </p>
              <label>
                <span className="visually-hidden">Share link</span>
                <input readOnly value={shared.link} onFocus={(event) => event.currentTarget.select()} />
              </label>
            </>
          ) : (
            <>
              <p role="alert">{shared.problem?.message ?? 'This map cannot be shared as a link.'}</p>
              <button type="button" onClick={() => downloadMapFile(store.getSnapshot().map)}>
                Download the file to share
              </button>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
