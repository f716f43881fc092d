import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDocument } from '../model/document.ts';
import type { ArgMap } from '../model/types.ts';
import type { Edit } from '../operations/edit.ts';
import { applyMapPatches } from '../operations/patches.ts';
import type { Result } from '../result.ts';
import { generateTour } from './generateTour.ts';
import { debate } from './testMaps.ts';
import {
  addStep,
  addTour,
  createTour,
  moveStep,
  removeStep,
  removeTour,
  renameTour,
  replaceSteps,
  updateStep,
} from './tourOperations.ts';

function withTour(): ArgMap {
  const map = debate();
  map.tours = [
    {
      id: 'tour-1',
      title: 'Lesson',
      steps: [
        { id: 'step-1', nodes: ['q'] },
        { id: 'step-2', title: 'Yes', nodes: ['p1'] },
        { id: 'step-3', nodes: ['p2'], notes: 'Ask' },
      ],
    },
  ];
  return map;
}

function value(result: Result<Edit>): Edit {
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.value;
}

function stepIds(map: ArgMap): string[] {
  return map.tours?.[0]?.steps.map((step) => step.id) ?? [];
}

describe('tour operations', () => {
  it('adds a generated tour and undoes it with the inverse patches', () => {
    const map = debate();
    const edit = value(addTour(map, generateTour(map)));
    expect(edit.map.tours?.[0]?.steps.length).toBeGreaterThan(1);
    expect(edit.created).toEqual(['tour-1']);
    expect(toDocument(applyMapPatches(edit.map, edit.inversePatches))).toEqual(toDocument(map));
    expect(map.tours).toBeUndefined();
  });

  it('creates an empty tour with a fresh id and removes the field with the last tour', () => {
    const created = value(createTour(withTour(), 'Second'));
    expect(created.map.tours?.map((t) => t.id)).toEqual(['tour-1', 'tour-2']);
    const once = value(removeTour(withTour(), 'tour-1'));
    expect('tours' in once.map).toBe(false);
  });

  it('regenerates a tour in place, keeping its id and title, and undoes it in one step', () => {
    const map = withTour();
    const fresh = generateTour(map);
    const edit = value(replaceSteps(map, 'tour-1', fresh.steps));
    expect(edit.map.tours?.[0]).toEqual({ id: 'tour-1', title: 'Lesson', steps: fresh.steps });
    expect(toDocument(applyMapPatches(edit.map, edit.inversePatches))).toEqual(toDocument(map));
    const stale = replaceSteps(map, 'tour-1', [{ id: 's', nodes: ['gone'] }]);
    expect(stale.ok ? [] : stale.diagnostics.map((d) => d.code)).toEqual(['unknown-node']);
  });

  it('renames a tour, merging consecutive renames', () => {
    const edit = value(renameTour(withTour(), 'tour-1', 'Week 3'));
    expect(edit.map.tours?.[0]?.title).toBe('Week 3');
    expect(edit.mergeKey).toBe('tour-1:title');
  });

  it('inserts a step where asked, with a fresh id', () => {
    const edit = value(addStep(withTour(), 'tour-1', { title: 'Evidence', nodes: ['ev1'] }, 1));
    expect(stepIds(edit.map)).toEqual(['step-1', 'step-4', 'step-2', 'step-3']);
    expect(edit.created).toEqual(['step-4']);
    expect(edit.map.tours?.[0]?.steps[1]).toEqual({ id: 'step-4', title: 'Evidence', nodes: ['ev1'] });
  });

  it('moves and removes steps', () => {
    expect(stepIds(value(moveStep(withTour(), 'tour-1', 'step-3', 0)).map)).toEqual([
      'step-3',
      'step-1',
      'step-2',
    ]);
    expect(stepIds(value(moveStep(withTour(), 'tour-1', 'step-1', 99)).map)).toEqual([
      'step-2',
      'step-3',
      'step-1',
    ]);
    expect(stepIds(value(removeStep(withTour(), 'tour-1', 'step-2')).map)).toEqual(['step-1', 'step-3']);
  });

  it('edits a step and removes fields set to undefined', () => {
    const edit = value(
      updateStep(withTour(), 'tour-1', 'step-3', { notes: undefined, nodes: ['p2', 'ev3'] }),
    );
    expect(edit.map.tours?.[0]?.steps[2]).toEqual({ id: 'step-3', nodes: ['p2', 'ev3'] });
    expect(value(updateStep(withTour(), 'tour-1', 'step-2', { notes: 'Hm' })).mergeKey).toBe(
      'tour-1/step-2:notes',
    );
  });

  it('refuses unknown tours, steps and nodes with a code and a path', () => {
    const codes = [
      removeTour(withTour(), 'nope'),
      removeStep(withTour(), 'tour-1', 'nope'),
      addStep(withTour(), 'tour-1', { nodes: ['nope'] }),
      updateStep(withTour(), 'tour-1', 'step-1', { nodes: ['q', 'nope'] }),
      addTour(withTour(), { id: 'tour-1', title: 'Again', steps: [] }),
    ].map((r) => (r.ok ? 'ok' : r.diagnostics[0]?.code));
    expect(codes).toEqual([
      'unknown-tour',
      'unknown-step',
      'unknown-node',
      'unknown-node',
      'duplicate-tour-id',
    ]);
  });

  it('keeps the same steps, in a new order, for any move; undo restores the old order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -2, max: 5 }), (from, to) => {
        const map = withTour();
        const id = stepIds(map)[from] as string;
        const edit = value(moveStep(map, 'tour-1', id, to));
        expect([...stepIds(edit.map)].sort()).toEqual([...stepIds(map)].sort());
        expect(stepIds(edit.map)[Math.max(0, Math.min(to, 2))]).toBe(id);
        expect(toDocument(applyMapPatches(edit.map, edit.inversePatches))).toEqual(toDocument(map));
      }),
    );
  });
});
