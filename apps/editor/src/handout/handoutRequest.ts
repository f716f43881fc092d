/**
 * File → Print handout… lives in the File menu, while the dialog it opens belongs with the tours
 * (`PresentLauncher`, which also opens it from the tour panel): a window event joins the two
 * without threading a callback through the app shell.
 */
const OPEN_HANDOUT = 'argmap:open-handout';

/** What a handout prints: the map drawn, a tour a page a step, the outline, or the worksheet. */
export type HandoutKind = 'map' | 'tour' | 'outline' | 'worksheet';

/** Which handout the dialog opens on. */
export interface HandoutRequest {
  kind: HandoutKind;
  /** The tour to print, when `kind` is `tour`; the map's first tour otherwise. */
  tourId?: string | undefined;
}

/** Asks for the handout dialog, on `request`'s choice. */
export function requestHandout(request: HandoutRequest = { kind: 'map' }): void {
  window.dispatchEvent(new CustomEvent<HandoutRequest>(OPEN_HANDOUT, { detail: request }));
}

/** Calls `listener` on each request; returns the function that stops listening. */
export function onHandoutRequest(listener: (request: HandoutRequest) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<HandoutRequest>).detail);
  window.addEventListener(OPEN_HANDOUT, handle);
  return () => window.removeEventListener(OPEN_HANDOUT, handle);
}
