/**
 * Full screen for the presentation, with a fallback: browsers refuse the Fullscreen API without a
 * recent click, inside some iframes, and on iPhone Safari. The presentation is a fixed layer over
 * the whole window anyway, so refusal only leaves the browser's own bars visible (F11 hides them).
 */

/** Asks for full screen on `element`; resolves `true` if the browser granted it. Never rejects. */
export async function enterFullscreen(element: HTMLElement): Promise<boolean> {
  if (typeof element.requestFullscreen !== 'function' || document.fullscreenEnabled === false) return false;
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

/** Leaves full screen if this document is in it. Never rejects. */
export async function exitFullscreen(): Promise<void> {
  if (!document.fullscreenElement || typeof document.exitFullscreen !== 'function') return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (the user pressed Esc first): nothing to undo.
  }
}
