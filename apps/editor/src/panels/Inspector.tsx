import {
  type ArgNode,
  changeKind,
  disconnect,
  NODE_KINDS,
  type NodeKind,
  updateMeta,
  updateNode,
} from '@argmap/core';
import { type ReactNode, useEffect, useState } from 'react';
import { KIND_STYLES, RELATION_STYLES } from '../canvas/palette.ts';
import { ClassAttribution } from '../class/ClassAttribution.tsx';
import { useCommands } from '../commands/CommandsContext.tsx';
import { setNodeText } from '../commands/nameAfterQuestion.ts';
import { EditorMode } from '../machine/EditorModeProvider.tsx';
import { useEditor, useEditorStore } from '../state/EditorContext.tsx';
import { CommitField } from './CommitField.tsx';
import { EvidenceFields } from './EvidenceFields.tsx';
import { Relations } from './NodeLinks.tsx';

/**
 * The inspector's editable fields: on a read-only (shared) map they are disabled — still readable —
 * under a note that says why. Buttons that only look (Why?, What if?) stay outside it.
 */
function EditableFields({ children }: { children: ReactNode }) {
  const readOnly = useEditor((state) => state.readOnly);
  return (
    <>
      {readOnly ? (
        <p className="inspector__readonly" role="note">
          {readOnly}
        </p>
      ) : null}
      <fieldset className="inspector__fields" disabled={readOnly !== undefined}>
        {children}
      </fieldset>
    </>
  );
}

/**
 * The side panel: everything about the selection that is not edited on the canvas. I moves focus
 * here (see the shortcuts); Escape inside it returns focus to the selected node on the canvas.
 */
export function Inspector() {
  const store = useEditorStore();
  const selectedNodes = useEditor((state) => state.selectedNodes);
  const selectedEdges = useEditor((state) => state.selectedEdges);
  const only = selectedNodes.length === 1 && selectedEdges.length === 0 ? selectedNodes[0] : undefined;
  const panel = only ? (
    <NodeInspector nodeId={only} />
  ) : selectedNodes.length + selectedEdges.length > 1 ? (
    <MultiInspector />
  ) : selectedEdges.length === 1 && selectedEdges[0] ? (
    <EdgeInspector edgeId={selectedEdges[0]} />
  ) : (
    <MapInspector />
  );
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape from any field in the panel; the fields themselves are the controls.
    <div
      className="inspector-host"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Not the editor's Escape (clear the selection): back to the node this panel is about.
        event.stopPropagation();
        const id = store.getSnapshot().selectedNodes.at(-1);
        const node = id
          ? document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
          : null;
        if (node) node.focus();
        else (document.activeElement as HTMLElement | null)?.blur();
      }}
    >
      {panel}
    </div>
  );
}

function MultiInspector() {
  const commands = useCommands();
  const count = useEditor((state) => state.selectedNodes.length + state.selectedEdges.length);
  return (
    <section className="inspector">
      <h2>{count} selected</h2>
      <p>Copy them with Ctrl+C and paste into this or another map with Ctrl+V.</p>
      <EditableFields>
        <button type="button" onClick={() => commands.deleteSelection()}>
          Delete {count}
        </button>
      </EditableFields>
    </section>
  );
}

function MapInspector() {
  const store = useEditorStore();
  const meta = useEditor((state) => state.map.meta);
  return (
    <section className="inspector">
      <h2>This map</h2>
      <EditableFields>
        <CommitField
          label="Title"
          value={meta.title}
          onCommit={(title) => store.apply((map) => updateMeta(map, { title }))}
        />
        <CommitField
          label="Description"
          multiline
          value={meta.description ?? ''}
          onCommit={(description) => store.apply((map) => updateMeta(map, { description }))}
        />
      </EditableFields>
      <p className="inspector__hint">
        Select a node to edit it. Press <kbd>?</kbd> for every shortcut.
      </p>
    </section>
  );
}

