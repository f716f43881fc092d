import { type ReactFlowState, useStoreApi } from '@xyflow/react';
import { type RefObject, useEffect } from 'react';

/**
 * Below this zoom, 14 px statement text is under 8 px on screen: nodes switch to their zoomed-out
 * look (`.is-far`: blocks in their kind's colour, titles drawn at a readable size, evidence as counts).
 */
export const FAR_ZOOM = 0.55;

/**
 * Keeps the canvas frame's `--zoom` custom property and `is-far` class in step with React Flow's
 * zoom, by subscribing to its store directly: zooming re-renders no React component, and the CSS
 * alone resizes the zoomed-out titles to a constant size on screen.
 */
export function useSemanticZoom(frame: RefObject<HTMLElement | null>): void {
  const store = useStoreApi();
  useEffect(() => {
    let last = Number.NaN;
    const apply = (state: ReactFlowState) => {
      const zoom = state.transform[2];
      const element = frame.current;
      if (!element || zoom === last) return;
      last = zoom;
      element.style.setProperty('--zoom', String(zoom));
      element.classList.toggle('is-far', zoom < FAR_ZOOM);
    };
    apply(store.getState());
    return store.subscribe(apply);
  }, [store, frame]);
}
