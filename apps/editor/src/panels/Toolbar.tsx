import { useReactFlow } from '@xyflow/react';
import { fitMap } from '../canvas/fitMap.ts';
import { useCommands } from '../commands/CommandsContext.tsx';
import { CLASS_CLOSED, CLASS_LOCKED } from '../commands/ReadOnlySync.tsx';
import { SemanticsPicker } from '../critique/SemanticsPicker.tsx';
import { EditorMode } from '../machine/EditorModeProvider.tsx';
import { useEditor } from '../state/EditorContext.tsx';
import { SearchBox } from './SearchBox.tsx';

/** The editing toolbar. Every button names its shortcut in its tooltip, as the help overlay does. */
export function Toolbar() {
  const mode = EditorMode.useActorRef();
  const flow = useReactFlow();
  const readOnly = useEditor((state) => state.readOnly);
  return (
    <div className="toolbar" role="toolbar" aria-label="Edit the map">
      {readOnly ? (
        // Editing buttons that would only be refused are not offered; the banner has the way out.
        <p className="toolbar__readonly" title={readOnly}>
          {readOnly === CLASS_LOCKED
            ? 'Locked by the teacher'
            : readOnly === CLASS_CLOSED
              ? 'Read-only: not in the class'
              : 'Read-only: a shared map'}
        </p>
      ) : (
        <EditingButtons />
      )}
      <div className="toolbar__group">
        <button type="button" onClick={() => fitMap(flow)} title="Fit (F)">
          Fit
        </button>
      </div>
      <SearchBox />
      <SemanticsPicker />
      <button
        type="button"
        className="toolbar__help"
        onClick={() => mode.send({ type: 'OPEN_DIALOG', dialog: 'help' })}
        title="Keyboard shortcuts (?)"
        aria-label="Keyboard shortcuts"
      >
        ?
      </button>
    </div>
  );
}

/** Add, delete, undo, redo and tidy: the buttons that change the map. */
function EditingButtons() {
  const commands = useCommands();
  const canUndo = useEditor((state) => state.canUndo);
  const canRedo = useEditor((state) => state.canRedo);
  const undoLabel = useEditor((state) => state.undoLabel);
  const redoLabel = useEditor((state) => state.redoLabel);
  const hasSelection = useEditor((state) => state.selectedNodes.length > 0);
  const hasAnything = useEditor((state) => state.selectedNodes.length + state.selectedEdges.length > 0);
  return (
    <>
      <div className="toolbar__group">
        <button type="button" onClick={() => commands.addNode()} title="Add a node (N)">
          + Node
        </button>
        <button
          type="button"
          disabled={!hasSelection}
          onClick={() => commands.addChild('reason')}
          title="Add a reason for the selected node (R)"
        >
          + Reason
        </button>
        <button
          type="button"
          disabled={!hasSelection}
          onClick={() => commands.addChild('objection')}
          title="Add an objection to the selected node (O)"
        >
          + Objection
        </button>
        <button
          type="button"
          disabled={!hasSelection}
          onClick={() => commands.addChild('evidence')}
          title="Add evidence for the selected node (E)"
        >
          + Evidence
        </button>
        <button
          type="button"
          disabled={!hasAnything}
          onClick={() => commands.deleteSelection()}
          title="Delete (Del)"
        >
          Delete
        </button>
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          disabled={!canUndo}
          onClick={() => commands.undo()}
          title={undoLabel ? `Undo ${undoLabel.toLowerCase()} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}
        >
          Undo
        </button>
        <button
          type="button"
          disabled={!canRedo}
          onClick={() => commands.redo()}
          title={redoLabel ? `Redo ${redoLabel.toLowerCase()} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'}
        >
          Redo
        </button>
      </div>
      <div className="toolbar__group">
        <button type="button" onClick={() => commands.tidy()} title="Lay the whole map out again (T)">
          Tidy
        </button>
      </div>
    </>
  );
}
