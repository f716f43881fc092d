import {
  addNode,
  combine,
  connect,
  copySubgraph,
  type EdgeKind,
  type Edit,
  type EditStep,
  moveNodes,
  type NodeKind,
  type Point,
  pasteSubgraph,
  type Result,
  removeMany,
  updateNode,
} from '@argmap/core';
import type { EditorMachineEvent, EditSurface } from '../machine/events.ts';
import type { ApplyOptions, EditorStore } from '../state/editorStore.ts';
import { revealNode } from '../state/reveal.ts';
import { type ChildRole, childSpec } from './childKinds.ts';
import { parseClipboard, serializeClipboard } from './clipboardPayload.ts';
import { focusBranch } from './focusBranch.ts';
import { setNodeText } from './nameAfterQuestion.ts';
import { type Levels, showLevels } from './showLevels.ts';

/** Where copied nodes go: the system clipboard in the browser, memory in tests. */
export interface ClipboardPort {
  write(text: string): Promise<void>;
  read(): Promise<string>;
}

/** What commands need around them: the store, the statechart, and a way to tell the student. */
export interface CommandDeps {
  store: EditorStore;
  send: (event: EditorMachineEvent) => void;
  clipboard: ClipboardPort;
  /** Shows a short message (refusals, "copied 3 nodes") in the status line. */
  announce: (message: string) => void;
}

/** Every editing action of the editor, by intent. Toolbar, shortcuts and menus all call these. */
export interface EditorCommands {
  /**
   * Adds a node (a question on an empty map, otherwise a claim), selects it and starts editing it.
   * `surface`: where its text field shows (the canvas by default, or the outline row).
   */
  addNode(kind?: NodeKind, position?: Point, surface?: EditSurface): void;
  /** From the selected (or given) node: adds a reason, objection or evidence, connected, in edit mode. */
  addChild(role: ChildRole, parentId?: string, surface?: EditSurface): void;
  /** Starts inline editing of a node's text, on the canvas or (`'outline'`) in its outline row. */
  editText(nodeId?: string, surface?: EditSurface): void;
  /** Saves a node's new text. */
  commitText(nodeId: string, text: string): void;
  /**
   * Editing was cancelled. If the node was added for this edit and never given text, the addition
   * is undone and the node it was added under is selected again: Escape takes back a slip of R.
   */
  cancelText(nodeId: string): void;
  /** Connects two nodes, or a node to an edge for `undercuts`. */
  connect(source: string, target: string, relation: EdgeKind): void;
  deleteSelection(): void;
  selectAll(): void;
  /**
   * Selects one node and makes sure it is on screen: a node inside a collapsed branch is shown by
   * expanding what hides it (one undoable step). For search results and links in the inspector.
   */
  goTo(nodeId: string): void;
  copy(): Promise<void>;
  cut(): Promise<void>;
  paste(): Promise<void>;
  toggleCollapsed(nodeId: string): void;
  /**
   * Folds the whole map to its first `levels` levels (1: collapse all; `'all'`: expand all).
   * Returns whether the map changed (false when it already looked like that).
   */
  showLevels(levels: Levels): boolean;
  /**
   * Folds everything but the selected (or given) node's branch, which opens all the way down, and
   * selects it (so the view follows). One undoable step: Undo goes back.
   */
  focusBranch(nodeId?: string): void;
  /** Places nodes by hand (a keyboard nudge): one undoable "Move". */
  moveTo(positions: Readonly<Record<string, Point>>): void;
  /** Forgets every hand-set position, so auto-layout places the whole map again. */
  tidy(): void;
  /** Switches the selected (or given) node off or on for a what-if. */
  toggleSwitchedOff(nodeId?: string): void;
  undo(): void;
  redo(): void;
}

/** The statechart event that opens a node's text field where the student asked for it. */
function editEvent(nodeId: string, surface: EditSurface | undefined): EditorMachineEvent {
  return surface ? { type: 'EDIT_TEXT', nodeId, in: surface } : { type: 'EDIT_TEXT', nodeId };
}

/** A clipboard in memory: what the editor uses when the browser refuses clipboard access. */
export function memoryClipboard(): ClipboardPort {
  let text = '';
  return {
    write: async (next) => {
      text = next;
    },
    read: async () => text,
  };
}

