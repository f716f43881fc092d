/** A message for the status line (read out by screen readers through an `aria-live` region). */
export interface Announcement {
  text: string;
  /** Increments per message, so the same text announced twice still re-renders. */
  id: number;
}

/** A tiny external store for status messages; plain TS so commands can announce without React. */
export interface Announcer {
  announce(text: string): void;
  /** Removes the message (nothing to do if there is none). */
  clear(): void;
  getSnapshot(): Announcement | undefined;
  subscribe(listener: () => void): () => void;
}

/** Creates an announcer with no message. */
export function createAnnouncer(): Announcer {
  let current: Announcement | undefined;
  const listeners = new Set<() => void>();
  return {
    announce(text) {
      current = { text, id: (current?.id ?? 0) + 1 };
      for (const listener of [...listeners]) listener();
    },
    clear() {
      if (!current || current.text === '') return;
      current = { text: '', id: current.id + 1 };
      for (const listener of [...listeners]) listener();
    },
    getSnapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
