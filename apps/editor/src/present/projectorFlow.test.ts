import { exportControlsExample, generateTour, stepView, type Tour } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { PROJECTOR_FRAME } from './frame.ts';
import { projectorFlow } from './projectorFlow.ts';

const map = exportControlsExample;
const tour = generateTour(map);

function ids(flow: ReturnType<typeof projectorFlow>, appearance: 'focused' | 'shown') {
  return flow.nodes.filter((node) => node.data.appearance === appearance).map((node) => node.id);
}

describe('projectorFlow', () => {
  it('shows only the question at the first step', () => {
    const flow = projectorFlow(map, tour, 0);
    expect(flow.nodes.map((node) => node.id)).toEqual(['q']);
    expect(ids(flow, 'focused')).toEqual(['q']);
    expect(flow.edges).toEqual([]);
    expect(flow.fits).toBe(true);
  });

  it('focuses the step, shows the node it bears on dimmed, and draws the lines between them', () => {
    const flow = projectorFlow(map, tour, 1);
    const step = tour.steps[1]?.nodes ?? [];
    expect(ids(flow, 'focused').sort()).toEqual([...step].sort());
    expect(ids(flow, 'shown')).toEqual(['q']);
    const current = flow.edges.filter((edge) => edge.className?.includes('projector-edge--current'));
    expect(current.map((edge) => edge.source).sort()).toEqual(step.slice(1).sort());
    for (const edge of flow.edges) {
      expect([...step, 'q']).toContain(edge.source);
      expect([...step, 'q']).toContain(edge.target);
    }
  });

  it('never puts a node not yet revealed, or its text, on the stage', () => {
    tour.steps.forEach((_, index) => {
      const revealed = new Set(stepView(map, tour, index).revealed);
      for (const node of projectorFlow(map, tour, index).nodes) expect(revealed.has(node.id)).toBe(true);
    });
  });

  it('fits every step of the example tours (generated lesson-sized and full, and its own) on a 1920×1080 projector at full size', () => {
    for (const generated of [
      tour,
      generateTour(map, { length: 'full' }),
      generateTour(map, { length: 'short' }),
      ...(map.tours ?? []),
    ]) {
      const unfit = generated.steps.flatMap((_, index) =>
        projectorFlow(map, generated, index).fits ? [] : [index + 1],
      );
      expect(unfit, generated.title).toEqual([]);
    }
    const strengths = Object.fromEntries([...map.nodes.keys()].map((id) => [id, 0.5]));
    expect(projectorFlow(map, tour, tour.steps.length - 1, { strengths }).fits).toBe(true);
  });

  it('zooms out (does not fit) for a step of the whole map', () => {
    const whole: Tour = { id: 't', title: 't', steps: [{ id: 's', nodes: [...map.nodes.keys()] }] };
    const flow = projectorFlow(map, whole, 0, { frame: PROJECTOR_FRAME });
    expect(flow.fits).toBe(false);
    expect(flow.nodes).toHaveLength([...map.nodes.keys()].length);
  });

  it('shows evidence quotes with their citation, and strengths only when given', () => {
    const evidenceId = [...map.nodes.keys()].find((id) => map.nodes.get(id)?.kind === 'evidence') as string;
    const all: Tour = { id: 't', title: 't', steps: [{ id: 's', nodes: [evidenceId] }] };
    const plain = projectorFlow(map, all, 0).nodes.find((node) => node.id === evidenceId);
    expect(plain?.data.quote).toBe(map.nodes.get(evidenceId)?.evidence?.quote);
    expect(plain?.data.citation).toContain(map.nodes.get(evidenceId)?.evidence?.source.speaker ?? '');
    expect(plain?.data.strength).toBeUndefined();
    const withVerdict = projectorFlow(map, all, 0, { strengths: { [evidenceId]: 0.8 } });
    expect(withVerdict.nodes.find((node) => node.id === evidenceId)?.data.strength).toBe(0.8);
  });
});
