/**
 * The layout of a class map's shared Yjs document: which root types it has and what each holds.
 * Other tools join a room by reading and writing exactly these types (docs/collaboration.md).
 *
 * @module
 */

import type { ArgEdge, ArgNode } from '@argmap/core';

/** Node ids → one `Y.Map` per node whose fields are the fields of an `ArgNode`, as plain JSON values. */
export const NODES = 'nodes';
/** Edge ids → one `Y.Map` per edge whose fields are the fields of an `ArgEdge`. */
export const EDGES = 'edges';
/** Linked-argument ids → one `Y.Map` per argument whose fields are those of a `LinkedArgument`. */
export const ARGUMENTS = 'arguments';
/** The map's `MapMeta` fields as plain values (`title`, `description`, `authors`, …). */
export const META = 'meta';
/** The map's tours as a `Y.Array` of plain `Tour` objects; a tour is replaced whole when it changes. */
export const TOURS = 'tours';
/** The class session's state, written only by the server: `locked` (boolean). */
export const CLASS = 'class';
/** Node or edge id → `{ by, name }`: who added it. Written only by the server. */
export const CONTRIBUTIONS = 'contributions';

/**
 * Branches the teacher has hidden from the class: the id of the node hidden → a {@link HiddenBranch}
 * (its nodes and links, out of the map until shown again). Written only by the server.
 */
export const HIDDEN = 'hidden';

/** Every root type a class document may have; an update that creates another is refused. */
export const ROOT_TYPES: readonly string[] = [
  NODES,
  EDGES,
  ARGUMENTS,
  META,
  TOURS,
  CLASS,
  CONTRIBUTIONS,
  HIDDEN,
];

/** Root types that only the server writes; a client's update touching them is refused. */
export const SERVER_ONLY_ROOTS: readonly string[] = [CLASS, CONTRIBUTIONS, HIDDEN];

/** Who added a node or edge to a class map. */
export interface Contribution {
  /** The member's id in the class session (not their token). */
  by: string;
  /** The name the member joined with ("Teacher" for the teacher). */
  name: string;
  /** The teacher accepted it: from then on only the teacher changes it. */
  accepted?: boolean;
}

/** A branch the teacher hid: a student's node, what hangs under it, and every link of theirs. */
export interface HiddenBranch {
  nodes: ArgNode[];
  edges: ArgEdge[];
  /** Who added the node hidden. */
  by: Contribution;
  /** When it was hidden (ISO 8601). */
  at: string;
}

/** The class session's state as the server publishes it in the {@link CLASS} map. */
export interface ClassState {
  locked: boolean;
}
