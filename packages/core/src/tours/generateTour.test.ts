import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportControlsExample } from '../examples/exportControls.ts';
import { createMap } from '../model/createMap.ts';
import type { ArgMap, EdgeKind, NodeKind } from '../model/types.ts';
import { checkTour, nodesNotInTour } from './checkTour.ts';
import { generateTour, shortText, TOUR_LENGTH_STEPS } from './generateTour.ts';
import { debate, mapOf } from './testMaps.ts';

describe('generateTour, full length', () => {
  const full = { length: 'full' } as const;
  it('starts with the question, then each position with its strongest reasons, then the evidence', () => {
    const tour = generateTour(debate(), full);
    expect(tour.steps.map((step) => [step.title, step.nodes])).toEqual([
      ['The question', ['q']],
      ['Text of p1', ['p1', 'c-strong', 'c-against']],
      ['Text of p2', ['p2']],
      ['Evidence: Text of c-strong', ['c-strong', 'ev1']],
      ['Reasons: Text of c-mid', ['c-mid']],
      ['Reasons: Text of c-weak', ['c-weak']],
      ['Evidence: Text of c-against', ['c-against', 'ev2']],
      ['Reasons: Text of c-under', ['c-under']],
      ['Evidence: Text of p2', ['p2', 'ev3']],
      ['The verdict', ['q', 'p1', 'p2']],
    ]);
    expect(generateTour(debate(), { ...full, reasonsPerSide: 2 }).steps[1]?.nodes).toEqual([
      'p1',
      'c-strong',
      'c-mid',
      'c-against',
      'c-under',
    ]);
  });

  it('picks the strongest reasons by the given strength, not the base score', () => {
    const strength = (id: string) => (id === 'c-weak' ? 1 : 0);
    const tour = generateTour(debate(), { ...full, strength, reasonsPerSide: 1 });
    expect(tour.steps[1]?.nodes).toEqual(['p1', 'c-weak', 'c-against']);
  });

  it('splits a reason with many quotes into steps that each keep the reason in view', () => {
    const evidence = ['e1', 'e2', 'e3', 'e4', 'e5'];
    const map = mapOf(
      [
        ['q', 'question'],
        ['p', 'position'],
        ['c', 'claim'],
        ...evidence.map((id): [string, 'evidence'] => [id, 'evidence']),
      ],
      [
        ['p', 'supports', 'q'],
        ['c', 'supports', 'p'],
        ...evidence.map((id): [string, 'supports', string] => [id, 'supports', 'c']),
      ],
    );
    const tour = generateTour(map, { ...full, evidencePerStep: 2 });
    expect(tour.steps.slice(2, -1).map((step) => [step.title, step.nodes])).toEqual([
      ['Evidence: Text of c (1/3)', ['c', 'e1', 'e2']],
      ['Evidence: Text of c (2/3)', ['c', 'e3', 'e4']],
      ['Evidence: Text of c (3/3)', ['c', 'e5']],
    ]);
  });

  it('gives deeper reasons steps of their own, under the node they bear on', () => {
    const map = mapOf(
      [
        ['q', 'question'],
        ['p', 'position'],
        ['c', 'claim'],
        ['sub', 'claim'],
        ['e1', 'evidence'],
        ['e2', 'evidence'],
        ['e3', 'evidence'],
      ],
      [
        ['p', 'supports', 'q'],
        ['c', 'supports', 'p'],
        ['e1', 'supports', 'c'],
        ['sub', 'opposes', 'c'],
        ['e2', 'supports', 'sub'],
        ['e3', 'opposes', 'sub'],
      ],
    );
    expect(
      generateTour(map, full)
        .steps.slice(2, -1)
        .map((step) => [step.title, step.nodes]),
    ).toEqual([
      ['Evidence: Text of c', ['c', 'e1', 'sub']],
      ['Evidence: Text of sub', ['sub', 'e2', 'e3']],
    ]);
  });

  it('reaches what hangs off the question or off nothing in steps titled "Also on the map"', () => {
    const map = mapOf(
      [
        ['q', 'question'],
        ['p', 'position'],
        ['u', 'claim'],
        ['e', 'evidence'],
        ['alone', 'claim'],
      ],
      [
        ['p', 'supports', 'q'],
        ['u', 'undercuts', 'p>q'],
        ['e', 'supports', 'u'],
      ],
    );
    expect(
      generateTour(map, full)
        .steps.slice(2)
        .map((step) => [step.title, step.nodes]),
    ).toEqual([
      ['Also on the map: Text of u', ['q', 'u']],
      ['Also on the map: Text of u', ['u', 'e']],
      ['Also on the map', ['alone']],
      ['The verdict', ['q', 'p']],
    ]);
  });

  it('keeps generated titles to one line of the projector header, part number included', () => {
    for (const step of generateTour(exportControlsExample, full).steps) {
      expect(step.title?.length).toBeLessThanOrEqual(64);
    }
    expect(generateTour(exportControlsExample, full).steps.map((step) => step.title)).toContain(
      "Evidence: China's AI industry as a whole has nearly… (2/2)",
    );
  });

  it('titles steps with the short part of long texts', () => {
    expect(shortText('Export controls work: they slow China down')).toBe('Export controls work');
    expect(shortText(`${'a'.repeat(35)} ${'b'.repeat(40)}`)).toBe(`${'a'.repeat(35)}…`);
    expect(shortText('Short')).toBe('Short');
  });

  it('walks the example map question first, in small steps, and ends on the verdict', () => {
    const map = exportControlsExample;
    const tour = generateTour(map, full);
    expect(tour.title).toBe(map.meta.title);
    expect(tour.steps[0]?.nodes).toEqual(['q']);
    const positions = map.nodes.toArray().filter((node) => node.kind === 'position');
    expect(tour.steps.at(-1)?.nodes).toEqual(['q', ...positions.map((node) => node.id)]);
    expect(nodesNotInTour(map, tour)).toEqual([]);
    // Small enough for a projector: a node and at most two of its reasons before the verdict.
    for (const step of tour.steps.slice(0, -1)) expect(step.nodes.length).toBeLessThanOrEqual(3);
    expect(checkTour(map, tour)).toEqual([]);
  });

  it('gives an empty map an empty tour, and a new id next to existing tours', () => {
    const map = createMap();
    map.tours = [{ id: 'tour-1', title: 'Old', steps: [] }];
    expect(generateTour(map, full)).toEqual({ id: 'tour-2', title: 'Untitled map', steps: [] });
  });

  it('starts at the positions when the map has no question', () => {
    const tour = generateTour(
      mapOf(
        [
          ['a', 'position'],
          ['b', 'claim'],
        ],
        [['b', 'supports', 'a']],
      ),
      full,
    );
    expect(tour.steps.map((step) => step.nodes)).toEqual([['a', 'b'], ['a']]);
  });
});

