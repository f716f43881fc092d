import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import type { ProjectorNodeData } from './projectorFlow.ts';

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
      {/* The verdict shares the kind's line, so revealing it does not make the step taller. */}
      <div className="pnode__head">
        <div className="pnode__kind">{KIND_LABEL[data.kind]}</div>
        {percent === undefined ? null : (
          <div className="pnode__strength">
            <div className="pnode__strength-bar" aria-hidden="true">
              <div className="pnode__strength-fill" style={{ width: `${percent}%` }} />
            </div>
            <span>{percent}%</span>
          </div>
        )}
      </div>
      <p className="pnode__text">{data.text}</p>
      {data.quote ? <blockquote className="pnode__quote">“{data.quote}”</blockquote> : null}
      {data.citation ? <p className="pnode__cite">— {data.citation}</p> : null}
    </div>
  );
}
