import { Table } from './table.ts';
import { type ArgMap, FORMAT_NAME, FORMAT_VERSION, type MapMeta } from './types.ts';

/** An empty map with the given metadata; `created` and `modified` default to now. */
export function createMap(meta: Partial<MapMeta> = {}, now: Date = new Date()): ArgMap {
  const stamp = now.toISOString();
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: { title: 'Untitled map', created: stamp, modified: stamp, ...meta },
    nodes: Table.empty(),
    edges: Table.empty(),
  };
}
