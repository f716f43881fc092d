import { type ArgMap, toDocument } from '@argmap/core';
import type { EditorStore } from '../state/editorStore.ts';
import { type ApiResult, type ClassServer, type ClassTicket, joinClass, startClass } from './classApi.ts';
import { type ClassSession, type ConnectOptions, connectClass } from './classSession.ts';

/**
 * Whether the editor is in a live class, and the ways in and out: start one from the open map
 * (the teacher), join one with a code and a name (a student), rejoin after a reload, leave. Plain
 * TypeScript; the class menu renders {@link ClassControllerState}.
 *
 * @module
 */

export interface ClassControllerState {
  /** `idle`: not in a class; `busy`: starting or joining; `in-class`: see `session`. */
  phase: 'idle' | 'busy' | 'in-class';
  session: ClassSession | undefined;
  /** Why the last attempt to start or join failed, in a sentence. */
  error: string | undefined;
  /** A join code from the page's link (`?class=CODE`), waiting for the student's name. */
  invitation: string | undefined;
}

export interface ClassController {
  getSnapshot(): ClassControllerState;
  subscribe(listener: () => void): () => void;
  /** Starts a class from the open map; the teacher is then in it. */
  start(): Promise<ApiResult<void>>;
  /** Joins a class as a student. */
  join(code: string, name: string): Promise<ApiResult<void>>;
  /** Rejoins the class this tab was in before a reload, if any. */
  resume(): Promise<void>;
  /** Leaves the class; `keepCopy` stores the class map as one of this person's maps. */
  leave(keepCopy: boolean): void;
  /** Forgets the invitation from the link (the student chose not to join). */
  dismissInvitation(): void;
}

/** Where the controller keeps what survives a reload of this tab. */
export interface TicketStorage {
  read(): { server: ClassServer; ticket: ClassTicket } | undefined;
  write(value: { server: ClassServer; ticket: ClassTicket } | undefined): void;
}

export interface ControllerOptions {
  store: EditorStore;
  server: ClassServer;
  /** Shows the class map (persistence's `openClass`); `store.loadMap` without persistence. */
  open(map: ArgMap): void;
  /** Stores a copy of the map as one of this person's own maps (persistence's `openNew`). */
  keepCopy?(map: ArgMap): void;
  announce?(text: string): void;
  storage?: TicketStorage;
  /** The join code in the page's link, if it had one. */
  invitation?: string;
  /** Called once the person is in a class (to take the join code out of the page's address). */
  onEntered?(): void;
  /** For Node tests. */
  WebSocketPolyfill?: ConnectOptions['WebSocketPolyfill'];
}

export function createClassController(options: ControllerOptions): ClassController {
  let state: ClassControllerState = {
    phase: 'idle',
    session: undefined,
    error: undefined,
    invitation: options.invitation,
  };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<ClassControllerState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };

  const enter = async (server: ClassServer, ticket: ClassTicket): Promise<ApiResult<void>> => {
    const session = connectClass({
      server,
      ticket,
      store: options.store,
      open: options.open,
      ...(options.announce ? { announce: options.announce } : {}),
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    });
    const opened = await session.opened;
    if (!opened.ok) {
      session.leave();
      options.storage?.write(undefined);
      set({ phase: 'idle', session: undefined, error: opened.message });
      return opened;
    }
    options.storage?.write({ server, ticket });
    set({ phase: 'in-class', session, error: undefined, invitation: undefined });
    options.onEntered?.();
    return opened;
  };

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      if (state.phase !== 'idle') return { ok: false, code: 'busy', message: 'Already in a class.' };
      set({ phase: 'busy', error: undefined });
      const started = await startClass(options.server, toDocument(options.store.getSnapshot().map));
      if (!started.ok) {
        set({ phase: 'idle', error: started.message });
        return started;
      }
      return enter(options.server, started.value);
    },
    async join(code, name) {
      if (state.phase !== 'idle') return { ok: false, code: 'busy', message: 'Already in a class.' };
      set({ phase: 'busy', error: undefined });
      const joined = await joinClass(options.server, code, name);
      if (!joined.ok) {
        set({ phase: 'idle', error: joined.message });
        return joined;
      }
      return enter(options.server, joined.value);
    },
    async resume() {
      const saved = options.storage?.read();
      if (!saved || state.phase !== 'idle') return;
      set({ phase: 'busy', error: undefined });
      await enter(saved.server, saved.ticket);
    },
    leave(keepCopy) {
      const session = state.session;
      if (!session) return;
      session.leave();
      options.storage?.write(undefined);
      set({ phase: 'idle', session: undefined });
      if (keepCopy) options.keepCopy?.(options.store.getSnapshot().map);
    },
    dismissInvitation() {
      set({ invitation: undefined });
    },
  };
}

/**
 * The browser's `localStorage`: until the person leaves, reopening the editor (a reload, a closed
 * tab, a new one) rejoins the class, offline too, from the browser's copy. Never throws.
 */
export function browserTicketStorage(key = 'argmap:class'): TicketStorage {
  return {
    read() {
      try {
        const value = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
        if (typeof value !== 'object' || value === null) return undefined;
        const { server, ticket } = value as { server?: ClassServer; ticket?: ClassTicket };
        if (typeof server?.origin !== 'string' || typeof ticket?.token !== 'string') return undefined;
        return { server, ticket };
      } catch {
        return undefined;
      }
    },
    write(value) {
      try {
        if (value) localStorage.setItem(key, JSON.stringify(value));
        else localStorage.removeItem(key);
      } catch {
        // Storage refused: a reload then leaves the class, nothing worse.
      }
    },
  };
}

/** The join code in a page address (`?class=K7Q2MX4P`), if any. */
export function invitationFromSearch(search: string): string | undefined {
  const code = new URLSearchParams(search).get('class');
  return code && /^[A-Za-z0-9 -]{4,20}$/.test(code) ? code : undefined;
}

/** The link a teacher gives the class: this page with `?class=CODE`. */
export function invitationLink(code: string, page: string = location.href): string {
  const url = new URL(page);
  url.hash = '';
  url.search = `?class=${encodeURIComponent(code)}`;
  return url.toString();
}
