import { changeEdgeKind, disconnect, type EdgeKind } from '@argmap/core';
import { RELATION_STYLES } from '../canvas/palette.ts';
import { useEditor, useEditorStore } from '../state/EditorContext.tsx';
import { LinkedPremiseNote } from './LinkedPremiseNote.tsx';

/** The node's links, each with its relation and (unless the map is read-only) a way to change or remove it. */
export function Relations({ nodeId, readOnly }: { nodeId: string; readOnly: boolean }) {
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
            {edge.source === edge.target ? (
              <span>{RELATION_STYLES[edge.kind].verb} itself</span>
            ) : edge.source === nodeId ? (
              <span>
                {RELATION_STYLES[edge.kind].verb} “{name(edge.target)}”
              </span>
            ) : (
              <span>
                “{name(edge.source)}” {RELATION_STYLES[edge.kind].verb} this
              </span>
            )}
            <LinkedPremiseNote map={map} edgeId={edge.id} />
            {readOnly ? null : (
              <LinkButtons edgeId={edge.id} kind={edge.kind} selfLoop={edge.source === edge.target} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Flip a link between supporting and opposing, or remove it. A self-attack is not offered the
 * flip: a node cannot support itself (the core refuses it).
 */
function LinkButtons({ edgeId, kind, selfLoop }: { edgeId: string; kind: EdgeKind; selfLoop: boolean }) {
  const store = useEditorStore();
  return (
    <>
      {kind !== 'undercuts' && !selfLoop ? (
        <button
          type="button"
          onClick={() =>
            store.apply((m) => changeEdgeKind(m, edgeId, kind === 'supports' ? 'opposes' : 'supports'))
          }
        >
          Make it {kind === 'supports' ? 'oppose' : 'support'}
        </button>
      ) : null}
      <button
        type="button"
        aria-label={`Remove link: ${RELATION_STYLES[kind].verb}`}
        onClick={() => store.apply((m) => disconnect(m, edgeId))}
      >
        Remove
      </button>
    </>
  );
}
