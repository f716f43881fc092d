import {
  type ArgNode,
  changeEdgeKind,
  changeKind,
  disconnect,
  EVIDENCE_KINDS,
  type EvidenceKind,
  NODE_KINDS,
  type NodeKind,
  updateMeta,
  updateNode,
} from '@argmap/core';
import { useEffect, useState } from 'react';
import { KIND_STYLES, RELATION_STYLES } from '../canvas/palette.ts';
import { useCommands } from '../commands/CommandsContext.tsx';
import { EditorMode } from '../machine/EditorModeProvider.tsx';
import { useEditor, useEditorStore } from '../state/EditorContext.tsx';
import { CommitField } from './CommitField.tsx';

/** The side panel: everything about the selection that is not edited on the canvas. */
export function Inspector() {
  const selectedNodes = useEditor((state) => state.selectedNodes);
  const selectedEdges = useEditor((state) => state.selectedEdges);
  const only = selectedNodes.length === 1 && selectedEdges.length === 0 ? selectedNodes[0] : undefined;
  if (only) return <NodeInspector nodeId={only} />;
  if (selectedNodes.length + selectedEdges.length > 1) return <MultiInspector />;
  if (selectedEdges.length === 1 && selectedEdges[0]) return <EdgeInspector edgeId={selectedEdges[0]} />;
  return <MapInspector />;
}

function MultiInspector() {
  const commands = useCommands();
  const count = useEditor((state) => state.selectedNodes.length + state.selectedEdges.length);
  return (
    <section className="inspector">
      <h2>{count} selected</h2>
      <p>Copy them with Ctrl+C and paste into this or another map with Ctrl+V.</p>
      <button type="button" onClick={() => commands.deleteSelection()}>
        Delete {count}
      </button>
    </section>
  );
}

function MapInspector() {
  const store = useEditorStore();
  const meta = useEditor((state) => state.map.meta);
  return (
    <section className="inspector">
      <h2>This map</h2>
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
      <button type="button" onClick={() => store.apply((map) => disconnect(map, edgeId))}>
        Remove link
      </button>
    </section>
  );
}

function NodeInspector({ nodeId }: { nodeId: string }) {
  const store = useEditorStore();
  const commands = useCommands();
  const mode = EditorMode.useActorRef();
  const node = useEditor((state) => state.map.nodes.get(nodeId));
  const switchedOff = useEditor((state) => state.switchedOff.has(nodeId));
  if (!node) return null;
  const update = (changes: Parameters<typeof updateNode>[2]) =>
    store.apply((map) => updateNode(map, nodeId, changes));
  return (
    <section className="inspector" aria-label={`${KIND_STYLES[node.kind].label} details`}>
      <h2>{KIND_STYLES[node.kind].label}</h2>
      <div className="field">
        <label htmlFor="inspector-kind">Kind</label>
        <select
          id="inspector-kind"
          value={node.kind}
          onChange={(event) => store.apply((map) => changeKind(map, nodeId, event.target.value as NodeKind))}
        >
          {NODE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_STYLES[kind].label}
            </option>
          ))}
        </select>
      </div>
      <CommitField label="Text" multiline value={node.text} onCommit={(text) => update({ text })} />
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
      <CommitField label="Notes" multiline value={node.notes ?? ''} onCommit={(notes) => update({ notes })} />
      {node.evidence ? <EvidenceFields node={node} /> : null}
      <div className="inspector__actions">
        <button type="button" onClick={() => mode.send({ type: 'OPEN_DIALOG', dialog: 'why', nodeId })}>
          Why? (Y)
        </button>
        <button type="button" aria-pressed={switchedOff} onClick={() => commands.toggleSwitchedOff(nodeId)}>
          {switchedOff ? 'Switch back on (W)' : 'What if it were false? (W)'}
        </button>
      </div>
      <Relations nodeId={nodeId} />
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

function EvidenceFields({ node }: { node: ArgNode }) {
  const store = useEditorStore();
  const evidence = node.evidence;
  if (!evidence) return null;
  const update = (changes: NonNullable<Parameters<typeof updateNode>[2]['evidence']>) =>
    store.apply((map) => updateNode(map, node.id, { evidence: changes }));
  const source = evidence.source;
  return (
    <fieldset className="inspector__evidence">
      <legend>Quote and source</legend>
      <CommitField
        label="Quote (exact words)"
        multiline
        value={evidence.quote}
        onCommit={(quote) => update({ quote })}
      />
      <div className="field">
        <label htmlFor="inspector-evidence-kind">Kind of evidence</label>
        <select
          id="inspector-evidence-kind"
          value={evidence.kind}
          onChange={(event) => update({ kind: event.target.value as EvidenceKind })}
        >
          {EVIDENCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind.replace('-', ' ')}
            </option>
          ))}
        </select>
      </div>
      <CommitField
        label="Speaker"
        value={source.speaker ?? ''}
        onCommit={(speaker) => update({ source: { speaker } })}
      />
      <CommitField label="Role" value={source.role ?? ''} onCommit={(role) => update({ source: { role } })} />
      <CommitField
        label="Title"
        value={source.title ?? ''}
        onCommit={(title) => update({ source: { title } })}
      />
      <CommitField
        label="Outlet"
        value={source.outlet ?? ''}
        onCommit={(outlet) => update({ source: { outlet } })}
      />
      <CommitField
        label="Date"
        placeholder="2025-02-12"
        value={source.date ?? ''}
        onCommit={(date) => update({ source: { date } })}
      />
      <CommitField
        label="Link"
        type="url"
        placeholder="https://…"
        value={source.url ?? ''}
        onCommit={(url) => update({ source: { url } })}
      />
    </fieldset>
  );
}

/** The node's links, each with its relation and a way to change or remove it. */
function Relations({ nodeId }: { nodeId: string }) {
  const store = useEditorStore();
  const map = useEditor((state) => state.map);
  const links = map.edges.toArray().filter((edge) => edge.source === nodeId || edge.target === nodeId);
  if (links.length === 0) return null;
  const name = (id: string) => map.nodes.get(id)?.text ?? map.edges.get(id)?.id ?? id;
  return (
    <section className="inspector__relations">
      <h3>Links</h3>
      <ul>
        {links.map((edge) => (
          <li key={edge.id}>
            {edge.source === nodeId ? (
              <span>
                {RELATION_STYLES[edge.kind].verb} “{name(edge.target)}”
              </span>
            ) : (
              <span>
                “{name(edge.source)}” {RELATION_STYLES[edge.kind].verb} this
              </span>
            )}
            {edge.kind !== 'undercuts' ? (
              <button
                type="button"
                onClick={() =>
                  store.apply((m) =>
                    changeEdgeKind(m, edge.id, edge.kind === 'supports' ? 'opposes' : 'supports'),
                  )
                }
              >
                Make it {edge.kind === 'supports' ? 'oppose' : 'support'}
              </button>
            ) : null}
            <button
              type="button"
              aria-label={`Remove link: ${RELATION_STYLES[edge.kind].verb}`}
              onClick={() => store.apply((m) => disconnect(m, edge.id))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
