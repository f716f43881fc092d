import { EditorMode } from '../machine/EditorModeProvider.tsx';
import { useEditor } from '../state/EditorContext.tsx';
import { Dialog } from './Dialog.tsx';

/**
 * Asked after a connection is dropped: does the source support or oppose the target, or does it
 * undercut one of the links into the target ("true, but it does not follow")? Undercuts are picked
 * here rather than drawn onto an edge, which is hard to hit with a mouse and impossible by keyboard.
 */
export function RelationDialog({ source, target }: { source: string; target: string }) {
  const mode = EditorMode.useActorRef();
  const map = useEditor((state) => state.map);
  const from = map.nodes.get(source);
  const to = map.nodes.get(target);
  if (!from || !to) return null;
  if (source === target) return <SelfAttackDialog text={from.text} />;
  const incoming = map.edges.toArray().filter((edge) => edge.target === target && edge.kind !== 'undercuts');
  return (
    <Dialog title="How are they related?">
      <p className="relation-pair">
        <strong>{from.text || '(no text)'}</strong>
        <span> … </span>
        <strong>{to.text || '(no text)'}</strong>
      </p>
      <div className="relation-choices">
        <button
          type="button"
          data-autofocus
          onClick={() => mode.send({ type: 'PICK_RELATION', relation: 'supports' })}
        >
          <span className="edge-sign edge-sign--supports" aria-hidden="true">
            +
          </span>{' '}
          Supports it
        </button>
        <button type="button" onClick={() => mode.send({ type: 'PICK_RELATION', relation: 'opposes' })}>
          <span className="edge-sign edge-sign--opposes" aria-hidden="true">
            −
          </span>{' '}
          Opposes it
        </button>
        {incoming.map((edge) => (
          <button
            type="button"
            key={edge.id}
            onClick={() => mode.send({ type: 'PICK_RELATION', relation: 'undercuts', targetEdge: edge.id })}
          >
            <span className="edge-sign edge-sign--undercuts" aria-hidden="true">
              ⨯
            </span>{' '}
            Undercuts the link from “{map.nodes.get(edge.source)?.text ?? edge.source}”
          </button>
        ))}
      </div>
    </Dialog>
  );
}

/**
 * Asked when a connection is dropped back on the node it started from. A statement may oppose
 * itself ("this sentence is false"); it cannot support itself, so that is the only choice offered.
 */
function SelfAttackDialog({ text }: { text: string }) {
  const mode = EditorMode.useActorRef();
  return (
    <Dialog title="Does it oppose itself?">
      <p className="relation-pair">
        <strong>{text || '(no text)'}</strong>
      </p>
      <p>
        A statement that undermines itself, like “this sentence is false”, attacks itself. It can then never
        be accepted, and the node shows a ⟲ badge. A statement cannot support itself.
      </p>
      <div className="relation-choices">
        <button
          type="button"
          data-autofocus
          onClick={() => mode.send({ type: 'PICK_RELATION', relation: 'opposes' })}
        >
          <span className="edge-sign edge-sign--opposes" aria-hidden="true">
            −
          </span>{' '}
          Opposes itself
        </button>
      </div>
    </Dialog>
  );
}
