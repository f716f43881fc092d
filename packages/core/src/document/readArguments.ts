/**
 * Validating the linked arguments of a document: first each argument's own shape, then, once the
 * edges are read, the rules that involve the whole map (see `model/arguments.ts`).
 *
 * @module
 */

import { argumentEdges, checkArgumentUnity, checkPartOf } from '../model/arguments.ts';
import { Table } from '../model/table.ts';
import type { ArgEdge, ArgMap, LinkedArgument } from '../model/types.ts';
import { type Collector, isObject } from './collector.ts';
import { checkId, warnUnknownFields } from './readNode.ts';

const TEXT_FIELDS = ['name', 'scheme', 'notes', 'partOf'] as const;
const ARGUMENT_FIELDS = new Set(['id', ...TEXT_FIELDS]);

/**
 * Reads the `arguments` record. `taken` says whether a key already names a node or an edge.
 * Returns every argument whose shape is usable (an absent record is an empty one).
 */
export function readArguments(
  value: unknown,
  taken: (id: string) => boolean,
  c: Collector,
): Record<string, LinkedArgument> {
  const found: Record<string, LinkedArgument> = {};
  if (value === undefined) return found;
  if (!isObject(value)) {
    c.wrongType(['arguments'], 'an object keyed by id', value);
    return found;
  }
  for (const [key, raw] of Object.entries(value)) {
    const argument = readArgument(key, raw, c);
    if (argument === undefined) continue;
    if (taken(key)) {
      c.error(
        'duplicate-id',
        `The id "${key}" names both an argument and a node or edge; rename the argument.`,
        ['arguments', key, 'id'],
      );
      continue;
    }
    Object.defineProperty(found, key, {
      value: argument,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return found;
}

function readArgument(key: string, value: unknown, c: Collector): LinkedArgument | undefined {
  const path = ['arguments', key];
  if (!isObject(value)) {
    c.wrongType(path, 'an object describing an argument', value);
    return undefined;
  }
  let ok = checkId(key, value, path, c);
  warnUnknownFields(value, ARGUMENT_FIELDS, path, c);
  const argument: LinkedArgument = { id: key };
  for (const field of TEXT_FIELDS) {
    const text = value[field];
    if (text === undefined) continue;
    if (typeof text !== 'string') {
      c.wrongType([...path, field], 'text', text);
      ok = false;
    } else argument[field] = text;
  }
  return ok ? argument : undefined;
}

/**
 * Checks the arguments against the edges already checked (`map.edges`): the edges of each
 * argument share one target and kind, a step leads into its chain. An argument without any edge
 * is dropped with an `empty-argument` warning (nothing is lost: it had no premises). Returns the
 * arguments to keep, or `undefined` when there are none.
 */
export function checkArgumentRules(map: ArgMap, c: Collector): Table<LinkedArgument> | undefined {
  const args = map.arguments;
  if (args === undefined) return undefined;
  const kept: [string, LinkedArgument][] = [];
  const conclusions = new Map<string, string | undefined>();
  for (const argument of args.values()) {
    const members: ArgEdge[] = argumentEdges(map, argument.id);
    if (members.length === 0) {
      c.warning(
        'empty-argument',
        `Argument "${argument.id}" has no premises (no edge names it); it is dropped.`,
        ['arguments', argument.id],
      );
      continue;
    }
    for (const problem of checkArgumentUnity(argument.id, members)) c.add(problem);
    conclusions.set(argument.id, members[0]?.target);
    kept.push([argument.id, argument]);
  }
  const table = Table.fromEntries(kept);
  const checked: ArgMap = { ...map, arguments: table };
  for (const [id, argument] of kept) {
    for (const problem of checkPartOf(checked, argument, conclusions.get(id))) c.add(problem);
  }
  return table.size > 0 ? table : undefined;
}
