import { exportControlsExample, generateTour, type Tour } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { projectorFlow } from './projectorFlow.ts';

const map = exportControlsExample;
const tour = generateTour(map);

function byAppearance(flow: ReturnType<typeof projectorFlow>) {
  const out: Record<string, string[]> = {};
  for (const node of flow.nodes) {
    out[node.data.appearance] = [...(out[node.data.appearance] ?? []), node.id];
  }
  return out;
}

describe('projectorFlow', () => {
  it('shows only the question at the first step, the rest hidden and without text', () => {
    const flow = projectorFlow(map, tour, 0);
    const groups = byAppearance(flow);
    expect(groups.focused).toEqual(['q']);
    expect(groups.shown).toBeUndefined();
    expect(flow.nodes.filter((node) => !node.hidden).map((node) => node.id)).toEqual(['q']);
    expect(flow.nodes.filter((node) => node.hidden).every((node) => node.data.text === '')).toBe(true);
    expect(flow.edges).toEqual([]);
    expect(flow.focus).toEqual(['q']);
  });

  it('keeps earlier nodes shown, focuses the step and draws edges between revealed nodes', () => {
    const flow = projectorFlow(map, tour, 1);
    const step = tour.steps[1]?.nodes ?? [];
    expect(byAppearance(flow).focused?.sort()).toEqual([...step].sort());
    expect(byAppearance(flow).shown).toEqual(['q']);
    const current = flow.edges.filter((edge) => edge.className?.includes('projector-edge--current'));
    expect(current.length).toBeGreaterThan(0);
    for (const edge of flow.edges) {
      expect([...step, 'q']).toContain(edge.source);
      expect([...step, 'q']).toContain(edge.target);
    }
  });

  it('draws unrevealed nodes as text-less ghosts when asked', () => {
    const flow = projectorFlow(map, tour, 0, { unrevealed: 'ghost' });
    const ghost = flow.nodes.find((node) => node.id !== 'q');
    expect(ghost?.data).toMatchObject({ appearance: 'ghost', text: '' });
    expect(ghost?.hidden).toBe(false);
  });

  it('shows evidence quotes with their citation, and strengths only when given', () => {
    const evidenceId = Object.keys(map.nodes).find((id) => map.nodes[id]?.kind === 'evidence') as string;
    const all: Tour = { id: 't', title: 't', steps: [{ id: 's', nodes: [evidenceId] }] };
    const plain = projectorFlow(map, all, 0).nodes.find((node) => node.id === evidenceId);
    expect(plain?.data.quote).toBe(map.nodes[evidenceId]?.evidence?.quote);
    expect(plain?.data.citation).toContain(map.nodes[evidenceId]?.evidence?.source.speaker ?? '');
    expect(plain?.data.strength).toBeUndefined();
    const withVerdict = projectorFlow(map, all, 0, { strengths: { [evidenceId]: 0.8 } });
    expect(withVerdict.nodes.find((node) => node.id === evidenceId)?.data.strength).toBe(0.8);
  });
});
