import { useOutline } from './OutlineContext.tsx';
import { OutlineLevels } from './OutlineLevels.tsx';
import { OutlineTree } from './OutlineTree.tsx';
import './outline.css';

/**
 * The outline beside the canvas (or instead of it on a narrow screen): the map as an indented,
 * keyboard-navigable tree. Renders nothing while closed, so a big map pays for it only when open.
 */
export function OutlinePanel() {
  const { open } = useOutline();
  if (!open) return null;
  return (
    <section className="outline" id="outline-panel" aria-labelledby="outline-heading">
      <div className="outline__header">
        <h2 className="outline__heading" id="outline-heading">
          Outline
        </h2>
        <OutlineLevels />
      </div>
      <p className="outline__hint">↑↓ move · ←→ fold · Enter edits · R O E add</p>
      <OutlineTree />
    </section>
  );
}

/** The header button that opens and closes the outline (also the `L` key). */
export function OutlineToggle() {
  const { open, toggle } = useOutline();
  return (
    <button
      type="button"
      className="outline-toggle"
      aria-pressed={open}
      aria-controls={open ? 'outline-panel' : undefined}
      onClick={() => toggle()}
      title="Show the map as an outline (L)"
    >
      Outline
    </button>
  );
}
