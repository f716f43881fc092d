/**
 * Validating the edges of a document: first each edge's own shape, then the rules that involve
 * the whole map (ends exist, no self-loops, undercuts hit supports/opposes edges, no duplicates).
 *
 * @module
 */

import { checkEdge, describe, duplicateKey } from '../model/rules.ts';
import { Table } from '../model/table.ts';
import { type ArgEdge, type ArgMap, EDGE_KINDS, type EdgeKind } from '../model/types.ts';
import { type Collector, isObject } from './collector.ts';
import { checkId, warnUnknownFields } from './readNode.ts';

const EDGE_FIELDS = new Set(['id', 'kind', 'source', 'target', 'argument']);

/** Reads an edge stored under `key`, or undefined if its shape is unusable. */
export function readEdge(key: string, value: unknown, c: Collector): ArgEdge | undefined {
  const path = ['edges', key];
  if (!isObject(value)) {
    c.wrongType(path, 'an object describing an edge', value);
    return undefined;
  }
  let ok = checkId(key, value, path, c);
  warnUnknownFields(value, EDGE_FIELDS, path, c);
  if (!EDGE_KINDS.includes(value.kind as EdgeKind)) {
    if (value.kind === undefined) c.missing([...path, 'kind'], `Use one of ${EDGE_KINDS.join(', ')}.`);
    else
      c.error(
        'invalid-kind',
        `Unknown edge kind (${describe(value.kind)}); use one of ${EDGE_KINDS.join(', ')}.`,
        [...path, 'kind'],
      );
    ok = false;
  }
  for (const end of ['source', 'target'] as const) {
    if (typeof value[end] !== 'string') {
      if (value[end] === undefined) c.missing([...path, end]);
      else c.wrongType([...path, end], 'the id of a node', value[end]);
      ok = false;
    }
  }
  if (value.argument !== undefined && typeof value.argument !== 'string') {
    c.wrongType([...path, 'argument'], 'the id of an argument', value.argument);
    ok = false;
  }
  if (!ok) return undefined;
  const edge: ArgEdge = {
    id: key,
    kind: value.kind as EdgeKind,
    source: value.source as string,
    target: value.target as string,
  };
  if (value.argument !== undefined) edge.argument = value.argument as string;
  return edge;
}

/**
 * Checks the edges' ends against the map's nodes and each other. `map.nodes` must hold every
 * node key the document has (valid or not), so a broken node is not also reported as missing.
 * Returns the edges that pass.
 */
export function checkEdgeRules(map: ArgMap, c: Collector): Table<ArgEdge> {
  const passed: [string, ArgEdge][] = [];
  const pairs = new Map<string, string>();
  for (const edge of map.edges.toArray()) {
    const path = ['edges', edge.id];
    let ok = true;
    if (map.nodes.has(edge.id) || map.arguments?.has(edge.id)) {
      c.error(
        'duplicate-id',
        `The id "${edge.id}" names both ${map.nodes.has(edge.id) ? 'a node' : 'an argument'} and an edge; rename the edge so undercuts stay unambiguous.`,
        [...path, 'id'],
      );
      ok = false;
    }
    const problems = checkEdge(map, edge, path, { duplicates: false });
    for (const problem of problems) c.add(problem);
    if (problems.length > 0) ok = false;
    const pair = duplicateKey(edge);
    const twin = pairs.get(pair);
    if (twin !== undefined) {
      c.error(
        'duplicate-edge',
        `Edge "${edge.id}" repeats edge "${twin}" (both from "${edge.source}" to "${edge.target}"). Keep one, and change its kind if needed.`,
        path,
      );
      ok = false;
    } else pairs.set(pair, edge.id);
    if (ok) passed.push([edge.id, edge]);
  }
  return Table.fromEntries(passed);
}
