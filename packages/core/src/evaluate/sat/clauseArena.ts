/**
 * Layout of the SAT solver's clause arena, one `Int32Array`: a clause at `ref` has its size at
 * `ref`, its literal block distance at `ref + 1` (0 for problem clauses), at `ref + 2` where the
 * last search for a new watch stopped, and its literals from `ref + HEADER` on.
 *
 * @module
 */

/** Number of header words before a clause's literals. */
export const HEADER = 3;
