import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useCommands } from '../commands/CommandsContext.tsx';
import { EditorMode } from '../machine/EditorModeProvider.tsx';
import { useEditorStore } from '../state/EditorContext.tsx';
import type { ArgFlowNode, NodeVerdict } from './flowTypes.ts';
import { InlineTextEditor } from './InlineTextEditor.tsx';
import { KIND_STYLES } from './palette.ts';

const STATUS_TEXT = { accepted: 'Accepted', rejected: 'Rejected', undecided: 'Undecided' } as const;
const STATUS_MARK = { accepted: '✓', rejected: '✗', undecided: '?' } as const;

/**
 * One statement on the canvas. Kinds differ in shape (CSS), icon badge and header label, not only in
 * colour. Memoised: React Flow passes a new `data` object only when the node's content changes.
 */
export const ArgNodeView = memo(function ArgNodeView({ id, data, selected }: NodeProps<ArgFlowNode>) {
  const { node, verdict, switchedOff, hiddenCount, hasChildren, selfAttack, evidenceCount, labelWidth } =
    data;
  const store = useEditorStore();
  const style = KIND_STYLES[node.kind];
  const editing = EditorMode.useSelector(
    (snapshot) =>
      snapshot.matches('editing') &&
      snapshot.context.editingId === id &&
      snapshot.context.editingIn === 'canvas',
  );
  const commands = useCommands();
  const mode = EditorMode.useActorRef();
  const evidenceKind = node.evidence?.kind ? ` · ${node.evidence.kind.replace('-', ' ')}` : '';
  const source = node.evidence?.source;
  const citation = source ? [source.speaker, source.outlet ?? source.title].filter(Boolean).join(', ') : '';
  return (
    <div
      className={`arg-node arg-node--${node.kind}${selected ? ' is-selected' : ''}${switchedOff ? ' is-off' : ''}`}
      style={{ '--accent': style.accent, '--tint': style.tint } as React.CSSProperties}
      data-kind={node.kind}
    >
      {/* Handles are pointer targets only; keyboard users connect with C and Enter. */}
      <Handle type="target" position={Position.Bottom} className="arg-handle" />
      <div className="arg-node__header">
        <span className="arg-node__icon" aria-hidden="true">
          {style.glyph}
        </span>
        <span className="arg-node__kind">
          {style.label}
          {node.kind === 'evidence' ? evidenceKind : ''}
        </span>
        {switchedOff ? <span className="arg-node__off">switched off</span> : null}
        {selfAttack !== undefined ? (
          <button
            type="button"
            className="arg-node__self-attack nodrag"
            title="This statement opposes itself (“this sentence is false”), so it can never be accepted. Click to select the self-attack; Delete removes it."
            onClick={(event) => {
              event.stopPropagation();
              store.select([], [selfAttack]);
            }}
          >
            <span aria-hidden="true">⟲ </span>opposes itself
          </button>
        ) : null}
      </div>
      {editing ? (
        <InlineTextEditor initial={node.text} label={`Edit ${style.label.toLowerCase()} text`} />
      ) : (
        <p className="arg-node__text">
          {node.text || <span className="arg-node__placeholder">(no text)</span>}
        </p>
      )}
      {node.kind === 'evidence' ? (
        <div className="arg-node__citation">
          <span>{citation ? `— ${citation}` : '— no source given'}</span>
          {node.evidence?.quote ? (
            <button
              type="button"
              className="arg-node__quote nodrag"
              onClick={(event) => {
                event.stopPropagation();
                mode.send({ type: 'OPEN_DIALOG', dialog: 'quote', nodeId: id });
              }}
            >
              Quote
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="arg-node__footer">
        {verdict && !switchedOff ? (
          <VerdictBadge verdict={verdict} showStatus={node.kind !== 'question'} />
        ) : null}
        {hasChildren ? (
          <button
            type="button"
            className="arg-node__collapse nodrag"
            aria-expanded={hiddenCount === 0}
            aria-label={
              hiddenCount > 0 ? `Expand: show ${hiddenCount} hidden` : 'Collapse the reasons under it'
            }
            title={hiddenCount > 0 ? `Show ${hiddenCount} hidden` : 'Collapse'}
            onClick={(event) => {
              event.stopPropagation();
              commands.toggleCollapsed(id);
            }}
          >
            {hiddenCount > 0 ? `▸ ${hiddenCount}` : '▾'}
          </button>
        ) : null}
      </div>
      <FarView
        kind={node.kind}
        text={node.text}
        strength={switchedOff ? undefined : verdict?.strength}
        evidenceCount={evidenceCount}
        labelWidth={labelWidth}
      />
      {/* A question bears on nothing, so it has no handle to connect from. */}
      {node.kind !== 'question' ? (
        <Handle type="source" position={Position.Top} className="arg-handle" />
      ) : null}
    </div>
  );
});

/**
 * What the node shows when the canvas is zoomed out past reading (semantic zoom, see
 * `useSemanticZoom`): a block in its kind's colour with a strength bar; questions, positions and
 * claims keep their title, drawn at a readable size across the room the layout left around the box;
 * evidence shows only as a count on what it bears on. Hidden by CSS at reading zoom. The box keeps
 * its size either way, so nothing is re-measured or re-laid out when the zoom crosses over.
 */
function FarView(props: {
  kind: ArgFlowNode['data']['node']['kind'];
  text: string;
  strength: number | undefined;
  evidenceCount: number;
  labelWidth: number;
}) {
  const { kind, text, strength, evidenceCount, labelWidth } = props;
  return (
    <div className="arg-node__far" aria-hidden="true">
      {kind !== 'evidence' ? (
        // The text comes from CSS (`attr()`): it is a picture of the statement, not a second copy of
        // it in the page's text, which screen readers and text search already find in the node.
        <div
          className="arg-node__far-title"
          style={{ '--room': labelWidth } as React.CSSProperties}
          data-title={text}
          data-count={evidenceCount > 0 ? ` · ${evidenceCount} evidence` : ''}
        />
      ) : null}
      {strength !== undefined ? (
        <span className="arg-node__far-bar" style={{ width: `${Math.round(strength * 100)}%` }} />
      ) : null}
    </div>
  );
}

/**
 * Strength as a bar and a percentage, with the acceptance as a word and a mark. A question is
 * neither accepted nor rejected, so it shows strength only.
 */
export function VerdictBadge({ verdict, showStatus = true }: { verdict: NodeVerdict; showStatus?: boolean }) {
  const percent = Math.round(verdict.strength * 100);
  return (
    <div className={`verdict verdict--${verdict.status}`}>
      <span className="verdict__bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      <span className="verdict__value">{percent}%</span>
      {showStatus ? (
        <span className="verdict__status">
          <span aria-hidden="true">{STATUS_MARK[verdict.status]} </span>
          {STATUS_TEXT[verdict.status]}
        </span>
      ) : null}
    </div>
  );
}
