import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { fitAfter, fitMap } from '../canvas/fitMap.ts';
import { useCommands } from '../commands/CommandsContext.tsx';
import { EditorMode } from '../machine/EditorModeProvider.tsx';
import { useEditorStore } from '../state/EditorContext.tsx';
import { focusedNodeId, isCovered, isTyping } from './keyTargets.ts';
import { matchShortcut, type ShortcutAction } from './shortcutTable.ts';

/** Moves focus into the inspector: to the node's Text field when there is one, else its first control. */
function focusInspector() {
  const panel = document.querySelector<HTMLElement>('aside[aria-label="Inspector"]');
  const field =
    panel?.querySelector<HTMLElement>('textarea:not(:disabled)') ??
    panel?.querySelector<HTMLElement>('input:not(:disabled), select:not(:disabled), textarea, button');
  field?.focus();
}

/**
 * Wires the keyboard shortcuts of {@link SHORTCUTS} to commands. Shortcuts act only in the idle
 * mode, never while a text field has focus and never while something covers the map (see
 * {@link isCovered}); Escape always cancels. While connecting, Enter on
 * a focused node picks it as the target.
 */
export function useShortcuts(onSearch: () => void, onOutline: () => void = () => {}) {
  const commands = useCommands();
  const store = useEditorStore();
  const mode = EditorMode.useActorRef();
  const flow = useReactFlow();

  useEffect(() => {
    const target = () => store.getSnapshot().selectedNodes.at(-1) ?? focusedNodeId();
    const perform: Record<ShortcutAction, (event: KeyboardEvent) => void> = {
      addNode: () => commands.addNode(),
      addReason: () => commands.addChild('reason', target()),
      addObjection: () => commands.addChild('objection', target()),
      addEvidence: () => commands.addChild('evidence', target()),
      editText: () => commands.editText(focusedNodeId() ?? target()),
      connect: () => {
        const id = target();
        if (id) mode.send({ type: 'CONNECT_START', nodeId: id });
      },
      delete: () => commands.deleteSelection(),
      undo: () => commands.undo(),
      redo: () => commands.redo(),
      copy: () => void commands.copy(),
      cut: () => void commands.cut(),
      paste: () => void commands.paste(),
      selectAll: () => commands.selectAll(),
      collapse: () => {
        const id = target();
        if (id) commands.toggleCollapsed(id);
      },
      whatIf: () => commands.toggleSwitchedOff(target()),
      why: () => {
        const id = target();
        if (id) mode.send({ type: 'OPEN_DIALOG', dialog: 'why', nodeId: id });
      },
      quote: () => {
        const id = target();
        if (id) mode.send({ type: 'OPEN_DIALOG', dialog: 'quote', nodeId: id });
      },
      tidy: () => commands.tidy(),
      fitView: () => fitMap(flow),
      focusBranch: () => commands.focusBranch(target()),
      showLevels: (event) => {
        const levels = event.key === '0' ? 'all' : Number(event.key);
        fitAfter(flow, () => commands.showLevels(levels));
      },
      search: onSearch,
      help: () => mode.send({ type: 'OPEN_DIALOG', dialog: 'help' }),
      escape: () => store.select([], []),
      // Arrow keys are taken earlier, in the capture phase (useArrowKeys), before React Flow.
      selectAbove: () => {},
      selectBelow: () => {},
      selectLeft: () => {},
      selectRight: () => {},
      nudge: () => {},
      focusInspector: () => focusInspector(),
      outline: onOutline,
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const snapshot = mode.getSnapshot();
      if (event.key === 'Escape' && !snapshot.matches('idle')) {
        mode.send({ type: 'CANCEL' });
        return;
      }
      if (snapshot.matches('connecting') && event.key === 'Enter') {
        event.preventDefault();
        mode.send({ type: 'CONNECT_END', targetId: focusedNodeId() ?? null });
        return;
      }
      if (!snapshot.matches('idle') || isTyping(event.target) || isCovered()) return;
      // Buttons and links keep Enter and Space for themselves.
      const onControl =
        event.target instanceof HTMLElement && event.target.closest('button, a, [role="menuitem"]');
      if (onControl && (event.key === 'Enter' || event.key === ' ')) return;
      const action = matchShortcut(event);
      if (!action) return;
      // Enter on a focused node is React Flow's "select this node" (it has already run by now);
      // it edits only when focus is elsewhere. F2 always edits.
      if (action === 'editText' && event.key === 'Enter') {
        if (focusedNodeId() !== undefined || store.getSnapshot().selectedNodes.length === 0) return;
      }
      event.preventDefault();
      perform[action](event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [commands, store, mode, flow, onSearch, onOutline]);
}
