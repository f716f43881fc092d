/**
 * `validateMap`: checks an untrusted value (usually parsed JSON) against the current file format
 * and returns a clean map, or every problem found with its JSON path. Never throws, never
 * recurses into unknown data, and never assigns user-chosen keys that could reach a prototype.
 *
 * @module
 */

import { isReservedId } from '../model/ids.ts';
import type { JsonPath } from '../model/rules.ts';
import { Table } from '../model/table.ts';
import {
  type ArgEdge,
  type ArgMap,
  type ArgNode,
  FORMAT_NAME,
  FORMAT_VERSION,
  type LinkedArgument,
  type MapMeta,
} from '../model/types.ts';
import type { Result } from '../result.ts';
import { fail, ok } from '../result.ts';
import { Collector, isObject } from './collector.ts';
import { checkArgumentRules, readArguments } from './readArguments.ts';
import { checkEdgeRules, readEdge } from './readEdges.ts';
import { readNode, warnUnknownFields } from './readNode.ts';
import { readTours } from './readTours.ts';
import { checkHeader } from './version.ts';

const TOP_FIELDS = new Set(['format', 'version', 'meta', 'nodes', 'edges', 'arguments', 'tours']);
const META_TEXT = ['title', 'description', 'language', 'created', 'modified'] as const;

/**
 * Validates a document in the current format version (or a map already in memory, whose
 * tables are read as the document's records). Returns the map with only known fields
 * (unknown ones are dropped with an `unknown-field` warning), or every error with its path.
 * Older versions fail with `old-version` (run {@link migrate} first, or use {@link parseMap},
 * which does); newer ones with `newer-version`.
 */
export function validateMap(value: unknown): Result<ArgMap> {
  const c = new Collector();
  const map = readMap(asDocument(value), c);
  const diagnostics = c.finish();
  return map !== undefined && !c.hasErrors ? ok(map, diagnostics) : fail(diagnostics);
}

/** A map in memory as its document, so both forms are checked by the same code; anything else as is. */
function asDocument(value: unknown): unknown {
  if (
    !isObject(value) ||
    !(value.nodes instanceof Table || value.edges instanceof Table || value.arguments instanceof Table)
  )
    return value;
  const tables = value as { nodes: unknown; edges: unknown; arguments?: unknown };
  const doc: Record<string, unknown> = {
    ...value,
    nodes: tables.nodes instanceof Table ? tables.nodes.toRecord() : tables.nodes,
    edges: tables.edges instanceof Table ? tables.edges.toRecord() : tables.edges,
  };
  if (tables.arguments instanceof Table) doc.arguments = tables.arguments.toRecord();
  return doc;
}

function readMap(value: unknown, c: Collector): ArgMap | undefined {
  if (!isObject(value)) {
    c.error(
      'not-a-map',
      'This is not an Argmap document: expected a JSON object with format, version, meta, nodes and edges.',
      [],
    );
    return undefined;
  }
  const header = checkHeader(value);
  if (header.diagnostic) {
    c.add(header.diagnostic);
    return undefined;
  }
  if (header.version !== FORMAT_VERSION) {
    c.error(
      'old-version',
      `This file uses format version ${header.version}; upgrade it with migrate() (parseMap does this for you).`,
      ['version'],
    );
    return undefined;
  }
  warnUnknownFields(value, TOP_FIELDS, [], c);
  const meta = readMeta(value.meta, c);

  // Every key present, valid or not, so a broken node is reported once, not also as a missing end.
  const present: Record<string, ArgNode> = {};
  const nodes: Record<string, ArgNode> = {};
  if (readRecord(value.nodes, 'nodes', c)) {
    for (const [key, raw] of Object.entries(value.nodes)) {
      const node = readNode(key, raw, c);
      if (isReservedId(key)) continue;
      present[key] = node ?? { id: key, kind: 'claim', text: '', baseScore: 0.5 };
      if (node) nodes[key] = node;
    }
  }
  const shaped: Record<string, ArgEdge> = {};
  if (readRecord(value.edges, 'edges', c)) {
    for (const [key, raw] of Object.entries(value.edges)) {
      const edge = readEdge(key, raw, c);
      if (edge) shaped[key] = edge;
    }
  }
  const args = readArguments(
    value.arguments,
    (id) => Object.hasOwn(present, id) || Object.hasOwn(shaped, id),
    c,
  );
  // Broken arguments still count as present, so their edges are not also reported as orphans.
  const presentArgs = isObject(value.arguments)
    ? Object.keys(value.arguments).map((id): [string, LinkedArgument] => [
        id,
        Object.hasOwn(args, id) ? (args[id] as LinkedArgument) : { id },
      ])
    : [];
  const checking: ArgMap = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: { title: '' },
    nodes: Table.fromRecord(present),
    edges: Table.fromRecord(shaped),
    arguments: Table.fromEntries(presentArgs),
  };
  const edges = checkEdgeRules(checking, c);
  const linked = checkArgumentRules({ ...checking, edges, arguments: Table.fromRecord(args) }, c);
  const map: ArgMap = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: meta ?? { title: '' },
    nodes: Table.fromRecord(nodes),
    edges,
  };
  if (linked !== undefined) map.arguments = linked;
  if (value.tours !== undefined) {
    const tours = readTours(value.tours, (id) => Object.hasOwn(present, id), c);
    if (tours) map.tours = tours;
  }
  return meta ? map : undefined;
}

function readRecord(
  value: unknown,
  field: 'nodes' | 'edges',
  c: Collector,
): value is Record<string, unknown> {
  if (isObject(value)) return true;
  if (value === undefined) c.missing([field], `Use {} for a map without ${field}.`);
  else if (Array.isArray(value)) {
    c.error(
      'wrong-type',
      `"${field}" should be an object keyed by id, e.g. { "n1": { "id": "n1", … } }, not a list (lists were used by version 0 files).`,
      [field],
    );
  } else c.wrongType([field], 'an object keyed by id', value);
  return false;
}

function readMeta(value: unknown, c: Collector): MapMeta | undefined {
  const path: JsonPath = ['meta'];
  if (!isObject(value)) {
    if (value === undefined) c.missing(path, 'Add "meta": { "title": "…" }.');
    else c.wrongType(path, 'an object with at least a title', value);
    return undefined;
  }
  warnUnknownFields(value, new Set([...META_TEXT, 'authors']), path, c);
  let good = true;
  if (value.title === undefined) {
    c.missing([...path, 'title'], 'Give the map a title.');
    good = false;
  }
  const meta: MapMeta = { title: '' };
  for (const field of META_TEXT) {
    const text = value[field];
    if (text === undefined) continue;
    if (typeof text !== 'string') {
      c.wrongType([...path, field], 'text', text);
      good = false;
    } else meta[field] = text;
  }
  if (value.authors !== undefined) {
    if (Array.isArray(value.authors) && value.authors.every((name) => typeof name === 'string')) {
      meta.authors = [...value.authors];
    } else {
      c.wrongType([...path, 'authors'], 'a list of names', value.authors);
      good = false;
    }
  }
  return good ? meta : undefined;
}
