/**
 * Edits to a map's tours, built like every other operation (`makeEdit`): pure, returning the new
 * map with immer patches, so the editor's history undoes a reordered step like a moved node.
 *
 * @module
 */

import type { Draft } from 'immer';
import type { ArgMap, Tour, TourStep } from '../model/types.ts';
import { type Edit, type MapDraft, makeEdit, refuse } from '../operations/edit.ts';
import type { Result } from '../result.ts';
import { freshStepId, freshTourId } from './tourIds.ts';

/** What a new or changed step says; the id is chosen by the operation. */
export type StepContent = Omit<TourStep, 'id'>;

/** Adds `tour` (e.g. from `generateTour`) as the map's last tour; its id must be unused. */
export function addTour(map: ArgMap, tour: Tour): Result<Edit> {
  if ((map.tours ?? []).some((t) => t.id === tour.id)) {
    return refuse('duplicate-tour-id', `There is already a tour with id "${tour.id}".`, ['tours']);
  }
  const unknown = unknownNodes(
    map,
    tour.steps.flatMap((step) => step.nodes),
  );
  if (unknown) return unknown;
  return makeEdit(map, { label: 'Add tour', created: [tour.id] }, {}, (draft) => {
    draft.tours ??= [];
    draft.tours.push(structuredClone(tour));
  });
}

/** Adds an empty tour called `title`, with a fresh id (returned in `created`). */
export function createTour(map: ArgMap, title: string): Result<Edit> {
  return addTour(map, { id: freshTourId(map), title, steps: [] });
}

/** Removes a tour. The map loses its `tours` field when the last tour goes, as a new map has none. */
export function removeTour(map: ArgMap, tourId: string): Result<Edit> {
  const t = tourIndex(map, tourId);
  if (typeof t !== 'number') return t;
  return makeEdit(map, { label: 'Remove tour' }, {}, (draft) => {
    draft.tours?.splice(t, 1);
    if (draft.tours?.length === 0) delete draft.tours;
  });
}

/**
 * Replaces every step of a tour, keeping its id and title: "Regenerate" on a tour that was made
 * empty (Present on a new map) or has gone stale. One undo step brings the old steps back.
 */
export function replaceSteps(map: ArgMap, tourId: string, steps: TourStep[]): Result<Edit> {
  const t = tourIndex(map, tourId);
  if (typeof t !== 'number') return t;
  const unknown = unknownNodes(
    map,
    steps.flatMap((step) => step.nodes),
  );
  if (unknown) return unknown;
  return makeEdit(map, { label: 'Regenerate tour' }, {}, (draft) => {
    tourAt(draft, t).steps = structuredClone(steps);
  });
}

/** Renames a tour. Consecutive renames of the same tour merge into one undo step. */
export function renameTour(map: ArgMap, tourId: string, title: string): Result<Edit> {
  const t = tourIndex(map, tourId);
  if (typeof t !== 'number') return t;
  return makeEdit(map, { label: 'Rename tour', mergeKey: `${tourId}:title` }, {}, (draft) => {
    tourAt(draft, t).title = title;
  });
}

/**
 * Inserts a step at `index` (default: the end) with a fresh id, returned in `created`.
 * Every node it names must be on the map.
 */
export function addStep(map: ArgMap, tourId: string, content: StepContent, index?: number): Result<Edit> {
  const t = tourIndex(map, tourId);
  if (typeof t !== 'number') return t;
  const unknown = unknownNodes(map, content.nodes);
  if (unknown) return unknown;
  const tour = map.tours?.[t] as Tour;
  const step: TourStep = { id: freshStepId(tour), ...structuredClone(content) };
  const at = clamp(index ?? tour.steps.length, 0, tour.steps.length);
  return makeEdit(map, { label: 'Add step', created: [step.id] }, {}, (draft) => {
    tourAt(draft, t).steps.splice(at, 0, step);
  });
}

/** Removes a step from a tour. */
export function removeStep(map: ArgMap, tourId: string, stepId: string): Result<Edit> {
  const found = stepIndex(map, tourId, stepId);
  if (!Array.isArray(found)) return found;
  const [t, s] = found;
  return makeEdit(map, { label: 'Remove step' }, {}, (draft) => {
    tourAt(draft, t).steps.splice(s, 1);
  });
}

/** Moves a step to position `toIndex` (clamped into the tour); the other steps keep their order. */
export function moveStep(map: ArgMap, tourId: string, stepId: string, toIndex: number): Result<Edit> {
  const found = stepIndex(map, tourId, stepId);
  if (!Array.isArray(found)) return found;
  const [t, s] = found;
  const to = clamp(Math.trunc(toIndex), 0, (map.tours?.[t]?.steps.length ?? 1) - 1);
  return makeEdit(map, { label: 'Move step' }, {}, (draft) => {
    if (to === s) return;
    const steps = tourAt(draft, t).steps;
    const [step] = steps.splice(s, 1);
    if (step) steps.splice(to, 0, step);
  });
}

/**
 * Changes a step's title, nodes or notes. A field set to `undefined` is removed. Typing into one
 * field of one step merges into one undo step.
 */
export function updateStep(
  map: ArgMap,
  tourId: string,
  stepId: string,
  changes: Partial<StepContent>,
): Result<Edit> {
  const found = stepIndex(map, tourId, stepId);
  if (!Array.isArray(found)) return found;
  const [t, s] = found;
  if (changes.nodes) {
    const unknown = unknownNodes(map, changes.nodes);
    if (unknown) return unknown;
  }
  const fields = Object.keys(changes) as (keyof StepContent)[];
  const info =
    fields.length === 1 && fields[0] !== 'nodes'
      ? { label: 'Edit step', mergeKey: `${tourId}/${stepId}:${fields[0]}` }
      : { label: 'Edit step' };
  return makeEdit(map, info, {}, (draft) => {
    const step = tourAt(draft, t).steps[s] as Draft<TourStep>;
    for (const field of fields) {
      const value = changes[field];
      if (value === undefined) {
        if (field !== 'nodes') delete step[field];
      } else if (field === 'nodes') {
        step.nodes = [...(value as string[])];
      } else {
        step[field] = value as string;
      }
    }
  });
}

function tourIndex(map: ArgMap, tourId: string): number | Result<never> {
  const t = (map.tours ?? []).findIndex((tour) => tour.id === tourId);
  if (t >= 0) return t;
  return refuse('unknown-tour', `There is no tour with id "${tourId}".`, ['tours']);
}

function stepIndex(map: ArgMap, tourId: string, stepId: string): [number, number] | Result<never> {
  const t = tourIndex(map, tourId);
  if (typeof t !== 'number') return t;
  const s = map.tours?.[t]?.steps.findIndex((step) => step.id === stepId) ?? -1;
  if (s >= 0) return [t, s];
  return refuse('unknown-step', `The tour "${tourId}" has no step with id "${stepId}".`, [
    'tours',
    t,
    'steps',
  ]);
}

function tourAt(draft: Draft<MapDraft>, t: number): Draft<Tour> {
  // Callers found index t on the same map the draft was made from, so it exists.
  return draft.tours?.[t] as Draft<Tour>;
}

function unknownNodes(map: ArgMap, ids: string[]): Result<never> | undefined {
  const missing = ids.find((id) => !map.nodes.has(id));
  if (missing === undefined) return undefined;
  return refuse('unknown-node', `There is no node with id "${missing}" to show in the tour.`, [
    'nodes',
    missing,
  ]);
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
