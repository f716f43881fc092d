import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import type { ProjectorNodeData } from './projectorFlow.ts';
import { STATUS_LABEL } from './statusLabel.ts';

const KIND_LABEL = {
  question: 'Question',
  position: 'Position',
  claim: 'Claim',
  evidence: 'Evidence',
} as const;

/**
 * One node on the projector. Reasons sit below what they bear on, so an edge leaves a reason
 * from its top and enters its target at the bottom. Its markup is mirrored by
 * {@link measureProjectorHeight}, which sizes nodes before they are drawn.
 */
export function ProjectorNode({ data }: NodeProps<Node<ProjectorNodeData>>) {
  const handles = (
    <>
      <Handle type="source" position={Position.Top} isConnectable={false} />
      <Handle type="target" position={Position.Bottom} isConnectable={false} />
    </>
  );
  const percent = data.strength === undefined ? undefined : Math.round(data.strength * 100);
  return (
    <div className={`pnode pnode--${data.kind} pnode--${data.appearance}`} data-appearance={data.appearance}>
      {handles}
      {/* The verdict (label and strength) shares the kind's line, so revealing it does not make the
          step taller: the verdict step must still fit at 28 px. */}
      <div className="pnode__head">
        <div className="pnode__kind">{KIND_LABEL[data.kind]}</div>
        {data.status ? (
          <div className={`pnode__status pnode__status--${data.status}`}>{STATUS_LABEL[data.status]}</div>
        ) : null}
        {percent === undefined ? null : <div className="pnode__strength">{percent}%</div>}
      </div>
      <p className="pnode__text">{data.text}</p>
      {data.quote ? (
        // A click anywhere on an evidence node opens its whole quote (StepCanvas's onNodeClick).
        <blockquote className="pnode__quote" title="Click or press Q for the whole quote">
          “{data.quote}”
        </blockquote>
      ) : null}
      {data.citation ? <p className="pnode__cite">— {data.citation}</p> : null}
      {percent === undefined ? null : (
        // The strength as a bar along the node's foot: in its padding, so it adds no height.
        <div className="pnode__meter" aria-hidden="true">
          <div className="pnode__meter-fill" style={{ width: `${percent}%` }} />
        </div>
      )}
    </div>
  );
}
