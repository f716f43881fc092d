import { type RefObject, useEffect, useState } from 'react';

/**
 * The CSS size of the element in `ref`, kept up to date as it resizes (entering full screen, a
 * projector with another resolution); `undefined` until measured or where nothing can measure it.
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
): { width: number; height: number } | undefined {
  const [size, setSize] = useState<{ width: number; height: number }>();
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const { width, height } = element.getBoundingClientRect();
      if (width <= 0 || height <= 0) return;
      // Whole pixels, so sub-pixel jitter does not lay the step out again.
      const next = { width: Math.round(width), height: Math.round(height) };
      setSize((old) => (old?.width === next.width && old.height === next.height ? old : next));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
