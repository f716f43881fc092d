import {
  CLASS,
  type Contribution,
  contributionOf,
  HIDDEN,
  NODES,
  parseServerMessage,
  readClassState,
  readHidden,
  readMap,
} from '@argmap/classroom';
import type { ArgMap } from '@argmap/core';
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { type Presenting, presentingNow } from '../present/presentingNow.ts';
import type { EditorStore } from '../state/editorStore.ts';
import {
  type ApiResult,
  type ClassServer,
  type ClassTicket,
  collabUrl,
  type HistoryEntry,
  moderate,
  readHistory,
  removeStudent,
  setClassLocked,
} from './classApi.ts';
import { bindStoreToDoc, type ClassBinding } from './classBinding.ts';

/**
 * One person's live class in the editor, in plain TypeScript: the connection to the class server
 * (Hocuspocus's provider over the page's WebSocket), the binding of the editor store to the shared
 * document, who else is here (Yjs awareness) and what the server said. The React side only renders
 * {@link ClassState} and calls these methods.
 *
 * @module
 */

/** Where the connection stands. */
export type ClassStatus =
  /** Connecting, or reconnecting after a drop: edits made meanwhile are kept and sent later. */
  | 'connecting'
  /** Connected and in step with the class. */
  | 'live'
  /** The server refused this person's token (a removed student, a class that no longer exists). */
  | 'denied'
  /** The teacher removed this student from the class. */
  | 'removed';

/** Someone in the class right now, as their editor announces itself (the server holds the person to their token). */
export interface Person {
  /** Yjs's id for their connection (one person in two tabs shows twice). */
  clientId: number;
  memberId: string;
  name: string;
  role: 'teacher' | 'student';
  /** The nodes they have selected. */
  selection: readonly string[];
  /** Whether this is the person at this screen. */
  self: boolean;
  /** The tour step they are presenting, if they are. */
  presenting: Presenting | undefined;
}

/** What the class panel shows. */
export interface ClassState {
  ticket: ClassTicket;
  status: ClassStatus;
  /** Whether the teacher has locked student edits. */
  locked: boolean;
  /** Everyone connected, this person first. */
  people: readonly Person[];
  /** Whether every change made here has reached the server. */
  saved: boolean;
  /** The step the teacher is presenting, for students to follow; undefined when no one presents. */
  teacherPresenting: Presenting | undefined;
  /** What the teacher has hidden, newest first. */
  hidden: readonly HiddenItem[];
}

/** A branch the teacher hid, as the class panel lists it. */
export interface HiddenItem {
  /** The id of the node hidden (the branch's top). */
  id: string;
  kind: string;
  text: string;
  /** Who added it. */
  author: string;
  /** How many nodes the branch holds. */
  nodes: number;
  at: string;
}

export interface ClassSession {
  getSnapshot(): ClassState;
  subscribe(listener: () => void): () => void;
  /** Resolves once the class map is open in the editor (the first sync), or the server refused. */
  readonly opened: Promise<ApiResult<void>>;
  /** Locks or unlocks student edits (the teacher). */
  setLocked(locked: boolean): Promise<ApiResult<{ locked: boolean }>>;
  /** Removes a student (the teacher). */
  remove(memberId: string): Promise<ApiResult<{ removed: string }>>;
  /** The class's history, newest first (the teacher). */
  history(): Promise<ApiResult<HistoryEntry[]>>;
  /** Who added a node or link, as the server recorded it; undefined for what the class started with. */
  contributionOf(id: string): Contribution | undefined;
  /** Hides, shows again or accepts a student's contribution (the teacher). */
  moderate(node: string, action: 'hide' | 'show' | 'accept'): Promise<ApiResult<{ nodes: number }>>;
  /**
   * Leaves the class: disconnects, gives the editor its own undo back and forgets this browser's
   * copy of the class map. The map stays on screen.
   */
  leave(): void;
}

