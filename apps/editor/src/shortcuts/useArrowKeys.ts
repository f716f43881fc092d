import type { Point } from '@argmap/core';
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useCommands } from '../commands/CommandsContext.tsx';
import { EditorMode } from '../machine/EditorModeProvider.tsx';
import { showNode } from '../panels/focusNode.ts';
import { useEditorStore } from '../state/EditorContext.tsx';
import { visibilityOf } from '../state/reveal.ts';
import { focusedNodeId, isCovered, isInTree, isTyping } from './keyTargets.ts';
import { type Direction, neighbour } from './navigation.ts';
import { matchShortcut } from './shortcutTable.ts';

const DIRECTION: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** How far Alt+arrow nudges, in canvas pixels (with Shift: {@link FAR}). */
const STEP = 10;
const FAR = 50;

/**
 * Arrow keys move the selection along the map (see `navigation.ts`); Alt+arrows nudge the
 * selected nodes. Listens in the capture phase: React Flow would otherwise take a plain arrow on
 * a focused node as "move the selected nodes 5 px", an undoable edit nobody meant.
 */
export function useArrowKeys() {
  const store = useEditorStore();
  const commands = useCommands();
  const mode = EditorMode.useActorRef();
  const flow = useReactFlow();
  useEffect(() => {
    const positionOf = (id: string): Point | undefined =>
      flow.getInternalNode(id)?.internals.positionAbsolute;
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = DIRECTION[event.key];
      if (!direction || !mode.getSnapshot().matches('idle') || isTyping(event.target) || isCovered()) return;
      if (isInTree(event.target)) return;
      const action = matchShortcut(event);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      const { map, selectedNodes } = store.getSnapshot();
      if (action === 'nudge') {
        if (selectedNodes.length === 0) return;
        const far = event.shiftKey ? FAR : STEP;
        const dx = direction === 'left' ? -far : direction === 'right' ? far : 0;
        const dy = direction === 'up' ? -far : direction === 'down' ? far : 0;
        const moved: Record<string, Point> = {};
        for (const id of selectedNodes) {
          const at = positionOf(id);
          if (at) moved[id] = { x: Math.round(at.x + dx), y: Math.round(at.y + dy) };
        }
        if (Object.keys(moved).length > 0) commands.moveTo(moved);
        return;
      }
      const from = selectedNodes.at(-1) ?? focusedNodeId();
      const { hidden } = visibilityOf(map);
      const to = from
        ? neighbour(map, hidden, positionOf, from, direction)
        : [...map.nodes.keys()].find((id) => !hidden.has(id));
      if (!to) return;
      store.select([to]);
      showNode(flow, to);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [store, commands, mode, flow]);
}