describe('generateTour, sized for a lesson', () => {
  it('by default spends ten steps: the question, each position, a claim of each with its evidence, the verdict', () => {
    const tour = generateTour(debate());
    expect(tour.steps.map((step) => [step.title, step.nodes])).toEqual([
      ['The question', ['q']],
      ['Text of p1', ['p1', 'c-strong', 'c-against']],
      ['Evidence: Text of c-strong', ['c-strong', 'ev1']],
      ['Evidence: Text of c-against', ['c-against', 'ev2']],
      ['Reasons: Text of p1', ['p1', 'c-mid', 'c-under', 'c-weak']],
      ['Text of p2', ['p2']],
      ['Evidence: Text of p2', ['p2', 'ev3']],
      ['The verdict', ['q', 'p1', 'p2']],
    ]);
    expect(tour.steps.at(-1)?.notes).toMatch(/Accepted or rejected|accepted or rejected/);
  });

  it('gives every position its first claim before any position gets a second', () => {
    const tour = generateTour(debate(), { length: 5 });
    expect(tour.steps.map((step) => step.nodes)).toEqual([
      ['q'],
      ['p1', 'c-strong', 'c-against'],
      ['c-strong', 'ev1'],
      ['p2'],
      ['q', 'p1', 'p2'],
    ]);
    expect(generateTour(debate(), { length: 6 }).steps.map((step) => step.nodes[0])).toEqual([
      'q',
      'p1',
      'c-strong',
      'p2',
      'p2',
      'q',
    ]);
  });

  it('shows a claim with its evidence first, strongest first, three to a step', () => {
    const map = mapOf(
      [
        ['q', 'question'],
        ['p', 'position'],
        ['c', 'claim'],
        ['sub', 'claim', 0.9],
        ['e1', 'evidence', 0.1],
        ['e2', 'evidence', 0.8],
        ['e3', 'evidence', 0.5],
        ['e4', 'evidence', 0.3],
      ],
      [
        ['p', 'supports', 'q'],
        ['c', 'supports', 'p'],
        ['sub', 'supports', 'c'],
        ['e1', 'supports', 'c'],
        ['e2', 'supports', 'c'],
        ['e3', 'opposes', 'c'],
        ['e4', 'supports', 'c'],
      ],
    );
    expect(generateTour(map).steps[2]).toMatchObject({
      title: 'Evidence: Text of c',
      nodes: ['c', 'e2', 'e3', 'e4'],
    });
  });

  it('short, medium and full tours of the example map: 6, 10 and every node', () => {
    const map = exportControlsExample;
    expect(generateTour(map, { length: 'short' }).steps).toHaveLength(TOUR_LENGTH_STEPS.short);
    const medium = generateTour(map);
    expect(medium.steps).toHaveLength(TOUR_LENGTH_STEPS.medium);
    expect(medium.steps.map((step) => step.title)).toEqual([
      'The question',
      'Export controls work',
      'Evidence: China cannot get the millions of top chips frontier…',
      'Export controls backfire',
      'Evidence: Scarcity is a catalyst',
      'Sputnik moment',
      'Evidence: DeepSeek matched leading US models with a fraction…',
      'Potemkin moment',
      "Evidence: DeepSeek's feat rests on Nvidia chips stockpiled…",
      'The verdict',
    ]);
    expect(checkTour(map, medium)).toEqual([]);
    expect(nodesNotInTour(map, generateTour(map, { length: 'full' }))).toEqual([]);
  });

  it('groups the positions a few to a step when there are more positions than steps', () => {
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5'];
    const map = mapOf(
      [['q', 'question'], ...ids.map((id): [string, 'position'] => [id, 'position'])],
      ids.map((id): [string, 'supports', string] => [id, 'supports', 'q']),
    );
    expect(generateTour(map, { length: 4 }).steps.map((step) => [step.title, step.nodes])).toEqual([
      ['The question', ['q']],
      ['The answers (1/2)', ['p1', 'p2', 'p3']],
      ['The answers (2/2)', ['p4', 'p5']],
      ['The verdict', ['q', ...ids]],
    ]);
    expect(generateTour(map, { length: 1 }).steps.map((step) => step.title)).toEqual(['The verdict']);
  });

  it('without positions, walks the reasons that bear on the question', () => {
    const map = mapOf(
      [
        ['q', 'question'],
        ['c', 'claim'],
        ['e', 'evidence'],
      ],
      [
        ['c', 'supports', 'q'],
        ['e', 'supports', 'c'],
      ],
    );
    expect(generateTour(map).steps.map((step) => step.nodes)).toEqual([['q'], ['c'], ['c', 'e'], ['q']]);
  });
});

