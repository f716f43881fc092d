/**
 * `serializeMap`: a map as `*.argmap.json` text. Stable: the same map always gives the same text,
 * with fields in a fixed order (header, meta, nodes, edges, arguments, tours; within each object the order
 * of the format docs), two-space indentation and a final newline, so saved files diff cleanly.
 * Nodes and edges keep the map's own order.
 *
 * @module
 */

import { mapOrThrow } from '../model/mapInput.ts';
import { escapeInvisibleInJson } from '../model/showInvisible.ts';
import type { Table } from '../model/table.ts';
import type {
  ArgEdge,
  ArgMap,
  ArgMapDocument,
  ArgNode,
  LinkedArgument,
  MapMeta,
  Tour,
} from '../model/types.ts';

const ORDER = {
  meta: ['title', 'description', 'authors', 'language', 'created', 'modified'],
  node: ['id', 'kind', 'text', 'notes', 'tags', 'baseScore', 'position', 'collapsed', 'evidence'],
  evidence: ['quote', 'kind', 'source'],
  source: ['speaker', 'role', 'title', 'outlet', 'date', 'url'],
  edge: ['id', 'kind', 'source', 'target', 'argument'],
  argument: ['id', 'name', 'scheme', 'notes', 'partOf'],
  tour: ['id', 'title', 'steps'],
  step: ['id', 'title', 'nodes', 'notes'],
} as const;

function pick(value: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) out[key] = field;
  }
  return out;
}

function orderNode(node: ArgNode): Record<string, unknown> {
  const out = pick(node, ORDER.node);
  if (node.position) out.position = { x: node.position.x, y: node.position.y };
  if (node.evidence) {
    out.evidence = {
      ...pick(node.evidence, ORDER.evidence),
      source: pick(node.evidence.source, ORDER.source),
    };
  }
  return out;
}

function orderTour(tour: Tour): Record<string, unknown> {
  return { ...pick(tour, ORDER.tour), steps: tour.steps.map((step) => pick(step, ORDER.step)) };
}

/** Turns a table into an object without ever calling a `__proto__` setter. */
function record<T>(entries: Table<T>, order: (value: T) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, value] of entries) {
    Object.defineProperty(out, id, {
      value: order(value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * The map as pretty, stable JSON text ending in a newline. Only known fields are written. A plain
 * document (as `JSON.parse` gives it) is written the same way; anything else is a `TypeError`.
 */
export function serializeMap(given: ArgMap | ArgMapDocument): string {
  const map = mapOrThrow(given);
  const doc: Record<string, unknown> = {
    format: map.format,
    version: map.version,
    meta: pick(map.meta as MapMeta, ORDER.meta),
    nodes: record(map.nodes, orderNode),
    edges: record(map.edges, (edge: ArgEdge) => pick(edge, ORDER.edge)),
  };
  if (map.arguments !== undefined && map.arguments.size > 0) {
    doc.arguments = record(map.arguments, (argument: LinkedArgument) => pick(argument, ORDER.argument));
  }
  if (map.tours !== undefined) doc.tours = map.tours.map(orderTour);
  // Bidi and C1 characters as \u escapes: the same strings, but a file that cannot reorder or drive a terminal.
  return `${escapeInvisibleInJson(JSON.stringify(doc, null, 2))}\n`;
}
