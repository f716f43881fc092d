import { useEffect, useState } from 'react';

/**
 * Where the editor's header ends, in CSS px from the top of the window (0 without a header). A
 * drawer opened from the header starts there, so it never covers the button that opened it or the
 * Present button beside it; the header wraps onto more rows on narrow windows, hence the observer.
 */
export function useBelowHeader(selector = '.app-header'): number {
  const [bottom, setBottom] = useState(0);
  useEffect(() => {
    const header = document.querySelector(selector);
    if (!header) return;
    const update = () => setBottom(Math.max(0, Math.round(header.getBoundingClientRect().bottom)));
    update();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(header);
    window.addEventListener('resize', update);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [selector]);
  return bottom;
}