/** Builds the editor's commands over a store and a running statechart. Plain TypeScript, no React. */
export function createEditorCommands({ store, send, clipboard, announce }: CommandDeps): EditorCommands {
  const state = () => store.getSnapshot();
  const selectedOrGiven = (id?: string) => id ?? state().selectedNodes.at(-1);

  /** Applies an operation; on refusal tells the student why and returns undefined. */
  function run(
    operation: (map: ReturnType<typeof state>['map']) => Result<Edit>,
    options?: ApplyOptions,
  ): Edit | undefined {
    const result = store.apply(operation, options);
    if (!result.ok) {
      announce(result.diagnostics[0]?.message ?? 'That change could not be made.');
      return undefined;
    }
    return result.value;
  }

  /** The opening of the map whose read-only refusal the student has been told about. */
  let toldReadOnly: number | undefined;

  /**
   * Whether the map may be edited. On a read-only (shared) map, says why — once per opening: the
   * banner keeps saying it, and a status line repeating it on every key would be noise.
   */
  function editable(): boolean {
    const { readOnly, opened } = state();
    if (readOnly === undefined) return true;
    if (toldReadOnly !== opened) {
      toldReadOnly = opened;
      announce(readOnly);
    }
    return false;
  }

  /** The node the last add created, and what was selected before: what `cancelText` takes back. */
  let justAdded: { nodeId: string; previous: readonly string[]; undoLabel: string } | undefined;

  function selectAndEdit(edit: Edit | undefined, nodeId: string | undefined, surface?: EditSurface) {
    if (!edit || !nodeId) return;
    const previous = state().selectedNodes;
    store.select([nodeId]);
    justAdded = { nodeId, previous, undoLabel: edit.label };
    send(editEvent(nodeId, surface));
  }

  const commands: EditorCommands = {
    addNode(kind, position, surface) {
      if (!editable()) return;
      const empty = state().map.nodes.size === 0;
      const chosen: NodeKind = kind ?? (empty ? 'question' : 'claim');
      const edit = run((map) => addNode(map, position ? { kind: chosen, position } : { kind: chosen }));
      selectAndEdit(edit, edit?.created[0], surface);
    },
    addChild(role, parentId, surface) {
      if (!editable()) return;
      const parent = selectedOrGiven(parentId);
      const parentNode = parent ? state().map.nodes.get(parent) : undefined;
      if (!parent || !parentNode) {
        announce('Select a node first, then add a reason, objection or evidence to it.');
        return;
      }
      const spec = childSpec(parentNode.kind, role);
      let childId = '';
      const steps: EditStep[] = [
        (map) => {
          const added = addNode(map, { kind: spec.kind });
          if (added.ok) childId = added.value.created[0] ?? '';
          return added;
        },
        (map) => connect(map, { kind: spec.relation, source: childId, target: parent }),
      ];
      // A collapsed parent would hide the new node at once: open it in the same step.
      if (parentNode.collapsed) steps.push((map) => updateNode(map, parent, { collapsed: false }));
      const edit = run((map) => combine(map, spec.label, steps));
      selectAndEdit(edit, childId, surface);
    },
    editText(nodeId, surface) {
      if (!editable()) return;
      const id = selectedOrGiven(nodeId);
      if (id && state().map.nodes.get(id)) send(editEvent(id, surface));
    },
    commitText(nodeId, text) {
      if (justAdded?.nodeId === nodeId) justAdded = undefined;
      const node = state().map.nodes.get(nodeId);
      if (!node || node.text === text) return;
      run((map) => setNodeText(map, nodeId, text));
    },
    cancelText(nodeId) {
      const added = justAdded;
      justAdded = undefined;
      const { map, undoLabel } = state();
      const node = map.nodes.get(nodeId);
      // Only the step that added it, and only while it is still the last step and still empty.
      if (added?.nodeId !== nodeId || !node || node.text !== '' || undoLabel !== added.undoLabel) return;
      store.undo();
      if (state().map.nodes.has(nodeId)) return;
      store.select(added.previous);
      announce(`Cancelled: the empty ${node.kind} was not added.`);
    },
    connect(source, target, relation) {
      if (!editable()) return;
      const edit = run((map) => connect(map, { kind: relation, source, target }));
      if (edit) announce(`Connected: ${relation}.`);
    },
    deleteSelection() {
      if (!editable()) return;
      const { selectedNodes, selectedEdges } = state();
      if (selectedNodes.length === 0 && selectedEdges.length === 0) return;
      const edit = run((map) => removeMany(map, { nodes: selectedNodes, edges: selectedEdges }));
      if (edit) announce(edit.label);
    },
    selectAll() {
      const { map } = state();
      store.select([...map.nodes.keys()], []);
    },
    goTo(nodeId) {
      const { map } = state();
      if (!map.nodes.has(nodeId)) return;
      const revealed = revealNode(map, nodeId);
      if (revealed) run(() => revealed, { view: true });
      store.select([nodeId]);
    },
    async copy() {
      const { map, selectedNodes } = state();
      if (selectedNodes.length === 0) return;
      await clipboard.write(serializeClipboard(copySubgraph(map, selectedNodes)));
      announce(selectedNodes.length === 1 ? 'Copied 1 node.' : `Copied ${selectedNodes.length} nodes.`);
    },
    async cut() {
      if (!editable()) return;
      await commands.copy();
      commands.deleteSelection();
    },
    async paste() {
      if (!editable()) return;
      let text: string;
      try {
        text = await clipboard.read();
      } catch {
        announce('The browser did not allow reading the clipboard.');
        return;
      }
      const parsed = parseClipboard(text);
      if (!parsed.ok) {
        announce(parsed.diagnostics[0]?.message ?? 'Nothing to paste.');
        return;
      }
      const pasted = parsed.value;
      const edit = run((map) => pasteSubgraph(map, pasted));
      if (!edit) return;
      const nodes = edit.created.slice(0, pasted.nodes.length);
      store.select(nodes);
      announce(nodes.length === 1 ? 'Pasted 1 node.' : `Pasted ${nodes.length} nodes.`);
    },
    toggleCollapsed(nodeId) {
      const node = state().map.nodes.get(nodeId);
      // A change of view: allowed on a read-only map too.
      if (node) run((map) => updateNode(map, nodeId, { collapsed: !node.collapsed }), { view: true });
    },
    focusBranch(nodeId) {
      const id = nodeId ?? (state().selectedNodes.length === 1 ? state().selectedNodes[0] : undefined);
      if (id === undefined) {
        announce('Select a node to focus on its branch.');
        return;
      }
      const edit = focusBranch(state().map, id);
      // A change of view, like collapsing: allowed on a read-only map too.
      if (edit) run(() => edit, { view: true });
      store.select([id]);
      const text = state().map.nodes.get(id)?.text ?? '';
      announce(
        edit
          ? `Focused on “${text.length > 60 ? `${text.slice(0, 59)}…` : text}”. Undo (Ctrl+Z) goes back.`
          : 'Only this branch is open already.',
      );
    },
    showLevels(levels) {
      const edit = showLevels(state().map, levels);
      // A change of view, like collapsing one branch: allowed on a read-only map too.
      return edit !== undefined && run(() => edit, { view: true }) !== undefined;
    },
    moveTo(positions) {
      if (!editable()) return;
      run((map) => moveNodes(map, positions));
    },
    tidy() {
      if (!editable()) return;
      const placed = state()
        .map.nodes.toArray()
        .filter((node) => node.position);
      if (placed.length === 0) {
        announce('The map is already tidy.');
        return;
      }
      run((map) =>
        combine(
          map,
          'Tidy layout',
          placed.map((node) => (current) => updateNode(current, node.id, { position: null })),
        ),
      );
    },
    toggleSwitchedOff(nodeId) {
      const id = selectedOrGiven(nodeId);
      if (!id) {
        announce('Select a piece of evidence or a claim to switch off.');
        return;
      }
      store.toggleSwitchedOff(id);
      const off = state().switchedOff.has(id);
      announce(off ? 'Switched off: the map is weighed without it.' : 'Switched back on.');
    },
    undo() {
      const label = state().undoLabel;
      if (!label) return;
      store.undo();
      announce(`Undone: ${label}.`);
    },
    redo() {
      const label = state().redoLabel;
      if (!label) return;
      store.redo();
      announce(`Redone: ${label}.`);
    },
  };
  return commands;
}
