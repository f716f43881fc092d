/**
 * The layout of a class map's shared Yjs document: which root types it has and what each holds.
 * Other tools join a room by reading and writing exactly these types (docs/collaboration.md).
 *
 * @module
 */

/** Node ids → one `Y.Map` per node whose fields are the fields of an `ArgNode`, as plain JSON values. */
export const NODES = 'nodes';
/** Edge ids → one `Y.Map` per edge whose fields are the fields of an `ArgEdge`. */
export const EDGES = 'edges';
/** The map's `MapMeta` fields as plain values (`title`, `description`, `authors`, …). */
export const META = 'meta';
/** The map's tours as a `Y.Array` of plain `Tour` objects; a tour is replaced whole when it changes. */
export const TOURS = 'tours';
/** The class session's state, written only by the server: `locked` (boolean). */
export const CLASS = 'class';
/** Node or edge id → `{ by, name }`: who added it. Written only by the server. */
export const CONTRIBUTIONS = 'contributions';

/** Every root type a class document may have; an update that creates another is refused. */
export const ROOT_TYPES: readonly string[] = [NODES, EDGES, META, TOURS, CLASS, CONTRIBUTIONS];

/** Root types that only the server writes; a client's update touching them is refused. */
export const SERVER_ONLY_ROOTS: readonly string[] = [CLASS, CONTRIBUTIONS];

/** Who added a node or edge to a class map. */
export interface Contribution {
  /** The member's id in the class session (not their token). */
  by: string;
  /** The name the member joined with ("Teacher" for the teacher). */
  name: string;
}

/** The class session's state as the server publishes it in the {@link CLASS} map. */
export interface ClassState {
  locked: boolean;
}
