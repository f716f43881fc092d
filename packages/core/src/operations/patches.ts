/**
 * Applying an edit's patches to a map, as immer's `applyPatches` does for plain objects: patches
 * address the document form (`['nodes', id, 'text']`), and a map keeps nodes, edges and arguments
 * in tables.
 *
 * @module
 */

import type { Patch } from 'immer';
import { Table } from '../model/table.ts';
import type { ArgMap, LinkedArgument, MapMeta, Tour } from '../model/types.ts';
import { freezeNew, immer } from './immerInstance.ts';

/** What is left of a map once nodes and edges are set aside: plain data immer can patch. */
interface Rest {
  meta: MapMeta;
  tours?: Tour[];
}

/**
 * Applies `patches` (e.g. an edit's `inversePatches`, to undo it) to `map` and returns the new
 * map; `map` is not modified. Patches inside a node or edge are applied to it alone, so this
 * costs the same on a map of any size. A node or edge added back by a patch goes last in its
 * table (the history restores exact order from its snapshots instead).
 */
export function applyMapPatches(map: ArgMap, patches: readonly Patch[]): ArgMap {
  let nodes = map.nodes;
  let edges = map.edges;
  let args = map.arguments ?? Table.empty<LinkedArgument>();
  let rest: Rest = map.tours === undefined ? { meta: map.meta } : { meta: map.meta, tours: map.tours };
  for (const patch of patches) {
    const [field, id, ...inner] = patch.path;
    if ((field === 'nodes' || field === 'edges' || field === 'arguments') && id !== undefined) {
      if (field === 'nodes') nodes = patchTable(nodes, String(id), inner, patch);
      else if (field === 'edges') edges = patchTable(edges, String(id), inner, patch);
      else args = patchTable(args, String(id), inner, patch);
    } else {
      const patched = immer.applyPatches(rest, [patch]);
      freezeNew(patched, rest);
      rest = patched;
    }
  }
  const next: ArgMap = { ...map, meta: rest.meta, nodes, edges };
  if (args.size === 0) delete next.arguments;
  else next.arguments = args;
  if (rest.tours === undefined) delete next.tours;
  else next.tours = rest.tours;
  return Object.freeze(next);
}

function patchTable<T extends object>(
  table: Table<T>,
  id: string,
  inner: (string | number)[],
  patch: Patch,
): Table<T> {
  if (inner.length === 0) {
    return patch.op === 'remove' ? table.delete(id) : table.set(id, patch.value as T);
  }
  const value = table.get(id);
  if (value === undefined) return table;
  const patched = immer.applyPatches(value, [{ ...patch, path: inner }]);
  freezeNew(patched, value);
  return table.set(id, patched);
}
