import { type ArgNode, EVIDENCE_KINDS, type EvidenceKind, updateNode } from '@argmap/core';
import { useEditorStore } from '../state/EditorContext.tsx';
import { CommitField } from './CommitField.tsx';

/** The quote and its source, for evidence nodes. */
export function EvidenceFields({ node }: { node: ArgNode }) {
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
