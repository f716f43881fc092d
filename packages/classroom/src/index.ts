/**
 * `@argmap/classroom`: the shared Yjs document of a live class map. Its layout (which root types
 * hold what), conversion from and to Argmap's map, the rules every change must keep, and the
 * messages a class server sends. Framework-free: the class server, the editor and any other tool
 * that joins a room use the same code (docs/collaboration.md).
 *
 * @packageDocumentation
 */

export type { ChangeContext, ChangeSummary } from './checkChange.ts';
export { checkChange } from './checkChange.ts';
export { jsonEqual } from './equal.ts';
export type { HistoryNode, HistoryRecord } from './history.ts';
export { describeChange, historySentence, isEmptyRecord, TEXT_LIMIT } from './history.ts';
export type { ClassState, Contribution, HiddenBranch } from './layout.ts';
export {
  CLASS,
  CONTRIBUTIONS,
  EDGES,
  HIDDEN,
  META,
  NODES,
  ROOT_TYPES,
  SERVER_ONLY_ROOTS,
  TOURS,
} from './layout.ts';
export type { ClassLimits } from './limits.ts';
export { DEFAULT_LIMITS } from './limits.ts';
export type { ClassStateMessage, RefusedMessage, ServerMessage } from './messages.ts';
export { parseServerMessage, refusedMessage } from './messages.ts';
export type { ModerationResult } from './moderation.ts';
export { acceptContribution, hideContribution, readHidden, showContribution } from './moderation.ts';
export { contributionOf, readClassState, readDocument, readMap } from './readDoc.ts';
export type { Member, Role } from './roles.ts';
export { checkRoots } from './roots.ts';
export { putEdge, putNode, writeDocument } from './writeDoc.ts';