function EdgeInspector({ edgeId }: { edgeId: string }) {
  const store = useEditorStore();
  const edge = useEditor((state) => state.map.edges.get(edgeId));
  if (!edge) return null;
  return (
    <section className="inspector">
      <h2>Link</h2>
      <p>{RELATION_STYLES[edge.kind].verb}</p>
      <EditableFields>
        <button type="button" onClick={() => store.apply((map) => disconnect(map, edgeId))}>
          Remove link
        </button>
      </EditableFields>
    </section>
  );
}

function NodeInspector({ nodeId }: { nodeId: string }) {
  const store = useEditorStore();
  const commands = useCommands();
  const mode = EditorMode.useActorRef();
  const node = useEditor((state) => state.map.nodes.get(nodeId));
  const switchedOff = useEditor((state) => state.switchedOff.has(nodeId));
  const readOnly = useEditor((state) => state.readOnly !== undefined);
  if (!node) return null;
  const update = (changes: Parameters<typeof updateNode>[2]) =>
    store.apply((map) => updateNode(map, nodeId, changes));
  return (
    <section className="inspector" aria-label={`${KIND_STYLES[node.kind].label} details`}>
      <h2>{KIND_STYLES[node.kind].label}</h2>
      <ClassAttribution nodeId={nodeId} />
      <EditableFields>
        <div className="field">
          <label htmlFor="inspector-kind">Kind</label>
          <select
            id="inspector-kind"
            value={node.kind}
            onChange={(event) =>
              store.apply((map) => changeKind(map, nodeId, event.target.value as NodeKind))
            }
          >
            {NODE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_STYLES[kind].label}
              </option>
            ))}
          </select>
        </div>
        <CommitField
          label="Text"
          multiline
          value={node.text}
          onCommit={(text) => store.apply((map) => setNodeText(map, nodeId, text))}
        />
        <BaseScoreSlider node={node} />
        <CommitField
          label="Tags (comma-separated)"
          value={(node.tags ?? []).join(', ')}
          onCommit={(value) =>
            update({
              tags: value
                .split(',')
                .map((tag) => tag.trim())
                .filter(Boolean),
            })
          }
        />
        <CommitField
          label="Notes"
          multiline
          value={node.notes ?? ''}
          onCommit={(notes) => update({ notes })}
        />
        {node.evidence ? <EvidenceFields node={node} /> : null}
      </EditableFields>
      <div className="inspector__actions">
        <button type="button" onClick={() => mode.send({ type: 'OPEN_DIALOG', dialog: 'why', nodeId })}>
          Why? (Y)
        </button>
        <button type="button" aria-pressed={switchedOff} onClick={() => commands.toggleSwitchedOff(nodeId)}>
          {switchedOff ? 'Switch back on (W)' : 'What if it were false? (W)'}
        </button>
        <button type="button" onClick={() => commands.focusBranch(nodeId)}>
          Focus on this branch (Shift+F)
        </button>
      </div>
      <Relations nodeId={nodeId} readOnly={readOnly} />
    </section>
  );
}

/** Base score: the student's judgement of how credible a node is before arguments, 0–100 %. */
function BaseScoreSlider({ node }: { node: ArgNode }) {
  const store = useEditorStore();
  const [value, setValue] = useState(node.baseScore);
  useEffect(() => setValue(node.baseScore), [node.baseScore]);
  const commit = () => {
    if (value !== node.baseScore) store.apply((map) => updateNode(map, node.id, { baseScore: value }));
  };
  return (
    <div className="field">
      <label htmlFor="inspector-base">
        Base score: {Math.round(value * 100)}%{' '}
        <span className="field__help">(credibility before arguments)</span>
      </label>
      <input
        id="inspector-base"
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={value}
        onChange={(event) => setValue(Number(event.target.value))}
        onPointerUp={commit}
        onKeyUp={commit}
        onBlur={commit}
      />
    </div>
  );
}
