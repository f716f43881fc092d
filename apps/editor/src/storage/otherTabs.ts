/**
 * Word between the editor's tabs on one browser: each tab says which stored map it has just
 * saved. Two tabs on the same map both autosave to it, so whichever saves last replaces the
 * other's work; hearing that another tab saved the open map is how a tab finds out in time to
 * warn the student.
 *
 * @module
 */

/** What a tab tells the others, and hears from them. */
export interface OtherTabs {
  /** Tells every other tab that this one has just saved the map `mapId`. */
  announceSaved(mapId: string): void;
  /** Calls `listener` when another tab has saved a map; returns a function that stops it. */
  onSaved(listener: (mapId: string) => void): () => void;
  /** Stops listening and sending. */
  dispose(): void;
}

/** The channel's name: one per origin, shared by every Argmap tab. */
export const OTHER_TABS_CHANNEL = 'argmap:saved-maps';

/** A message on the channel. Anything else that arrives is ignored. */
interface SavedMessage {
  type: 'saved';
  mapId: string;
}

function isSavedMessage(data: unknown): data is SavedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<SavedMessage>;
  return message.type === 'saved' && typeof message.mapId === 'string';
}

/**
 * The other tabs through a `BroadcastChannel` (which never delivers a tab's own messages back to
 * it). Where the browser has none, a tab hears nothing and says nothing: it behaves as before.
 */
export function broadcastOtherTabs(name = OTHER_TABS_CHANNEL): OtherTabs {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
  const listeners = new Set<(mapId: string) => void>();
  const onMessage = (event: MessageEvent) => {
    if (!isSavedMessage(event.data)) return;
    for (const listener of [...listeners]) listener(event.data.mapId);
  };
  channel?.addEventListener('message', onMessage);
  return {
    announceSaved(mapId) {
      const message: SavedMessage = { type: 'saved', mapId };
      channel?.postMessage(message);
    },
    onSaved(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      channel?.removeEventListener('message', onMessage);
      channel?.close();
    },
  };
}
