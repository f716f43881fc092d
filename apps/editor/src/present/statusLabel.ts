import type { NodeStatus } from '../canvas/flowTypes.ts';

/** The verdict's label on the projector, with a mark so it reads without colour. */
export const STATUS_LABEL: Record<NodeStatus, string> = {
  accepted: '✓ Accepted',
  rejected: '✗ Rejected',
  undecided: '? Undecided',
};
