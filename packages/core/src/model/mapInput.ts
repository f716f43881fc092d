/**
 * A map as JavaScript callers hand it to the library: an `ArgMap` (tables), or the plain
 * `ArgMapDocument` that `JSON.parse` or `toDocument` gives (records keyed by id). Functions that
 * take a map accept both, so a document read from a file or posted from a worker works wherever a
 * map does; anything else is a `not-a-map` error value rather than a `TypeError` deep inside.
 *
 * @module
 */
import { fail, ok, type Result } from '../result.ts';
import { Table } from './table.ts';
import {
  type ArgEdge,
  type ArgMap,
  type ArgMapDocument,
  type ArgNode,
  FORMAT_VERSION,
  type LinkedArgument,
} from './types.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` reads like a table: `get`, `forEach`, `toArray`, a size. */
function isTableLike(value: unknown): boolean {
  const table = value as Partial<Table<unknown>> | null;
  return (
    typeof value === 'object' &&
    table !== null &&
    typeof table.get === 'function' &&
    typeof table.forEach === 'function' &&
    typeof table.toArray === 'function' &&
    typeof table.size === 'number'
  );
}

/** What `value` is, for a message: `null`, `a number`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `${/^[aeiou]/u.test(type) ? 'an' : 'a'} ${type}`;
}

/**
 * `value` as an `ArgMap`: the map itself, or a document's records turned into tables (in their
 * order, sharing the node and edge objects). The contents are not validated here: each function
 * checks or repairs what it reads, and `validateMap` checks everything.
 */
export function mapInput(value: unknown): Result<ArgMap> {
  if (!isObject(value)) {
    return fail([
      {
        severity: 'error',
        code: 'not-a-map',
        message: `Expected an argument map (or its JSON document), not ${describeValue(value)}.`,
        path: [],
      },
    ]);
  }
  if (isTableLike(value.nodes) && isTableLike(value.edges)) return ok(value as unknown as ArgMap);
  for (const field of ['nodes', 'edges'] as const) {
    if (!isObject(value[field]) && !isTableLike(value[field])) {
      return fail([
        {
          severity: 'error',
          code: 'not-a-map',
          message: `Expected an argument map: its "${field}" must be an object keyed by id, not ${describeValue(value[field])}.`,
          path: [field],
        },
      ]);
    }
  }
  const doc = value as unknown as ArgMapDocument;
  const tableOf = <T>(field: unknown): Table<T> =>
    isTableLike(field) ? (field as Table<T>) : Table.fromRecord(field as Record<string, T>);
  const map: ArgMap = {
    format: doc.format ?? 'argmap',
    version: doc.version ?? FORMAT_VERSION,
    meta: isObject(doc.meta) ? doc.meta : { title: '' },
    nodes: tableOf<ArgNode>(doc.nodes),
    edges: tableOf<ArgEdge>(doc.edges),
  };
  if (isTableLike(doc.arguments)) map.arguments = doc.arguments as unknown as Table<LinkedArgument>;
  else if (isObject(doc.arguments) && Object.keys(doc.arguments).length > 0)
    map.arguments = Table.fromRecord(doc.arguments as Record<string, LinkedArgument>);
  if (Array.isArray(doc.tours)) map.tours = doc.tours;
  return ok(map);
}

/**
 * `value` as a map, for the few functions that return a plain value rather than a `Result`
 * (`serializeMap`, `searchNodes`, `mapStats`): a document is taken as a map; anything else throws
 * a `TypeError` that says what was expected.
 */
export function mapOrThrow(value: unknown): ArgMap {
  const given = mapInput(value);
  if (!given.ok) throw new TypeError(given.diagnostics[0]?.message ?? 'Expected an argument map.');
  return given.value;
}
