import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useCommands } from '../commands/CommandsContext.tsx';
import { useCritique } from '../critique/CritiqueContext.tsx';
import { EditorMode } from '../machine/EditorModeProvider.tsx';
import { isTyping } from '../shortcuts/keyTargets.ts';
import { matchShortcut } from '../shortcuts/shortcutTable.ts';
import { useEditor, useEditorStore } from '../state/EditorContext.tsx';
import { visibilityOf } from '../state/reveal.ts';
import { useOutline } from './OutlineContext.tsx';
import { OutlineRowView } from './OutlineRowView.tsx';
import { type OutlineRow, outlineRows } from './outlineRows.ts';
import { isTreeKey, treeMove } from './treeKeys.ts';

/**
 * The map as a WAI-ARIA tree: one row per shown node, indented under what it bears on. Focus is a
 * roving tabindex that follows the editor's selection both ways; collapsing is the canvas's own
 * (the node's `collapsed` flag); titles are edited in place through the same statechart and
 * commands as on the canvas. Only rows of expanded branches exist, so a collapsed big map is cheap.
 */
export function OutlineTree() {
  const store = useEditorStore();
  const commands = useCommands();
  const mode = EditorMode.useActorRef();
  const outline = useOutline();
  const map = useEditor((state) => state.map);
  const selectedNodes = useEditor((state) => state.selectedNodes);
  const switchedOff = useEditor((state) => state.switchedOff);
  const { critique } = useCritique();
  const insteadOfCanvas = outline.insteadOfCanvas;
  // The title field shows here when the outline asked for it, or when the canvas is not on screen.
  const editingId = EditorMode.useSelector((snapshot) =>
    snapshot.matches('editing') && (snapshot.context.editingIn === 'outline' || insteadOfCanvas)
      ? snapshot.context.editingId
      : null,
  );
  const rows = outlineRows(map);
  const index = useMemo(() => new Map(rows.map((row, i) => [row.key, i])), [rows]);
  const selected = useMemo(() => new Set(selectedNodes), [selectedNodes]);
  const selectedId = selectedNodes.at(-1);

  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  /** Where the active row was: when it goes (deleted), the row that took its place is next in line. */
  const lastIndex = useRef(0);
  // The active row: the one chosen here while it is still shown, else the selection's, else the one
  // above where the active row was (its node was deleted), else the first.
  let current: string | undefined;
  if (activeKey !== undefined && index.has(activeKey)) current = activeKey;
  else if (selectedId !== undefined && index.has(selectedId)) current = selectedId;
  else current = rows[Math.min(lastIndex.current, rows.length - 1)]?.key;
  if (current === activeKey || current === selectedId)
    lastIndex.current = Math.max(0, (index.get(current ?? '') ?? 1) - 1);
  const rowAt = (key: string | undefined): OutlineRow | undefined =>
    key === undefined ? undefined : rows[index.get(key) ?? -1];

  // Selection made elsewhere (the canvas, search, an added node) moves the active row to it.
  const currentRef = useRef(current);
  currentRef.current = current;
  const rowsRef = useRef({ rows, index });
  rowsRef.current = { rows, index };
  useEffect(() => {
    if (selectedId === undefined) return;
    const { rows: shown, index: at } = rowsRef.current;
    const active = shown[at.get(currentRef.current ?? '') ?? -1];
    if (active?.nodeId !== selectedId && at.has(selectedId)) setActiveKey(selectedId);
  }, [selectedId]);

  const treeRef = useRef<HTMLDivElement>(null);
  /** Focus is (or was, until its row was removed) inside the tree. */
  const hasFocus = useRef(false);
  /** A key or click moved the active row: focus follows it. */
  const focusPending = useRef(false);
  const scrolledTo = useRef<string | undefined>(undefined);
  const { focusRequested, focusTaken } = outline;
  useLayoutEffect(() => {
    const tree = treeRef.current;
    if (!tree || current === undefined) return;
    const element = tree.querySelector<HTMLElement>(`[data-key="${CSS.escape(current)}"]`);
    if (!element) return;
    // A removed row (deleted, or a title field closed) leaves focus on the page: bring it back.
    const lost = hasFocus.current && (document.activeElement === document.body || !document.activeElement);
    if (focusPending.current || focusRequested || lost) {
      element.focus({ preventScroll: true });
      focusPending.current = false;
      if (focusRequested) focusTaken();
    }
    if (scrolledTo.current !== current) {
      scrolledTo.current = current;
      element.scrollIntoView?.({ block: 'nearest' });
    }
  });

  /** Makes `row` the active row, focuses it, and selects its node (so the canvas follows). */
  const activate = (row: OutlineRow, extend = false) => {
    setActiveKey(row.key);
    focusPending.current = true;
    // A reference to a node hidden by another collapsed route cannot be selected without expanding.
    if (row.reference && visibilityOf(store.getSnapshot().map).hidden.has(row.nodeId)) return;
    if (!extend) store.select([row.nodeId]);
    else {
      const now = store.getSnapshot().selectedNodes;
      store.select(now.includes(row.nodeId) ? now.filter((id) => id !== row.nodeId) : [...now, row.nodeId]);
    }
  };

  /** Enter on a reference: go to the node's own row, expanding what hides it. */
  const goHome = (row: OutlineRow) => {
    commands.goTo(row.nodeId);
    setActiveKey(row.nodeId);
    focusPending.current = true;
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (isTyping(event.target)) return;
    const row = rowAt(current);
    if (!row || current === undefined) return;
    if (isTreeKey(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      const move = treeMove(rows, current, event.key);
      if (!move) return;
      if ('toggle' in move) commands.toggleCollapsed(move.toggle);
      else {
        const target = rowAt(move.focus);
        if (target) activate(target);
      }
      return;
    }
    if (!mode.getSnapshot().matches('idle')) return;
    const action = matchShortcut(event);
    const own = (run: () => void) => {
      event.preventDefault();
      event.stopPropagation();
      run();
    };
    // Adding and editing open the title field in the outline, not on the canvas.
    if (action === 'editText')
      own(() => (row.reference ? goHome(row) : commands.editText(row.nodeId, 'outline')));
    else if (action === 'addReason') own(() => commands.addChild('reason', row.nodeId, 'outline'));
    else if (action === 'addObjection') own(() => commands.addChild('objection', row.nodeId, 'outline'));
    else if (action === 'addEvidence') own(() => commands.addChild('evidence', row.nodeId, 'outline'));
    else if (action === 'addNode') own(() => commands.addNode(undefined, undefined, 'outline'));
  };

  const rowOf = (target: EventTarget): OutlineRow | undefined => {
    if (!(target instanceof Element) || isTyping(target)) return undefined;
    return rowAt(target.closest<HTMLElement>('[role="treeitem"]')?.dataset.key);
  };

  if (rows.length === 0) {
    return <p className="outline__empty">The map is empty. Press N to add a question.</p>;
  }
  return (
    // Keys and clicks are handled once here for every row (event delegation), not per row.
    <div
      ref={treeRef}
      role="tree"
      aria-label="Outline of the map"
      aria-multiselectable="true"
      className="outline__tree"
      onKeyDown={onKeyDown}
      onClick={(event) => {
        const row = rowOf(event.target);
        if (!row) return;
        if ((event.target as Element).closest('[data-twisty]')) commands.toggleCollapsed(row.nodeId);
        else activate(row, event.shiftKey || event.ctrlKey || event.metaKey);
      }}
      onDoubleClick={(event) => {
        const row = rowOf(event.target);
        if (row && !row.reference) commands.editText(row.nodeId, 'outline');
      }}
      onFocus={() => {
        hasFocus.current = true;
      }}
      onBlur={(event) => {
        if (!treeRef.current?.contains(event.relatedTarget as Node | null)) hasFocus.current = false;
      }}
    >
      {rows.map((row) => {
        const node = map.nodes.get(row.nodeId);
        if (!node) return null;
        const verdict = critique.verdicts[row.nodeId];
        return (
          <OutlineRowView
            key={row.key}
            rowKey={row.key}
            node={node}
            level={row.level}
            relation={row.relation}
            reference={row.reference}
            expandable={row.expandable}
            expanded={row.expanded}
            posInSet={row.posInSet}
            setSize={row.setSize}
            sitsUnder={row.home !== undefined ? map.nodes.get(row.home)?.text : undefined}
            strength={verdict?.strength}
            status={verdict?.status}
            switchedOff={switchedOff.has(row.nodeId)}
            selected={!row.reference && selected.has(row.nodeId)}
            active={row.key === current}
            editing={!row.reference && editingId === row.nodeId}
          />
        );
      })}
    </div>
  );
}
