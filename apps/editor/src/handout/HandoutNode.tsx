import type { ArgNode } from '@argmap/core';
import { STATUS_LABEL } from '../present/statusLabel.ts';
import { type HandoutFacts, percent } from './handoutFacts.ts';

const KIND_LABEL: Record<ArgNode['kind'], string> = {
  question: 'Question',
  position: 'Position',
  claim: 'Claim',
  evidence: 'Evidence',
};

/** Box width by kind on paper, in print CSS px: about 30 characters a line at 10 pt. */
export const PRINT_NODE_WIDTH: Record<ArgNode['kind'], number> = {
  question: 320,
  position: 250,
  claim: 220,
  evidence: 220,
};

/**
 * A node as every handout prints it: its kind, its strength and verdict (a question has a
 * strength only: it is neither accepted nor rejected), its whole statement, and for evidence the
 * speaker and the number of the source in the handout's list of sources.
 */
export function HandoutNode({
  node,
  facts,
  note,
  withQuote = false,
}: {
  node: ArgNode;
  facts: HandoutFacts;
  /** A line under the box's text, e.g. where its reasons continue. */
  note?: string | undefined;
  /** Print the evidence's quote in full (tour pages; the map has no room for quotes). */
  withQuote?: boolean;
}) {
  const status = node.kind === 'question' ? undefined : facts.statuses[node.id];
  const source = facts.sourceOf.get(node.id);
  return (
    <div className={`hnode hnode--${node.kind}${status ? ` hnode--${status}` : ''}`} data-node-id={node.id}>
      <div className="hnode__head">
        <span className="hnode__kind">{KIND_LABEL[node.kind]}</span>
        <span className="hnode__verdict">
          {percent(facts.strengths[node.id])}
          {status ? ` · ${STATUS_LABEL[status]}` : ''}
        </span>
      </div>
      <p className="hnode__text">{node.text}</p>
      {withQuote && node.evidence?.quote ? (
        <blockquote className="hnode__quote">“{node.evidence.quote}”</blockquote>
      ) : null}
      {node.evidence ? (
        <p className="hnode__cite">
          — {node.evidence.source.speaker ?? node.evidence.source.outlet ?? 'Source'} [{source}]
        </p>
      ) : null}
      {note ? <p className="hnode__note">{note}</p> : null}
    </div>
  );
}
