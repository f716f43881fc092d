import { describe, expect, it } from 'vitest';
import type { Tour } from '../model/types.ts';
import { appearance, stepView } from './reveal.ts';
import { debate } from './testMaps.ts';

const tour: Tour = {
  id: 't',
  title: 'T',
  steps: [
    { id: 's1', nodes: ['q'] },
    { id: 's2', nodes: ['p1', 'c-strong', 'gone'] },
    { id: 's3', nodes: ['p1', 'p2'] },
  ],
};

describe('stepView', () => {
  it('reveals nodes cumulatively and focuses the current step', () => {
    const view = stepView(debate(), tour, 1);
    expect(view).toEqual({
      index: 1,
      revealed: ['q', 'p1', 'c-strong'],
      focused: ['p1', 'c-strong'],
      introduced: ['p1', 'c-strong'],
    });
    expect(appearance(view, 'q')).toBe('shown');
    expect(appearance(view, 'p1')).toBe('focused');
    expect(appearance(view, 'p2')).toBe('hidden');
  });

  it('counts only new nodes as introduced when a step returns to one already shown', () => {
    expect(stepView(debate(), tour, 2).introduced).toEqual(['p2']);
  });

  it('clamps the index into the tour and skips ids that are not on the map', () => {
    expect(stepView(debate(), tour, 99).index).toBe(2);
    expect(stepView(debate(), tour, -3).focused).toEqual(['q']);
    expect(stepView(debate(), tour, 1).revealed).not.toContain('gone');
  });

  it('shows nothing for an empty tour', () => {
    expect(stepView(debate(), { id: 't', title: 'T', steps: [] }, 0)).toEqual({
      index: 0,
      revealed: [],
      focused: [],
      introduced: [],
    });
  });
});
