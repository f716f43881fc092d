import { exportControlsExample } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { verdictStatuses, verdictStrengths } from './strengths.ts';

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

describe('verdictStatuses', () => {
  it('takes the critique’s accepted / rejected labels, and none for nodes it did not weigh', () => {
    const map = exportControlsExample;
    const statuses = verdictStatuses(map, { q: { status: 'accepted' }, 'p-work': { status: 'rejected' } });
    expect({ ...statuses }).toEqual({ q: 'accepted', 'p-work': 'rejected' });
  });
});
