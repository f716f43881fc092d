import type { ReactFlowInstance } from '@xyflow/react';

/** How many frames to wait for a node that is not drawn yet (one just shown by expanding its branch). */
const MAX_FRAMES = 30;

/**
 * Centres the canvas on a node and moves keyboard focus to it, once React Flow has drawn it. A
 * node that was hidden in a collapsed branch a moment ago is laid out and measured a few frames
 * later, so this waits for it rather than centring on where it is not.
 *
 * While it waits the student may already be doing something else (typing into a node they just
 * added, say). Focus that moved since the call is theirs: the late jump is then dropped, since
 * taking focus from a text field would commit it half-typed. Resolves once it has acted or given up.
 */
export function focusNode(
  flow: Pick<ReactFlowInstance, 'getInternalNode' | 'setCenter'>,
  id: string,
): Promise<'focused' | 'dropped'> {
  const from = document.activeElement;
  let frames = 0;
  return new Promise((resolve) => {
    const attempt = () => {
      const now = document.activeElement;
      if (frames > 0 && now !== from && now !== document.body && now !== null) {
        resolve('dropped');
        return;
      }
      const node = flow.getInternalNode(id);
      if (!node?.measured.width && ++frames < MAX_FRAMES) {
        requestAnimationFrame(attempt);
        return;
      }
      if (node) {
        const width = node.measured.width ?? 200;
        const height = node.measured.height ?? 80;
        void flow.setCenter(
          node.internals.positionAbsolute.x + width / 2,
          node.internals.positionAbsolute.y + height / 2,
          { zoom: 1, duration: 250 },
        );
      }
      document
        .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
        ?.focus({ preventScroll: true });
      resolve('focused');
    };
    attempt();
  });
}

/**
 * Moves keyboard focus to a node the arrow keys selected, and scrolls the canvas to it only if it
 * is off screen, keeping the zoom: stepping through a map should not jump about.
 */
export function showNode(
  flow: Pick<ReactFlowInstance, 'getInternalNode' | 'setCenter' | 'getZoom'>,
  id: string,
): void {
  const element = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  element?.focus({ preventScroll: true });
  const pane = element?.closest('.react-flow')?.getBoundingClientRect();
  const box = element?.getBoundingClientRect();
  const inside =
    pane &&
    box &&
    box.left >= pane.left &&
    box.right <= pane.right &&
    box.top >= pane.top &&
    box.bottom <= pane.bottom;
  const node = flow.getInternalNode(id);
  if (inside || !node) return;
  void flow.setCenter(
    node.internals.positionAbsolute.x + (node.measured.width ?? 200) / 2,
    node.internals.positionAbsolute.y + (node.measured.height ?? 80) / 2,
    { zoom: flow.getZoom(), duration: 200 },
  );
}
