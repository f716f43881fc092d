import { describe, expect, it } from 'vitest';
import { checkTours, nodesNotInTour } from './checkTour.ts';
import { debate } from './testMaps.ts';

describe('checkTours', () => {
  it('finds duplicate ids, empty steps, missing and repeated nodes, with their paths', () => {
    const map = debate();
    map.tours = [
      { id: 'a', title: 'First', steps: [] },
      {
        id: 'a',
        title: 'Second',
        steps: [
          { id: 's1', title: 'Start', nodes: ['q', 'deleted', 'q'] },
          { id: 's1', nodes: [] },
        ],
      },
    ];
    expect(checkTours(map).map((d) => [d.severity, d.code, d.path])).toEqual([
      ['warning', 'empty-tour', ['tours', 0, 'steps']],
      ['error', 'duplicate-tour-id', ['tours', 1, 'id']],
      ['warning', 'tour-unknown-node', ['tours', 1, 'steps', 0, 'nodes', 1]],
      ['warning', 'duplicate-step-node', ['tours', 1, 'steps', 0, 'nodes', 2]],
      ['error', 'duplicate-step-id', ['tours', 1, 'steps', 1, 'id']],
      ['warning', 'empty-step', ['tours', 1, 'steps', 1, 'nodes']],
    ]);
    expect(checkTours(map)[2]?.message).toContain('"deleted"');
  });

  it('is silent for a map without tours', () => {
    expect(checkTours(debate())).toEqual([]);
  });
});

describe('nodesNotInTour', () => {
  it('lists what the class would never see', () => {
    const tour = { id: 't', title: 'T', steps: [{ id: 's', nodes: ['q', 'p1', 'p2'] }] };
    expect(nodesNotInTour(debate(), tour)).toEqual([
      'c-weak',
      'c-strong',
      'c-mid',
      'c-against',
      'c-under',
      'ev1',
      'ev2',
      'ev3',
    ]);
  });
});
