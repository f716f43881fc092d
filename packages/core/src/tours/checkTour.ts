/**
 * Tour checks: what a teacher should fix before presenting. Structure (types, required fields)
 * is the document validator's job; these checks look at what a tour means for its map.
 *
 * @module
 */

import type { ArgMap, Tour } from '../model/types.ts';
import type { Diagnostic } from '../result.ts';

/**
 * Every problem with the tours of `map`, with paths into the document
 * (`["tours", 0, "steps", 2, "nodes", 1]`). Duplicate ids are errors, since edits could not tell the
 * tours or steps apart; the rest are warnings: the tour still presents, skipping what it cannot show.
 */
export function checkTours(map: ArgMap): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const tourIds = new Set<string>();
  (map.tours ?? []).forEach((tour, t) => {
    if (tourIds.has(tour.id)) {
      diagnostics.push({
        severity: 'error',
        code: 'duplicate-tour-id',
        message: `Two tours have the id "${tour.id}". Give each tour its own id.`,
        path: ['tours', t, 'id'],
      });
    }
    tourIds.add(tour.id);
    diagnostics.push(...checkTour(map, tour, ['tours', t]));
  });
  return diagnostics;
}

/** The problems with one tour of `map`; `at` is the tour's path in the document. */
export function checkTour(map: ArgMap, tour: Tour, at: (string | number)[] = []): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (tour.steps.length === 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'empty-tour',
      message: `The tour "${tour.title}" has no steps yet. Generate it or add a step.`,
      path: [...at, 'steps'],
    });
  }
  const stepIds = new Set<string>();
  tour.steps.forEach((step, s) => {
    const here = [...at, 'steps', s];
    const name = step.title ? `"${step.title}"` : `${s + 1}`;
    if (stepIds.has(step.id)) {
      diagnostics.push({
        severity: 'error',
        code: 'duplicate-step-id',
        message: `Step ${name} has the id "${step.id}" of an earlier step. Give each step its own id.`,
        path: [...here, 'id'],
      });
    }
    stepIds.add(step.id);
    if (step.nodes.length === 0) {
      diagnostics.push({
        severity: 'warning',
        code: 'empty-step',
        message: `Step ${name} shows no nodes; the audience would see nothing new. Add nodes or remove the step.`,
        path: [...here, 'nodes'],
      });
    }
    const inStep = new Set<string>();
    step.nodes.forEach((id, n) => {
      if (!map.nodes.has(id)) {
        diagnostics.push({
          severity: 'warning',
          code: 'tour-unknown-node',
          message: `Step ${name} names the node "${id}", which is not on the map (was it deleted?). It will be skipped.`,
          path: [...here, 'nodes', n],
        });
      } else if (inStep.has(id)) {
        diagnostics.push({
          severity: 'warning',
          code: 'duplicate-step-node',
          message: `Step ${name} names the node "${id}" twice.`,
          path: [...here, 'nodes', n],
        });
      }
      inStep.add(id);
    });
  });
  return diagnostics;
}

/** Nodes of `map` that no step of `tour` reveals, in map order: what the class will never see. */
export function nodesNotInTour(map: ArgMap, tour: Tour): string[] {
  const shown = new Set(tour.steps.flatMap((step) => step.nodes));
  return [...map.nodes.keys()].filter((id) => !shown.has(id));
}