const lengths = fc.oneof(
  fc.constantFrom('short' as const, 'medium' as const, 'full' as const),
  fc.integer({ min: 1, max: 15 }),
);

const kinds: NodeKind[] = ['question', 'position', 'claim', 'evidence'];
const edgeKinds: EdgeKind[] = ['supports', 'opposes', 'undercuts'];

/** Random maps of up to 12 nodes, with edges (and undercuts) between any of them. */
const arbitraryMap: fc.Arbitrary<ArgMap> = fc
  .array(fc.tuple(fc.constantFrom(...kinds), fc.double({ min: 0, max: 1, noNaN: true })), {
    minLength: 0,
    maxLength: 12,
  })
  .chain((nodes) =>
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...edgeKinds), fc.nat()), { maxLength: 20 }).map((edges) => {
      const ids = nodes.map((_, i) => `n${i}`);
      const built = mapOf(nodes.map(([kind, score], i) => [`n${i}`, kind, score]));
      if (ids.length === 0) return built;
      const edgeIds: string[] = [];
      for (const [s, kind, t] of edges) {
        const source = ids[s % ids.length] as string;
        const target = kind === 'undercuts' ? edgeIds[t % Math.max(1, edgeIds.length)] : ids[t % ids.length];
        if (target === undefined || source === target) continue;
        const id = `e${edgeIds.length}`;
        built.edges = built.edges.set(id, { id, kind, source, target });
        if (kind !== 'undercuts') edgeIds.push(id);
      }
      return built;
    }),
  );

describe('generateTour on any map', () => {
  it('full length: reveals every node, names only real nodes and passes the tour checks', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const tour = generateTour(map, { length: 'full' });
        expect(nodesNotInTour(map, tour)).toEqual([]);
        const codes = checkTour(map, tour).map((d) => d.code);
        expect(codes).toEqual([...map.nodes.keys()].length === 0 ? ['empty-tour'] : []);
      }),
    );
  });

  it('has at most its target number of steps, each naming only nodes of the map, and ends on the verdict', () => {
    fc.assert(
      fc.property(arbitraryMap, lengths, (map, length) => {
        const tour = generateTour(map, { length });
        const target =
          typeof length === 'number' ? length : length === 'full' ? Infinity : TOUR_LENGTH_STEPS[length];
        expect(tour.steps.length).toBeLessThanOrEqual(target);
        for (const step of tour.steps) {
          expect(step.nodes.length).toBeGreaterThan(0);
          for (const id of step.nodes) expect(map.nodes.has(id)).toBe(true);
        }
        const verdict = map.nodes
          .toArray()
          .filter((node) => node.kind === 'question' || node.kind === 'position')
          .map((node) => node.id);
        if (verdict.length > 0) expect([...(tour.steps.at(-1)?.nodes ?? [])].sort()).toEqual(verdict.sort());
        else if (map.nodes.size > 0 && length !== 'full') expect(tour.steps.length).toBeGreaterThan(0);
        expect(checkTour(map, tour).filter((d) => d.code !== 'empty-tour')).toEqual([]);
      }),
    );
  });

  it('introduces something new at every step but the last, and is deterministic', () => {
    fc.assert(
      fc.property(arbitraryMap, lengths, (map, length) => {
        const tour = generateTour(map, { length });
        const seen = new Set<string>();
        tour.steps.slice(0, -1).forEach((step) => {
          expect(step.nodes.some((id) => !seen.has(id))).toBe(true);
          for (const id of step.nodes) seen.add(id);
        });
        expect(generateTour(map, { length })).toEqual(tour);
      }),
    );
  });
});
