/**
 * "Print student worksheet…" lives in the File menu, while the print preview it opens belongs to
 * the presentation layers (`PresentLauncher`): a window event joins the two without threading a
 * callback through the app shell.
 */
const OPEN_WORKSHEET = 'argmap:open-worksheet';

/** Asks for the worksheet preview of the current map. */
export function requestWorksheet(): void {
  window.dispatchEvent(new Event(OPEN_WORKSHEET));
}

/** Calls `listener` on each request; returns the function that stops listening. */
export function onWorksheetRequest(listener: () => void): () => void {
  window.addEventListener(OPEN_WORKSHEET, listener);
  return () => window.removeEventListener(OPEN_WORKSHEET, listener);
}
