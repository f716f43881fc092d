import type { ReactFlowInstance } from '@xyflow/react';

/** Centres the canvas on a node and moves keyboard focus to it, once React Flow has drawn it. */
export function focusNode(flow: Pick<ReactFlowInstance, 'getInternalNode' | 'setCenter'>, id: string): void {
  const node = flow.getInternalNode(id);
  if (node) {
    const width = node.measured.width ?? 200;
    const height = node.measured.height ?? 80;
    void flow.setCenter(
      node.internals.positionAbsolute.x + width / 2,
      node.internals.positionAbsolute.y + height / 2,
      {
        zoom: 1,
        duration: 250,
      },
    );
  }
  requestAnimationFrame(() => {
    document
      .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: true });
  });
}
