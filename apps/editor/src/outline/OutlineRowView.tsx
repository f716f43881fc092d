import type { ArgNode, EdgeKind } from '@argmap/core';
import { memo } from 'react';
import { VerdictBadge } from '../canvas/ArgNodeView.tsx';
import type { NodeStatus } from '../canvas/flowTypes.ts';
import { InlineTextEditor } from '../canvas/InlineTextEditor.tsx';
import { KIND_STYLES, RELATION_STYLES } from '../canvas/palette.ts';

/** What one row draws; primitives and the (persistent) node, so `memo` skips rows an edit did not touch. */
export interface OutlineRowProps {
  rowKey: string;
  node: ArgNode;
  level: number;
  relation: EdgeKind | undefined;
  reference: boolean;
  expandable: boolean;
  expanded: boolean;
  posInSet: number;
  setSize: number;
  /** The title of the node a reference's node sits under, to say where to find it. */
  sitsUnder: string | undefined;
  strength: number | undefined;
  status: NodeStatus | undefined;
  switchedOff: boolean;
  selected: boolean;
  /** The row that takes Tab (roving tabindex). */
  active: boolean;
  /** Its title is being edited here. */
  editing: boolean;
}

/** The id of a row's element, for `aria-activedescendant`-free focus moves and tests. */
export function rowElementId(rowKey: string): string {
  return `outline-row-${rowKey}`;
}

/**
 * One row of the outline: twisty, how it bears on its parent (a word and a sign, not colour alone),
 * kind (label, glyph and the kind's colour, as on the canvas), title, source for evidence, and the
 * canvas's strength and verdict badge. A cross-link reference names where the node sits.
 */
export const OutlineRowView = memo(function OutlineRowView(props: OutlineRowProps) {
  const { rowKey, node, level, relation, reference, expandable, expanded, posInSet, setSize } = props;
  const { sitsUnder, strength, status, switchedOff, selected, active, editing } = props;
  const style = KIND_STYLES[node.kind];
  const source = node.evidence?.source;
  const citation = source ? [source.speaker, source.outlet ?? source.title].filter(Boolean).join(', ') : '';
  return (
    <div
      role="treeitem"
      id={rowElementId(rowKey)}
      data-key={rowKey}
      data-node-id={node.id}
      aria-level={level}
      aria-posinset={posInSet}
      aria-setsize={setSize}
      aria-expanded={expandable ? expanded : undefined}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      className={`outline-row outline-row--${node.kind}${selected ? ' is-selected' : ''}${reference ? ' is-reference' : ''}${switchedOff ? ' is-off' : ''}`}
      style={{ '--level': level } as React.CSSProperties}
    >
      <span
        className="outline-row__twisty"
        data-twisty={expandable ? 'true' : undefined}
        aria-hidden="true"
        title={expandable ? (expanded ? 'Collapse' : 'Expand') : undefined}
      >
        {expandable ? (expanded ? '▾' : '▸') : ''}
      </span>
      {relation ? (
        <span className={`outline-row__relation outline-row__relation--${relation}`}>
          <span aria-hidden="true">{RELATION_STYLES[relation].sign} </span>
          {RELATION_STYLES[relation].verb}
        </span>
      ) : null}
      <span className="outline-row__kind">
        <span className="outline-row__glyph" aria-hidden="true">
          {style.glyph}
        </span>
        {style.label}
      </span>
      <span className="outline-row__body">
        {editing ? (
          <InlineTextEditor initial={node.text} label={`Edit ${style.label.toLowerCase()} text`} />
        ) : (
          <span className="outline-row__title">{node.text || '(no text)'}</span>
        )}
        {node.kind === 'evidence' && !reference ? (
          <span className="outline-row__source">{citation ? `— ${citation}` : '— no source given'}</span>
        ) : null}
        {reference ? (
          <span className="outline-row__reference">
            <span aria-hidden="true">↪ </span>
            {sitsUnder ? `see under “${sitsUnder}”` : 'see its own entry'}
          </span>
        ) : null}
      </span>
      {switchedOff ? <span className="outline-row__off">switched off</span> : null}
      {strength !== undefined && status !== undefined && !switchedOff && !reference ? (
        <VerdictBadge verdict={{ strength, status }} showStatus={node.kind !== 'question'} />
      ) : null}
    </div>
  );
});
