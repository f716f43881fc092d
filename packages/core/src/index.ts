/**
 * `@argmap/core`: framework-free argument maps.
 *
 * @packageDocumentation
 */

export type { Patch } from 'immer';
export type { Migration, MigrationResult } from './document/migrate.ts';
export { MIGRATIONS, migrate } from './document/migrate.ts';
export type { ParseOptions } from './document/parse.ts';
export { DEFAULT_MAX_CHARS, parseJson, parseMap } from './document/parse.ts';
export { serializeMap } from './document/serialize.ts';
export { validateMap } from './document/validate.ts';
export { exportControlsExample } from './examples/exportControls.ts';
export type { History, HistoryOptions, HistoryStep, Transaction } from './history/history.ts';
export {
  apply,
  beginTransaction,
  canRedo,
  canUndo,
  commitTransaction,
  createHistory,
  record,
  redo,
  rollbackTransaction,
  seal,
  undo,
} from './history/history.ts';
export { argumentEdges, brokenSteps } from './model/arguments.ts';
export { createMap } from './model/createMap.ts';
export { fromDocument, toDocument } from './model/document.ts';
export type { IdGenerator, IdKind } from './model/ids.ts';
export { createSequentialIds, randomIds } from './model/ids.ts';
export { describeValue, mapInput } from './model/mapInput.ts';
export type { KindColours, PaletteScheme } from './model/palette.ts';
export { contrastRatio, PALETTE } from './model/palette.ts';
export { escapeInvisibleInJson, hasInvisible, showInvisible } from './model/showInvisible.ts';
export type { TableWriter } from './model/table.ts';
export { Table } from './model/table.ts';
export type {
  ArgEdge,
  ArgMap,
  ArgMapDocument,
  ArgNode,
  EdgeKind,
  Evidence,
  EvidenceKind,
  LinkedArgument,
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
export type { ArgumentChanges, ArgumentInput } from './operations/arguments.ts';
export {
  addPremise,
  createArgument,
  removeArgument,
  removePremise,
  unlinkArgument,
  updateArgument,
} from './operations/arguments.ts';
export type { EditStep } from './operations/combine.ts';
export { combine } from './operations/combine.ts';
export type { EdgeInput } from './operations/edges.ts';
export { changeEdgeKind, connect, reconnect } from './operations/edges.ts';
export type { Edit, EditOptions } from './operations/edit.ts';
export { updateMeta } from './operations/meta.ts';
export type { EvidenceChanges, NodeChanges } from './operations/nodeFields.ts';
export type { NodeInput } from './operations/nodes.ts';
export { addNode, changeKind, moveNode, moveNodes, updateNode } from './operations/nodes.ts';
export type { PasteOptions, Subgraph } from './operations/paste.ts';
export { copySubgraph, pasteSubgraph } from './operations/paste.ts';
export { applyMapPatches } from './operations/patches.ts';
export type { Selection } from './operations/remove.ts';
export { disconnect, removeMany, removeNode } from './operations/remove.ts';
export type { ArgumentView } from './queries/arguments.ts';
export {
  argumentOf,
  argumentSteps,
  argumentsFor,
  argumentsWithPremise,
  argumentUndercutters,
  linkedArgument,
} from './queries/arguments.ts';
export type { EvidenceBeneath } from './queries/evidence.ts';
export { evidenceBeneath } from './queries/evidence.ts';
export type { Relation } from './queries/relations.ts';
export { opponents, supporters, targets, undercutters } from './queries/relations.ts';
export type { SearchField, SearchHit } from './queries/search.ts';
export { normalizeText, SEARCH_FIELDS, searchNodes } from './queries/search.ts';
export type { MapStats, PositionEvidence } from './queries/stats.ts';
export { mapStats } from './queries/stats.ts';
export { orphans, roots } from './queries/structure.ts';
export type { Diagnostic, Result, Severity } from './result.ts';
export { fail, ok } from './result.ts';
export { checkTour, checkTours, nodesNotInTour } from './tours/checkTour.ts';
export type { GenerateTourOptions, TourLength } from './tours/generateTour.ts';
export { generateTour, TOUR_LENGTH_STEPS } from './tours/generateTour.ts';
export type { NodeAppearance, StepView } from './tours/reveal.ts';
export { appearance, stepView } from './tours/reveal.ts';
export type { Reasons, StrengthOf } from './tours/strongest.ts';
export { baseScoreStrength, reasonsFor } from './tours/strongest.ts';
export type { StepContent } from './tours/tourOperations.ts';
export {
  addStep,
  addTour,
  createTour,
  moveStep,
  removeStep,
  removeTour,
  renameTour,
  replaceSteps,
  updateStep,
} from './tours/tourOperations.ts';
