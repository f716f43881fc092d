/**
 * Where a key press lands: a text field, a node, or something covering the map. Shared by the
 * shortcut hooks.
 *
 * @module
 */

/** Whether the key press belongs to a text field (or a control that uses letters itself). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The node id of the focused React Flow node or outline row, if focus is on one. */
export function focusedNodeId(): string | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return undefined;
  return (
    active.closest<HTMLElement>('.react-flow__node')?.dataset.id ??
    active.closest<HTMLElement>('[role="treeitem"]')?.dataset.nodeId
  );
}

/** Whether the key press belongs to a tree (the outline), which moves with the arrow keys itself. */
export function isInTree(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="tree"]') !== null;
}

/**
 * Whether something covers the map: "Opening your map…" or a modal dialog that is not one of the
 * editor's modes (the maps list, a notice, the handout preview). Keys then belong to the cover,
 * not to the map behind it: an `n` pressed while the stored map is still loading would add a node
 * to the map that is about to be replaced, and Delete in the maps list would delete the selection.
 */
export function isCovered(): boolean {
  return document.querySelector('.loading-screen, [aria-modal="true"]') !== null;
}
