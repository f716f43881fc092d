import { createMap } from '@argmap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { requestHandout } from '../handout/handoutRequest.ts';
import { useEditorStore } from '../state/EditorContext.tsx';
import { usePersistenceContext } from '../storage/PersistenceContext.tsx';
import { downloadBlob } from './download.ts';
import { type ExportReport, ExportWarnings } from './ExportWarnings.tsx';
import { type ExportTarget, exportMap, exportTargets } from './exportMap.ts';
import { loadFormats } from './formatsLoader.ts';
import { openMapFile } from './openMapFile.ts';
import { pickFile } from './pickFile.ts';
import { importAccept } from './readMapFile.ts';
import './files.css';
import { useDismiss } from '../shell/useDismiss.ts';

/**
 * The File menu: the maps list, new, open or import a file, save as `.argmap.json`, export in
 * every format (and PNG), print a handout. A disclosure button with a plain list of buttons, so it
 * works with keyboard and screen readers without a menu library. After an export that left
 * something out (say, the tours in a Mermaid file), it says what, under the menu.
 */
export function FileMenu() {
  const { persistence } = usePersistenceContext();
  const store = useEditorStore();
  const [open, setOpen] = useState(false);
  const [targets, setTargets] = useState<ExportTarget[]>([]);
  const [report, setReport] = useState<ExportReport | undefined>();
  const dismissReport = useCallback(() => setReport(undefined), []);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    void loadFormats().then((formats) => setTargets(exportTargets(formats)));
  }, [open]);
  useDismiss(open, root, () => setOpen(false));

  const act = (action: () => unknown) => () => {
    setOpen(false);
    void action();
  };

  const openFile = async () => {
    const accept = importAccept(await loadFormats());
    const file = await pickFile(accept);
    if (file) await openMapFile(file, persistence);
  };

  const exportAs = async (targetId: string) => {
    setReport(undefined);
    const result = await exportMap(store.getSnapshot().map, targetId);
    if (!result.ok) {
      persistence.notify({
        kind: 'file-problems',
        fileName: `Export (${targetId})`,
        diagnostics: result.diagnostics,
      });
      return;
    }
    downloadBlob(result.value.blob, result.value.fileName);
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
    if (warnings.length > 0) setReport({ fileName: result.value.fileName, warnings });
  };

  return (
    <div className="file-menu" ref={root}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="file-menu-list"
        onClick={() => {
          // The report sits where the menu opens; a new choice makes it old news.
          setReport(undefined);
          setOpen(!open);
        }}
      >
        File
      </button>
      {open ? (
        <ul id="file-menu-list" className="file-menu__list">
          <li>
            <button type="button" onClick={act(() => persistence.showHome(true))}>
              Your maps…
            </button>
          </li>
          <li>
            <button
              type="button"
              onClick={act(() => persistence.openNew(createMap({ title: 'Untitled map' })))}
            >
              New map
            </button>
          </li>
          <li>
            <button type="button" onClick={act(openFile)}>
              Open or import a file…
            </button>
          </li>
          <li aria-hidden="true" className="file-menu__separator" />
          <li>
            <button type="button" onClick={act(() => exportAs('argmap-json'))}>
              Save as file (.argmap.json)
            </button>
          </li>
          {targets
            .filter((target) => target.id !== 'argmap-json')
            .map((target) => (
              <li key={target.id}>
                <button type="button" onClick={act(() => exportAs(target.id))}>
                  Export {target.label}
                </button>
              </li>
            ))}
          <li>
            <button type="button" onClick={act(() => requestHandout())}>
              Print handout…
            </button>
          </li>
        </ul>
      ) : null}
      {report ? (
        <ExportWarnings
          report={report}
          onSaveFull={() => void exportAs('argmap-json')}
          onDismiss={dismissReport}
        />
      ) : null}
    </div>
  );
}
