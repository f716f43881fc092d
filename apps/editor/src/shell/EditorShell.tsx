import type { ReactNode } from 'react';
import { useEditor } from '../state/EditorContext.tsx';
import { useSidePanel } from './useSidePanel.ts';

/** What other parts of the app plug into the shell. Every slot is optional. */
export interface EditorShellSlots {
  /** Left of the title: the "File" / "Maps" menu (persistence, `src/files`, `src/home`). */
  menu?: ReactNode;
  /** The editing toolbar (add, undo, layout, search…). */
  toolbar?: ReactNode;
  /** Right end of the header: e.g. the "Present" button (`src/present`) and "Share". */
  actions?: ReactNode;
  /** Beside the canvas, on its left (instead of it on narrow screens): the outline (`src/outline`). */
  beside?: ReactNode;
  /** The canvas. */
  canvas: ReactNode;
  /** Under the canvas: what the editor expects now, and the last message (an aria-live region). */
  status?: ReactNode;
  /** The side panel: the inspector for the selection. */
  side?: ReactNode;
  /** Full-screen layers above everything: dialogs, the presentation view. */
  overlays?: ReactNode;
}

/**
 * The editor's page layout: a header (menu, title, toolbar, actions), the canvas and a side panel.
 * It only arranges what it is given, so features plug in without touching each other's files.
 * The side panel can be hidden (the Inspector button) and starts hidden on narrow screens, where
 * it opens over the canvas rather than beside it.
 */
export function EditorShell({
  menu,
  toolbar,
  actions,
  beside,
  canvas,
  status,
  side,
  overlays,
}: EditorShellSlots) {
  const title = useEditor((state) => state.map.meta.title);
  const panel = useSidePanel();
  return (
    <div className="app">
      <header className="app-header">
        {menu ? <div className="app-header__menu">{menu}</div> : null}
        <h1 className="app-header__title">{title}</h1>
        {toolbar ? <div className="app-header__toolbar">{toolbar}</div> : null}
        {actions || side ? (
          <div className="app-header__actions">
            {actions}
            {side ? (
              <button
                type="button"
                className="app-header__panel-toggle"
                aria-expanded={panel.open}
                aria-controls="side-panel"
                onClick={panel.toggle}
              >
                Inspector
              </button>
            ) : null}
          </div>
        ) : null}
      </header>
      <div className="app-body">
        {beside}
        <main className="canvas" aria-label="Argument map">
          {canvas}
          {status}
        </main>
        {side ? (
          <aside className="side-panel" id="side-panel" aria-label="Inspector" hidden={!panel.open}>
            {side}
          </aside>
        ) : null}
      </div>
      {overlays}
    </div>
  );
}
