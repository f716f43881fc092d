import type { EdgeKind, NodeKind } from '@argmap/core';

/** The three one-step additions from a selected node. */
export type ChildRole = 'reason' | 'objection' | 'evidence';

/** What a "reason", "objection" or "evidence" under a node is: its kind and its relation. */
export interface ChildSpec {
  kind: NodeKind;
  relation: EdgeKind;
  /** For the undo menu and announcements: "Add reason". */
  label: string;
}

/**
 * The kind of node a student adds under `parent`. Reasons answering a question are positions; every
 * other reason or objection is a claim; evidence is always evidence and supports its parent.
 */
export function childSpec(parent: NodeKind, role: ChildRole): ChildSpec {
  if (role === 'evidence') return { kind: 'evidence', relation: 'supports', label: 'Add evidence' };
  const kind: NodeKind = parent === 'question' ? 'position' : 'claim';
  return role === 'reason'
    ? { kind, relation: 'supports', label: 'Add reason' }
    : { kind, relation: 'opposes', label: 'Add objection' };
}
