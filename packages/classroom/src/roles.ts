/**
 * Who is in a class session and what each may do.
 *
 * - The **teacher** edits everything: nodes, edges, the map's meta and its tours, and locks the map.
 * - A **student** adds nodes and edges, and changes or removes only what they added; the meta and
 *   the tours are the teacher's. While the map is locked, students change nothing.
 *
 * @module
 */

/** A member's role in a class session. */
export type Role = 'teacher' | 'student';

/** One member of a class session, as the server knows them once their token is checked. */
export interface Member {
  /** Stable id within the session (never the token). */
  id: string;
  role: Role;
  /** The name they joined with; "Teacher" for the teacher. */
  name: string;
}
