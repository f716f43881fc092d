import {
  type ArgMap,
  addStep,
  addTour,
  createMap,
  type Edit,
  type Result,
  removeMany,
  removeStep,
} from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { NO_LOSSES, stepKey, trackStepLosses } from './stepLosses.ts';

function value(result: Result<Edit>): ArgMap {
  if (!result.ok) throw new Error(result.diagnostics[0]?.message);
  return result.value.map;
}

function debate(): ArgMap {
  const map = createMap({ title: 'Chips' }, new Date('2025-01-01T00:00:00Z'));
  for (const [id, kind] of [
    ['q', 'question'],
    ['p', 'position'],
    ['c1', 'claim'],
    ['c2', 'claim'],
  ] as const) {
    map.nodes = map.nodes.set(id, { id, kind, text: `Text of ${id}`, baseScore: 0.5 });
  }
  return value(
    addTour(map, {
      id: 't',
      title: 'Tour',
      steps: [
        { id: 's1', nodes: ['q'] },
        { id: 's2', nodes: ['p', 'c1', 'c2'] },
      ],
    }),
  );
}

describe('trackStepLosses', () => {
  it('remembers which nodes each step lost when they were deleted, with their text', () => {
    const before = debate();
    const after = value(removeMany(before, { nodes: ['c1', 'q'] }));
    const losses = trackStepLosses(before, after, NO_LOSSES);
    expect([...losses]).toEqual([
      [stepKey('t', 's1'), [{ id: 'q', text: 'Text of q' }]],
      [stepKey('t', 's2'), [{ id: 'c1', text: 'Text of c1' }]],
    ]);
    // A later deletion adds to what the step already lost.
    const later = value(removeMany(after, { nodes: ['c2'] }));
    expect(
      trackStepLosses(after, later, losses)
        .get(stepKey('t', 's2'))
        ?.map((lost) => lost.id),
    ).toEqual(['c1', 'c2']);
  });

  it('forgets a loss once the node is back (Undo), and a step once it is removed', () => {
    const before = debate();
    const after = value(removeMany(before, { nodes: ['c1', 'q'] }));
    const losses = trackStepLosses(before, after, NO_LOSSES);
    expect(trackStepLosses(after, before, losses).size).toBe(0);
    const withoutStep = value(removeStep(after, 't', 's1'));
    expect([...trackStepLosses(after, withoutStep, losses).keys()]).toEqual([stepKey('t', 's2')]);
  });

  it('ignores edits that delete nothing, returning what it knew as it was', () => {
    const before = debate();
    const after = value(addStep(before, 't', { nodes: ['c1'] }));
    expect(trackStepLosses(before, after, NO_LOSSES)).toBe(NO_LOSSES);
    // Taking a node out of a step is an edit of the tour, not a deletion from the map.
    const edited = {
      ...after,
      tours: [{ ...(after.tours?.[0] ?? { id: 't', title: 'T', steps: [] }), steps: [] }],
    };
    expect(trackStepLosses(after, edited, NO_LOSSES)).toBe(NO_LOSSES);
  });
});
