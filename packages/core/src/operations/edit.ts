/**
 * The shape every edit operation returns, and the one place that runs immer.
 *
 * @module
 */

import { type Draft, enablePatches, type Patch, produceWithPatches } from 'immer';
import type { IdGenerator } from '../model/ids.ts';
import type { ArgMap } from '../model/types.ts';
import type { Diagnostic, Result } from '../result.ts';
import { fail } from '../result.ts';

enablePatches();

/**
 * The outcome of one successful edit: the new map, and the patches that turn `before` into `map`
 * and back. Maps are never mutated; unchanged nodes and edges are shared with `before`.
 */
export interface Edit {
  /** The map after the edit. */
  map: ArgMap;
  /** The map the edit was made on; {@link record} checks that edits are applied in order. */
  before: ArgMap;
  /** Immer patches from `before` to `map` (for redo, and later for collaboration). */
  patches: Patch[];
  /** Immer patches from `map` back to `before` (for undo). */
  inversePatches: Patch[];
  /** What the edit did, in words for an undo menu, e.g. "Edit text". */
  label: string;
  /** Ids of the nodes and edges the edit created, in order, so a caller can select them. */
  created: string[];
  /**
   * Set when the edit changes one text field of one thing (e.g. `n1:text`). Consecutive edits with
   * the same key within a short time are merged into one undo step by the history.
   */
  mergeKey?: string;
}

/** Options shared by operations that create things. */
export interface EditOptions {
  /** How to make ids for new nodes and edges; defaults to {@link randomIds}. */
  newId?: IdGenerator;
}

/** Extra facts an operation reports alongside its patches. */
export interface EditInfo {
  label: string;
  created?: string[];
  mergeKey?: string;
}

/** Runs `recipe` on a draft of `map` and packages the result as an {@link Edit}. */
export function makeEdit(map: ArgMap, info: EditInfo, recipe: (draft: Draft<ArgMap>) => void): Result<Edit> {
  const [next, patches, inversePatches] = produceWithPatches(map, (draft) => {
    recipe(draft);
  });
  const edit: Edit = {
    map: next,
    before: map,
    patches,
    inversePatches,
    label: info.label,
    created: info.created ?? [],
  };
  if (info.mergeKey !== undefined) edit.mergeKey = info.mergeKey;
  return { ok: true, value: edit, diagnostics: [] };
}

/** A failed edit with one error. */
export function refuse(code: string, message: string, path?: (string | number)[]): Result<never> {
  const diagnostic: Diagnostic = { severity: 'error', code, message };
  if (path !== undefined) diagnostic.path = path;
  return fail([diagnostic]);
}

/** A failed edit if `id` is not a node of `map`. */
export function requireNode(map: ArgMap, id: string): Result<never> | undefined {
  if (Object.hasOwn(map.nodes, id)) return undefined;
  return refuse('unknown-node', `There is no node with id "${id}".`, ['nodes', id]);
}

/** A failed edit if `id` is not an edge of `map`. */
export function requireEdge(map: ArgMap, id: string): Result<never> | undefined {
  if (Object.hasOwn(map.edges, id)) return undefined;
  return refuse('unknown-edge', `There is no edge with id "${id}".`, ['edges', id]);
}
