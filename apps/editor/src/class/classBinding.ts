import { EDGES, jsonEqual, META, NODES, readDocument, TOURS, writeDocument } from '@argmap/classroom';
import {
  type ArgMap,
  type ArgMapDocument,
  type ArgNode,
  type Diagnostic,
  Table,
  toDocument,
  validateMap,
} from '@argmap/core';
import * as Y from 'yjs';
import type { EditorStore, SharedHistory } from '../state/editorStore.ts';

/**
 * Keeps an editor store and a class map's Yjs document in step, both ways.
 *
 * - **Own edits** (every change of the store's `revision` not made by this binding) are written to
 *   the document as the fields that differ, tagged with {@link OWN_EDIT}.
 * - **Everyone else's** (any document update with another origin: other people, the server's
 *   refusals, this person's undo) are read back, validated by the core as the server validates
 *   them, and handed to the store with `receive`, which keeps the selection and the view.
 * - **Undo is per person**: a Yjs `UndoManager` tracks only {@link OWN_EDIT}, so a student's Ctrl+Z
 *   takes back their last change and never the teacher's. The store gets it as its shared history.
 * - **Collapsing is a view, not an edit**: a node's `collapsed` flag stays on this screen (a
 *   student folding the teacher's branch would otherwise be refused as "not yours", and would fold
 *   it for the whole class). The document's flag is only where a newly arrived node starts.
 *
 * Start it once the document holds the class map (after the first sync): an empty document would
 * otherwise be read as an empty map.
 */
export interface ClassBinding {
  /** Stops both directions and gives undo back to the store's own history. */
  dispose(): void;
}

/** The origin of transactions that write this person's own edits (what their undo tracks). */
export const OWN_EDIT = Symbol('argmap own edit');

/** Options of {@link bindStoreToDoc}. */
export interface BindingOptions {
  /** The document read as a map that breaks the rules (never expected: the server checks every change). */
  onInvalid?: (diagnostics: Diagnostic[]) => void;
}

/** Binds `store` to `doc` (see {@link ClassBinding}); the store should already show the document's map. */
export function bindStoreToDoc(store: EditorStore, doc: Y.Doc, options: BindingOptions = {}): ClassBinding {
  const undo = new Y.UndoManager(
    [doc.getMap(NODES), doc.getMap(EDGES), doc.getMap(META), doc.getArray(TOURS)],
    {
      trackedOrigins: new Set([OWN_EDIT]),
      // Every store edit is one step the student made on purpose: never merge two into one undo.
      captureTimeout: 0,
    },
  );
  let known = store.getSnapshot().revision;
  let receiving = false;
  let label: string | undefined;
  let lastMergeKey: string | undefined;

  const shareHistory = () => {
    const top = (stack: typeof undo.undoStack) => stack.at(-1)?.meta.get('label') as string | undefined;
    const shared: SharedHistory = {
      canUndo: undo.undoStack.length > 0,
      canRedo: undo.redoStack.length > 0,
      undoLabel: undo.undoStack.length > 0 ? (top(undo.undoStack) ?? 'Edit') : undefined,
      redoLabel: undo.redoStack.length > 0 ? (top(undo.redoStack) ?? 'Edit') : undefined,
      undo: () => undo.undo(),
      redo: () => undo.redo(),
    };
    store.shareHistory(shared);
  };
  const onAdded = ({
    stackItem,
    origin,
  }: {
    stackItem: { meta: Map<unknown, unknown> };
    origin: unknown;
  }) => {
    // A new own edit is labelled with the store's name for it; undo and redo label theirs below.
    if (origin === OWN_EDIT) stackItem.meta.set('label', label ?? 'Edit');
    shareHistory();
  };
  // Undo and redo move a step to the other stack with its meta (Yjs copies it): keep the label.
  const onPopped = ({
    stackItem,
    type,
  }: {
    stackItem: { meta: Map<unknown, unknown> };
    type: 'undo' | 'redo';
  }) => {
    const moved = type === 'undo' ? undo.redoStack.at(-1) : undo.undoStack.at(-1);
    const name = stackItem.meta.get('label');
    if (moved && name !== undefined && !moved.meta.has('label')) moved.meta.set('label', name);
    shareHistory();
  };
  undo.on('stack-item-added', onAdded);
  undo.on('stack-item-popped', onPopped);
  undo.on('stack-cleared', shareHistory);

  const push = () => {
    const { map, revision, lastEdit } = store.getSnapshot();
    if (revision === known) return;
    known = revision;
    if (receiving) return;
    label = lastEdit?.label;
    const mergeKey = lastEdit?.mergeKey;
    if (mergeKey === undefined || mergeKey !== lastMergeKey) undo.stopCapturing();
    lastMergeKey = mergeKey;
    writeDocument(doc, withDocumentCollapse(toDocument(map), doc), OWN_EDIT);
    label = undefined;
  };

  const pull = (_update: Uint8Array, origin: unknown) => {
    if (origin === OWN_EDIT) return;
    const read = validateMap(withLocalCollapse(readDocument(doc), store.getSnapshot().map));
    if (!read.ok) {
      options.onInvalid?.(read.diagnostics);
      return;
    }
    // Someone else's change comes between: typing after it is a new step, as after an undo.
    lastMergeKey = undefined;
    receiving = true;
    try {
      store.receive(sharing(read.value, store.getSnapshot().map));
    } finally {
      receiving = false;
    }
    known = store.getSnapshot().revision;
  };

  const stopStore = store.subscribe(push);
  doc.on('update', pull);
  shareHistory();
  return {
    dispose() {
      stopStore();
      doc.off('update', pull);
      undo.off('stack-item-added', onAdded);
      undo.off('stack-item-popped', onPopped);
      undo.off('stack-cleared', shareHistory);
      undo.destroy();
      store.shareHistory(undefined);
    },
  };
}

