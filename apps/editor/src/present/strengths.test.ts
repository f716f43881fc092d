import { exportControlsExample } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { verdictStrengths } from './strengths.ts';

describe('verdictStrengths', () => {
  it('takes the critique’s strengths and falls back to base scores for nodes it did not weigh', () => {
    const map = exportControlsExample;
    const strengths = verdictStrengths(map, { q: { strength: 0.91 } });
    expect(strengths.q).toBe(0.91);
    const other = [...map.nodes.keys()].find((id) => id !== 'q') as string;
    expect(strengths[other]).toBe(map.nodes.get(other)?.baseScore);
    expect(Object.keys(strengths)).toHaveLength([...map.nodes.keys()].length);
  });
});
