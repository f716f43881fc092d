import {
  type ArgMap,
  createMap,
  type EdgeKind,
  exportControlsExample,
  generateTour,
  type NodeKind,
  stepView,
  type Tour,
} from '@argmap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROJECTOR_FRAME } from './frame.ts';
import { PROJECTOR_NODE_WIDTH } from './nodeHeights.ts';
import { type Stage, stageLayout } from './stageLayout.ts';

function mapOf(nodes: [string, NodeKind][], edges: [string, EdgeKind, string][]): ArgMap {
  const map = createMap({ title: 'Stage' }, new Date('2025-01-01T00:00:00Z'));
  for (const [id, kind] of nodes) map.nodes = map.nodes.set(id, { id, kind, text: id, baseScore: 0.5 });
  for (const [source, kind, target] of edges) {
    const id = `${source}>${target}`;
    map.edges = map.edges.set(id, { id, kind, source, target });
  }
  return map;
}

// A claim under a position, with four quotes shown two at a time.
const map = mapOf(
  [
    ['p', 'position'],
    ['c', 'claim'],
    ['e1', 'evidence'],
    ['e2', 'evidence'],
    ['e3', 'evidence'],
    ['e4', 'evidence'],
    ['u', 'claim'],
  ],
  [
    ['c', 'supports', 'p'],
    ['e1', 'supports', 'c'],
    ['e2', 'supports', 'c'],
    ['e3', 'opposes', 'c'],
    ['e4', 'supports', 'c'],
    ['u', 'undercuts', 'e1>c'],
  ],
);
const tour: Tour = {
  id: 't',
  title: 't',
  steps: [
    { id: '1', nodes: ['p', 'c'] },
    { id: '2', nodes: ['c', 'e1', 'e2'] },
    { id: '3', nodes: ['c', 'e3', 'e4'] },
    { id: '4', nodes: ['c', 'u'] },
  ],
};
const height = () => 200;
const roomy = { width: 4000, height: 4000 };

function boxesOverlap(stage: Stage, heightOf: (id: string) => number): boolean {
  const ids = stage.shown;
  return ids.some((a, i) =>
    ids.slice(i + 1).some((b) => {
      const pa = stage.positions[a];
      const pb = stage.positions[b];
      if (!pa || !pb) return true;
      const x = Math.min(pa.x, pb.x) + PROJECTOR_NODE_WIDTH - Math.max(pa.x, pb.x);
      const y = Math.min(pa.y + heightOf(a), pb.y + heightOf(b)) - Math.max(pa.y, pb.y);
      return x > 0 && y > 0;
    }),
  );
}

describe('stageLayout', () => {
  it('puts the reasons of a step under the node they bear on, with its parent above when it fits', () => {
    const stage = stageLayout(map, stepView(map, tour, 1), height, roomy);
    expect(stage.shown).toEqual(['p', 'c', 'e1', 'e2']);
    const y = (id: string) => stage.positions[id]?.y ?? Number.NaN;
    expect(y('p')).toBeLessThan(y('c'));
    expect(y('c')).toBeLessThan(y('e1'));
    expect(y('e1')).toBe(y('e2'));
    expect(stage.links.map((link) => link.id).sort()).toEqual(['c>p', 'e1>c', 'e2>c']);
    expect(stage.fits).toBe(true);
  });

  it('leaves the parent out when three rows do not fit, and keeps earlier quotes beside the new ones', () => {
    const twoRows = { width: 4000, height: 200 * 2 + 100 };
    const stage = stageLayout(map, stepView(map, tour, 2), height, twoRows);
    // e1 and e2 were shown a step ago under the same claim: they stay, beside e3 and e4.
    expect(stage.shown).toEqual(['c', 'e1', 'e2', 'e3', 'e4']);
    // Supports left of objections.
    expect(stage.positions.e4?.x).toBeLessThan(stage.positions.e3?.x ?? Number.NaN);
    expect(stage.fits).toBe(true);
  });

  it('shows earlier quotes all or none: never some of them, as if the others had gone', () => {
    const narrow = { width: PROJECTOR_NODE_WIDTH * 3, height: 500 };
    const stage = stageLayout(map, stepView(map, tour, 2), height, narrow);
    expect(stage.shown).toEqual(['c', 'e3', 'e4']);
  });

  it('hangs an undercut under the node its edge points at, drawn as an undercut', () => {
    const stage = stageLayout(map, stepView(map, tour, 3), height, { width: 4000, height: 500 });
    expect(stage.links.find((link) => link.source === 'u')).toMatchObject({ kind: 'undercuts', target: 'c' });
    expect(stage.positions.u?.y).toBeGreaterThan(stage.positions.c?.y ?? Number.NaN);
  });

  it("hangs a reason under the step's node rather than under the context, and draws no loops", () => {
    const rivals = mapOf(
      [
        ['sputnik', 'position'],
        ['potemkin', 'position'],
        ['cheap', 'claim'],
      ],
      [
        ['potemkin', 'opposes', 'sputnik'],
        ['cheap', 'supports', 'sputnik'],
        ['cheap', 'opposes', 'potemkin'],
      ],
    );
    const both: Tour = {
      id: 't',
      title: 't',
      steps: [
        { id: '1', nodes: ['sputnik', 'cheap', 'potemkin'] },
        { id: '2', nodes: ['potemkin', 'cheap'] },
      ],
    };
    const second = stageLayout(rivals, stepView(rivals, both, 1), height, roomy);
    expect(second.shown).toEqual(['sputnik', 'potemkin', 'cheap']);
    expect(second.links.map((link) => link.id).sort()).toEqual(['cheap>potemkin', 'potemkin>sputnik']);
    // In the first step "cheap" and "potemkin" share a row: the line between them would loop.
    const first = stageLayout(rivals, stepView(rivals, both, 0), height, roomy);
    expect(first.positions.cheap?.y).toBe(first.positions.potemkin?.y);
    expect(first.links.map((link) => link.id).sort()).toEqual(['cheap>sputnik', 'potemkin>sputnik']);
  });

  it('lays out a step too big to fit all the same, and says it does not fit', () => {
    const stage = stageLayout(map, stepView(map, tour, 2), height, { width: 300, height: 300 });
    expect(stage.shown).toEqual(['c', 'e3', 'e4']);
    expect(stage.fits).toBe(false);
  });

  it('centres the stage on (0, 0), so the camera barely moves between steps', () => {
    const stage = stageLayout(map, stepView(map, tour, 0), height, roomy);
    const xs = stage.shown.map((id) => stage.positions[id]?.x ?? 0);
    const ys = stage.shown.map((id) => stage.positions[id]?.y ?? 0);
    expect(Math.min(...xs) + Math.max(...xs) + PROJECTOR_NODE_WIDTH).toBeCloseTo(0);
    expect(Math.min(...ys) + Math.max(...ys) + 200).toBeCloseTo(0);
  });

  it('never overlaps two boxes, on any step of the example tour', () => {
    const example = exportControlsExample;
    // The full tour: every node of the example, in every kind of step the generator makes.
    const generated = generateTour(example, { length: 'full' });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: generated.steps.length - 1 }),
        fc.integer({ min: 120, max: 600 }),
        (index, tallest) => {
          const heightOf = (id: string) => 100 + ((id.length * 37) % tallest);
          const stage = stageLayout(example, stepView(example, generated, index), heightOf, PROJECTOR_FRAME);
          expect(boxesOverlap(stage, heightOf)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});
