/**
 * `@argmap/core`: framework-free argument maps.
 *
 * @packageDocumentation
 */

export { exportControlsExample } from './examples/exportControls.ts';
export { createMap } from './model/createMap.ts';
export type {
  ArgEdge,
  ArgMap,
  ArgNode,
  EdgeKind,
  Evidence,
  EvidenceKind,
  MapMeta,
  NodeKind,
  Point,
  Source,
  Tour,
  TourStep,
} from './model/types.ts';
export {
  DEFAULT_BASE_SCORE,
  EDGE_KINDS,
  EVIDENCE_KINDS,
  FORMAT_NAME,
  FORMAT_VERSION,
  NODE_KINDS,
} from './model/types.ts';
export type { Diagnostic, Result, Severity } from './result.ts';
export { fail, ok } from './result.ts';