/** Options of {@link connectClass}. */
export interface ConnectOptions {
  server: ClassServer;
  ticket: ClassTicket;
  store: EditorStore;
  /** Shows the class map in the editor (persistence opens it as a map that is not stored here). */
  open(map: ArgMap): void;
  /** Tells the person something (the status line). */
  announce?(text: string): void;
  /** For Node tests: a WebSocket class (browsers have one). */
  WebSocketPolyfill?: unknown;
}

/** Connects to a class and opens its map once synced. */
export function connectClass(options: ConnectOptions): ClassSession {
  const { server, ticket, store } = options;
  const doc = new Y.Doc();
  const listeners = new Set<() => void>();
  let state: ClassState = {
    ticket,
    status: 'connecting',
    locked: false,
    people: [],
    saved: true,
    teacherPresenting: undefined,
    hidden: [],
  };
  const set = (patch: Partial<ClassState>) => {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  };

  let binding: ClassBinding | undefined;
  let settle: (result: ApiResult<void>) => void = () => {};
  const opened = new Promise<ApiResult<void>>((resolve) => {
    settle = resolve;
  });

  /** Opens the class map once the document holds it (from the server, or from this browser's copy). */
  const openOnce = (fromServer: boolean): void => {
    if (binding !== undefined) return;
    const map = readMap(doc);
    if (!map.ok) {
      // The browser's copy should always read; if not, the server's word decides.
      if (fromServer) {
        settle({
          ok: false,
          code: 'invalid-class-map',
          message: map.diagnostics[0]?.message ?? 'The class map is invalid.',
        });
      }
      return;
    }
    options.open(map.value);
    binding = bindStoreToDoc(store, doc);
    settle({ ok: true, value: undefined });
  };

  // This browser's copy of the class map (IndexedDB): the map opens from it while the server is
  // out of reach, and edits made meanwhile survive a closed tab; the provider sends them once the
  // connection is back, and Yjs merges them with everyone else's.
  const local =
    typeof indexedDB === 'undefined'
      ? undefined
      : new IndexeddbPersistence(`argmap-class:${ticket.room}:${ticket.member.id}`, doc);
  void local?.whenSynced.then(() => {
    if (doc.getMap(NODES).size === 0) return;
    openOnce(false);
    set({ locked: readClassState(doc).locked, hidden: hiddenItems(doc) });
  });

  const provider = new HocuspocusProvider({
    url: collabUrl(server),
    name: ticket.room,
    token: ticket.token,
    document: doc,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    onSynced: () => {
      openOnce(true);
      set({ status: 'live', locked: readClassState(doc).locked, hidden: hiddenItems(doc) });
    },
    onStatus: ({ status }: { status: WebSocketStatus }) => {
      if (
        status !== WebSocketStatus.Connected &&
        (state.status === 'live' || state.status === 'connecting')
      ) {
        set({ status: 'connecting' });
      }
    },
    onAuthenticationFailed: ({ reason }: { reason: string }) => {
      if (state.status !== 'removed') set({ status: 'denied' });
      settle({ ok: false, code: 'denied', message: deniedMessage(reason) });
      provider.disconnect();
    },
    onStateless: ({ payload }: { payload: string }) => {
      const message = parseServerMessage(payload);
      if (message?.type === 'class') set({ locked: message.locked });
      if (message?.type !== 'refused') return;
      if (message.code === 'removed-from-class') {
        set({ status: 'removed' });
        provider.disconnect();
      }
      // Refusals go to the status line; the server's rollback has already put the map back.
      options.announce?.(message.message);
    },
    onUnsyncedChanges: ({ number }: { number: number }) => {
      if (state.saved !== (number === 0)) set({ saved: number === 0 });
    },
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);

  // The lock also lives in the document, for whoever joins after it changed.
  const onClass = () => set({ locked: readClassState(doc).locked });
  doc.getMap(CLASS).observe(onClass);
  const onHidden = () => set({ hidden: hiddenItems(doc) });
  doc.getMap(HIDDEN).observe(onHidden);

  const awareness = provider.awareness;
  awareness?.setLocalStateField('person', {
    memberId: ticket.member.id,
    name: ticket.member.name,
    role: ticket.member.role,
  });
  const readPeople = () => {
    if (!awareness) return;
    const people: Person[] = [];
    for (const [clientId, value] of awareness.getStates()) {
      const person = readPerson(clientId, value, clientId === awareness.clientID);
      if (person) people.push(person);
    }
    people.sort(
      (a, b) =>
        Number(b.self) - Number(a.self) || roleOrder(a) - roleOrder(b) || a.name.localeCompare(b.name),
    );
    const presenter = people.find((person) => !person.self && person.role === 'teacher' && person.presenting);
    set({ people, teacherPresenting: presenter?.presenting });
  };
  awareness?.on('change', readPeople);
  readPeople();
  // The teacher's presentation, step by step, for the students to follow.
  const publishPresenting = () => awareness?.setLocalStateField('presenting', presentingNow.get() ?? null);
  const stopPresenting =
    ticket.member.role === 'teacher' ? presentingNow.subscribe(publishPresenting) : () => {};
  if (ticket.member.role === 'teacher') publishPresenting();
  let selection: readonly string[] = [];
  const stopSelection = store.subscribe(() => {
    const next = store.getSnapshot().selectedNodes;
    if (next === selection) return;
    selection = next;
    awareness?.setLocalStateField('selection', next.slice(0, 50));
  });

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    opened,
    setLocked: (locked) => setClassLocked(server, ticket, locked),
    remove: (memberId) => removeStudent(server, ticket, memberId),
    history: () => readHistory(server, ticket),
    contributionOf: (id) => contributionOf(doc, id),
    moderate: (node, action) => moderate(server, ticket, node, action),
    leave() {
      stopSelection();
      stopPresenting();
      awareness?.off('change', readPeople);
      doc.getMap(CLASS).unobserve(onClass);
      doc.getMap(HIDDEN).unobserve(onHidden);
      binding?.dispose();
      binding = undefined;
      provider.destroy();
      void local?.clearData();
      settle({ ok: false, code: 'left', message: 'You left the class.' });
    },
  };
}

