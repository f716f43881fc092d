import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { EditorMode } from '../machine/EditorModeProvider.tsx';
import { type Announcer, createAnnouncer } from '../state/announcer.ts';
import { useEditorStore } from '../state/EditorContext.tsx';
import {
  type ClipboardPort,
  createEditorCommands,
  type EditorCommands,
  memoryClipboard,
} from './editorCommands.ts';

interface CommandsValue {
  commands: EditorCommands;
  announcer: Announcer;
}

const CommandsContext = createContext<CommandsValue | null>(null);

/**
 * The system clipboard when the browser allows it, with an in-memory copy as fallback: copying
 * between maps in one tab always works, between tabs when the browser grants clipboard access.
 */
function browserClipboard(): ClipboardPort {
  const memory = memoryClipboard();
  return {
    async write(text) {
      await memory.write(text);
      try {
        await navigator.clipboard?.writeText(text);
      } catch {
        // Permission refused: the in-memory copy still serves pastes in this tab.
      }
    },
    async read() {
      try {
        const text = await navigator.clipboard?.readText();
        if (text) return text;
      } catch {
        // Fall back to what this tab copied last.
      }
      return memory.read();
    },
  };
}

/**
 * Creates the editor commands for the store and statechart above it, and turns the statechart's
 * emitted `commitText` / `connect` events into edits.
 */
export function CommandsProvider({
  children,
  clipboard,
}: {
  children: ReactNode;
  clipboard?: ClipboardPort;
}) {
  const store = useEditorStore();
  const actor = EditorMode.useActorRef();
  const [value] = useState<CommandsValue>(() => {
    const announcer = createAnnouncer();
    const commands = createEditorCommands({
      store,
      send: (event) => actor.send(event),
      clipboard: clipboard ?? browserClipboard(),
      announce: announcer.announce,
    });
    return { commands, announcer };
  });
  useEffect(() => {
    // A message is about the action that made it: the next change (an edit, a selection, a
    // what-if) clears it, so "Switched off: …" does not linger long after. Commands announce after
    // their own change, so their message survives it.
    const stopClearing = store.subscribe(() => value.announcer.clear());
    const subscriptions = [
      actor.on('commitText', (event) => value.commands.commitText(event.nodeId, event.text)),
      actor.on('cancelText', (event) => value.commands.cancelText(event.nodeId)),
      actor.on('connect', (event) => value.commands.connect(event.source, event.target, event.relation)),
    ];
    return () => {
      stopClearing();
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  }, [actor, value, store]);
  return <CommandsContext.Provider value={value}>{children}</CommandsContext.Provider>;
}

/** The editor's commands (add, delete, undo, copy…). */
export function useCommands(): EditorCommands {
  const value = useContext(CommandsContext);
  if (!value) throw new Error('useCommands() needs a <CommandsProvider> above it');
  return value.commands;
}

/** Says something on the status line (read out by screen readers), e.g. the class server's refusal. */
export function useAnnounce(): (text: string) => void {
  const value = useContext(CommandsContext);
  if (!value) throw new Error('useAnnounce() needs a <CommandsProvider> above it');
  return value.announcer.announce;
}

/** The latest status message, for the status line. */
export function useAnnouncement() {
  const value = useContext(CommandsContext);
  if (!value) throw new Error('useAnnouncement() needs a <CommandsProvider> above it');
  return useSyncExternalStore(
    value.announcer.subscribe,
    value.announcer.getSnapshot,
    value.announcer.getSnapshot,
  );
}