/** The map to write, with each node's `collapsed` as the document has it (folding stays local). */
function withDocumentCollapse(document: ArgMapDocument, doc: Y.Doc): ArgMapDocument {
  const nodes = doc.getMap(NODES);
  const result: Record<string, ArgNode> = {};
  for (const [id, node] of Object.entries(document.nodes)) {
    const entry = nodes.get(id);
    const shared = entry instanceof Y.Map ? entry.get('collapsed') : undefined;
    result[id] = withCollapsed(node, shared === true);
  }
  return { ...document, nodes: result };
}

/** The document read, with each node this screen already has folded or unfolded as it is here. */
function withLocalCollapse(document: ArgMapDocument, local: ArgMap): ArgMapDocument {
  const result: Record<string, ArgNode> = {};
  for (const [id, node] of Object.entries(document.nodes)) {
    const here = local.nodes.get(id);
    result[id] = here ? withCollapsed(node, here.collapsed === true) : node;
  }
  return { ...document, nodes: result };
}

function withCollapsed(node: ArgNode, collapsed: boolean): ArgNode {
  if ((node.collapsed === true) === collapsed) return node;
  const { collapsed: _dropped, ...rest } = node;
  return collapsed ? { ...rest, collapsed: true } : rest;
}

/**
 * `next` with every node and edge that equals the one on screen replaced by that same object, so
 * the canvas re-draws only what changed (it compares by identity).
 */
function sharing(next: ArgMap, current: ArgMap): ArgMap {
  const reuse = <T extends { id: string }>(table: Table<T>, old: Table<T>): Table<T> =>
    Table.fromEntries(
      table.toArray().map((item): [string, T] => {
        const before = old.get(item.id);
        return [item.id, before !== undefined && jsonEqual(before, item) ? before : item];
      }),
    );
  const meta = jsonEqual(next.meta, current.meta) ? current.meta : next.meta;
  const map: ArgMap = {
    ...next,
    meta,
    nodes: reuse(next.nodes, current.nodes),
    edges: reuse(next.edges, current.edges),
  };
  if (next.tours !== undefined && current.tours !== undefined && jsonEqual(next.tours, current.tours)) {
    map.tours = current.tours;
  }
  return map;
}
