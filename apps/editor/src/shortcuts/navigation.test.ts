import type { Point } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { smallDebate } from '../test/smallMap.ts';
import { neighbour } from './navigation.ts';

// As the layout draws smallDebate: the question on top, "Ban them" left, "Keep them" right, the
// evidence under "Ban them".
const positions: Record<string, Point> = {
  q: { x: 100, y: 0 },
  yes: { x: 0, y: 150 },
  no: { x: 200, y: 150 },
  ev: { x: 0, y: 300 },
};
const at = (id: string) => positions[id];
const none = new Set<string>();

describe('arrow-key navigation', () => {
  const map = smallDebate();
  it('goes up to what a node argues for and down to its reasons', () => {
    expect(neighbour(map, none, at, 'ev', 'up')).toBe('yes');
    expect(neighbour(map, none, at, 'yes', 'up')).toBe('q');
    expect(neighbour(map, none, at, 'q', 'up')).toBeUndefined();
    expect(neighbour(map, none, at, 'yes', 'down')).toBe('ev');
    expect(neighbour(map, none, at, 'ev', 'down')).toBeUndefined();
  });

  it('goes down to the reason nearest across, so Up then Down comes back', () => {
    expect(neighbour(map, none, at, 'q', 'down')).toBe('yes');
    expect(neighbour(map, none, (id) => (id === 'q' ? { x: 190, y: 0 } : at(id)), 'q', 'down')).toBe('no');
  });

  it('goes left and right among the nodes under the same parent, in drawn order', () => {
    expect(neighbour(map, none, at, 'yes', 'right')).toBe('no');
    expect(neighbour(map, none, at, 'no', 'left')).toBe('yes');
    expect(neighbour(map, none, at, 'no', 'right')).toBeUndefined();
    expect(neighbour(map, none, at, 'q', 'right')).toBeUndefined();
  });

  it('skips nodes hidden in a collapsed branch', () => {
    expect(neighbour(map, new Set(['ev']), at, 'yes', 'down')).toBeUndefined();
  });
});
