import type { Point } from '@argmap/core';

/** Schedules a callback before the next frame (`requestAnimationFrame` in the browser). */
export type FrameScheduler = (callback: () => void) => void;

/** Collects a drag's positions and hands them on once per frame. */
export interface DragBatcher {
  /** Records where nodes are now; the latest position of each node wins. */
  move(positions: Readonly<Record<string, Point>>): void;
  /** Hands on what is pending at once (before a drop commits the move). */
  flush(): void;
}

/**
 * Coalesces the pointer's drag positions into one store update per frame. React Flow reports a
 * position on every pointer event, and a busy page gets several events per frame; each update
 * re-renders the canvas and wakes every React Flow subscriber (two per node and per edge), so a
 * frame of a 1,000-node drag did that work once per event instead of once per frame.
 */
export function createDragBatcher(
  apply: (positions: Readonly<Record<string, Point>>) => void,
  schedule: FrameScheduler = (callback) => requestAnimationFrame(callback),
): DragBatcher {
  let pending: Record<string, Point> | undefined;
  const flush = () => {
    if (!pending) return;
    const positions = pending;
    pending = undefined;
    apply(positions);
  };
  return {
    move(positions) {
      const first = pending === undefined;
      pending = { ...pending, ...positions };
      if (first) schedule(flush);
    },
    flush,
  };
}