function hiddenItems(doc: Y.Doc): HiddenItem[] {
  const items: HiddenItem[] = [];
  for (const [id, branch] of Object.entries(readHidden(doc))) {
    const top = branch.nodes?.find((node) => node.id === id);
    if (!top) continue;
    items.push({
      id,
      kind: top.kind,
      text: top.text,
      author: branch.by?.name ?? 'a student',
      nodes: branch.nodes.length,
      at: branch.at,
    });
  }
  return items.sort((a, b) => b.at.localeCompare(a.at));
}

function roleOrder(person: Person): number {
  return person.role === 'teacher' ? 0 : 1;
}

/** A person from their awareness state; undefined for a state that is not an Argmap editor's. */
function readPerson(clientId: number, value: Record<string, unknown>, self: boolean): Person | undefined {
  const person = value.person as Record<string, unknown> | undefined;
  if (typeof person !== 'object' || person === null) return undefined;
  const { memberId, name, role } = person;
  if (typeof memberId !== 'string' || typeof name !== 'string') return undefined;
  if (role !== 'teacher' && role !== 'student') return undefined;
  const selection = Array.isArray(value.selection)
    ? value.selection.filter((id): id is string => typeof id === 'string').slice(0, 50)
    : [];
  const shown = value.presenting as Record<string, unknown> | null | undefined;
  const presenting =
    typeof shown?.tourId === 'string' && Number.isSafeInteger(shown.index) && (shown.index as number) >= 0
      ? { tourId: shown.tourId, index: shown.index as number }
      : undefined;
  return { clientId, memberId, name: name.slice(0, 40), role, selection, self, presenting };
}

function deniedMessage(reason: string): string {
  return reason === 'invalid-token' || reason === 'permission-denied'
    ? 'The class server did not let you in: this class has ended, or you were removed from it.'
    : `The class server did not let you in (${reason}).`;
}
