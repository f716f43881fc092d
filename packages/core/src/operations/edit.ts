/**
 * The shape every edit operation returns, and the one place that runs immer.
 *
 * @module
 */

import type { Draft, Patch } from 'immer';
import { carryIndex } from '../model/edgeIndex.ts';
import type { IdGenerator } from '../model/ids.ts';
import { Table } from '../model/table.ts';
import type { ArgEdge, ArgMap, ArgNode, LinkedArgument, MapMeta, Tour } from '../model/types.ts';
import type { Diagnostic, Result } from '../result.ts';
import { fail } from '../result.ts';
import { freezeNew, immer } from './immerInstance.ts';

/**
 * The outcome of one successful edit: the new map, and the patches that turn `before` into `map`
 * and back. Maps are never mutated; unchanged nodes and edges are shared with `before`.
 */
export interface Edit {
  /** The map after the edit. */
  map: ArgMap;
  /** The map the edit was made on; {@link record} checks that edits are applied in order. */
  before: ArgMap;
  /**
   * Immer patches from `before` to `map`, with paths into the document form (`['nodes', id, …]`);
   * {@link applyMapPatches} applies them to a map.
   */
  patches: Patch[];
  /** Immer patches from `map` back to `before`. */
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

/**
 * The part of a map an operation may change, as immer drafts it: `meta`, `tours`, and of the
 * nodes, edges and arguments only those the operation named (plus any it adds). Patch paths are
 * the same as on the whole document, e.g. `['nodes', 'n1', 'text']`.
 */
export interface MapDraft {
  meta: MapMeta;
  nodes: Record<string, ArgNode>;
  edges: Record<string, ArgEdge>;
  arguments: Record<string, LinkedArgument>;
  tours?: Tour[];
}

/** The existing nodes, edges and arguments an operation reads or changes through its draft. */
export interface Touched {
  nodes?: Iterable<string>;
  edges?: Iterable<string>;
  arguments?: Iterable<string>;
}

const NO_ARGUMENTS: Table<LinkedArgument> = Table.empty();

/** A plain object of the entries of `table` named by `ids`, safe for any id. */
function pick<T>(table: Table<T>, ids: Iterable<string> | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const id of ids ?? []) {
    const value = table.get(id);
    if (value === undefined) continue;
    Object.defineProperty(out, id, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** `table` with the entries of `before` replaced by those of `after` (missing ones deleted). */
function merge<T>(table: Table<T>, before: Record<string, T>, after: Record<string, T>): Table<T> {
  return table.batch((writer) => {
    for (const id of Object.keys(before)) if (!Object.hasOwn(after, id)) writer.delete(id);
    for (const [id, value] of Object.entries(after)) if (before[id] !== value) writer.set(id, value);
  });
}

/**
 * Runs `recipe` on a draft of the part of `map` named by `touched` and packages the result as an
 * {@link Edit}. Only the named nodes and edges are copied into the draft, so an edit costs the
 * same on a map of any size; the new map's tables share everything else with `map`'s.
 */
export function makeEdit(
  map: ArgMap,
  info: EditInfo,
  touched: Touched,
  recipe: (draft: Draft<MapDraft>) => void,
): Result<Edit> {
  const base: MapDraft = {
    meta: map.meta,
    nodes: pick(map.nodes, touched.nodes),
    edges: pick(map.edges, touched.edges),
    arguments: pick(map.arguments ?? NO_ARGUMENTS, touched.arguments),
  };
  if (map.tours !== undefined) base.tours = map.tours;
  const [next, patches, inversePatches] = immer.produceWithPatches(base, (draft) => {
    recipe(draft);
  });
  let after = map;
  if (patches.length > 0) {
    // Read-only results, without freezing anything the caller handed in (see immerInstance.ts).
    freezeNew(next.meta, base.meta);
    freezeNew(next.tours, base.tours);
    for (const id of Object.keys(next.nodes)) freezeNew(next.nodes[id], base.nodes[id]);
    for (const id of Object.keys(next.edges)) freezeNew(next.edges[id], base.edges[id]);
    const edges = merge(map.edges, base.edges, next.edges);
    carryIndex(map.edges, edges, [...Object.keys(base.edges), ...Object.keys(next.edges)]);
    const built: ArgMap = { ...map, meta: next.meta, nodes: merge(map.nodes, base.nodes, next.nodes), edges };
    // A map without arguments has no `arguments` table at all, so equal maps look equal.
    const args = merge(map.arguments ?? NO_ARGUMENTS, base.arguments, next.arguments);
    if (args.size === 0) delete built.arguments;
    else built.arguments = args;
    if (next.tours === undefined) delete built.tours;
    else built.tours = next.tours;
    after = Object.freeze(built);
  }
  const edit: Edit = {
    map: after,
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
  if (map.nodes.has(id)) return undefined;
  return refuse('unknown-node', `There is no node with id "${id}".`, ['nodes', id]);
}

/** A failed edit if `id` is not a linked argument of `map`. */
export function requireArgument(map: ArgMap, id: string): Result<never> | undefined {
  if (map.arguments?.has(id)) return undefined;
  return refuse('unknown-argument', `There is no argument with id "${id}".`, ['arguments', id]);
}

/** A failed edit if `id` is not an edge of `map`. */
export function requireEdge(map: ArgMap, id: string): Result<never> | undefined {
  if (map.edges.has(id)) return undefined;
  return refuse('unknown-edge', `There is no edge with id "${id}".`, ['edges', id]);
}
