/**
 * Validating the optional `tours` of a document: unique ids, and steps that show existing nodes.
 *
 * @module
 */

import type { JsonPath } from '../model/rules.ts';
import type { Tour, TourStep } from '../model/types.ts';
import { type Collector, isObject } from './collector.ts';
import { warnUnknownFields } from './readNode.ts';

const TOUR_FIELDS = new Set(['id', 'title', 'steps']);
const STEP_FIELDS = new Set(['id', 'title', 'nodes', 'notes']);

/** Reads `tours`; `hasNode` tells whether a node id exists in the document. */
export function readTours(
  value: unknown,
  hasNode: (id: string) => boolean,
  c: Collector,
): Tour[] | undefined {
  if (!Array.isArray(value)) {
    c.wrongType(['tours'], 'a list of tours', value);
    return undefined;
  }
  const tours: Tour[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of value.entries()) {
    const path = ['tours', index];
    if (!isObject(raw)) {
      c.wrongType(path, 'an object describing a tour', raw);
      continue;
    }
    warnUnknownFields(raw, TOUR_FIELDS, path, c);
    let ok = uniqueId(raw.id, ids, path, 'tour', c);
    if (typeof raw.title !== 'string') {
      if (raw.title === undefined) c.missing([...path, 'title']);
      else c.wrongType([...path, 'title'], 'text', raw.title);
      ok = false;
    }
    const steps = readSteps(raw.steps, [...path, 'steps'], hasNode, c);
    if (ok && steps) tours.push({ id: raw.id as string, title: raw.title as string, steps });
  }
  return tours;
}

function readSteps(
  value: unknown,
  path: JsonPath,
  hasNode: (id: string) => boolean,
  c: Collector,
): TourStep[] | undefined {
  if (!Array.isArray(value)) {
    if (value === undefined) c.missing(path);
    else c.wrongType(path, 'a list of steps', value);
    return undefined;
  }
  const steps: TourStep[] = [];
  const ids = new Set<string>();
  let allOk = true;
  for (const [index, raw] of value.entries()) {
    const stepPath = [...path, index];
    if (!isObject(raw)) {
      c.wrongType(stepPath, 'an object describing a step', raw);
      allOk = false;
      continue;
    }
    warnUnknownFields(raw, STEP_FIELDS, stepPath, c);
    let ok = uniqueId(raw.id, ids, stepPath, 'step', c);
    for (const field of ['title', 'notes'] as const) {
      if (raw[field] !== undefined && typeof raw[field] !== 'string') {
        c.wrongType([...stepPath, field], 'text', raw[field]);
        ok = false;
      }
    }
    if (!Array.isArray(raw.nodes)) {
      if (raw.nodes === undefined)
        c.missing([...stepPath, 'nodes'], 'List the ids of the nodes this step shows.');
      else c.wrongType([...stepPath, 'nodes'], 'a list of node ids', raw.nodes);
      ok = false;
    } else {
      for (const [i, id] of raw.nodes.entries()) {
        if (typeof id !== 'string') {
          c.wrongType([...stepPath, 'nodes', i], 'a node id', id);
          ok = false;
        } else if (!hasNode(id)) {
          c.error(
            'unknown-node',
            `This tour step shows node "${id}", which does not exist. Remove it from the step.`,
            [...stepPath, 'nodes', i],
          );
          ok = false;
        }
      }
    }
    if (!ok) {
      allOk = false;
      continue;
    }
    const step: TourStep = { id: raw.id as string, nodes: [...(raw.nodes as string[])] };
    if (raw.title !== undefined) step.title = raw.title as string;
    if (raw.notes !== undefined) step.notes = raw.notes as string;
    steps.push(step);
  }
  return allOk ? steps : undefined;
}

function uniqueId(id: unknown, seen: Set<string>, path: JsonPath, what: string, c: Collector): boolean {
  if (typeof id !== 'string' || id === '') {
    if (id === undefined) c.missing([...path, 'id']);
    else c.wrongType([...path, 'id'], `a non-empty ${what} id`, id);
    return false;
  }
  if (seen.has(id)) {
    c.error('duplicate-id', `Another ${what} already has the id "${id}"; ${what} ids must be unique.`, [
      ...path,
      'id',
    ]);
    return false;
  }
  seen.add(id);
  return true;
}
