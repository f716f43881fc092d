import { describe, expect, it } from 'vitest';
import { after, smallMap } from '../../test/maps.ts';
import { exportControlsExample } from '../examples/exportControls.ts';
import { connect } from '../operations/edges.ts';
import { addNode } from '../operations/nodes.ts';
import { evidenceBeneath } from './evidence.ts';
import { opponents, supporters, targets, undercutters } from './relations.ts';
import { normalizeText, searchNodes } from './search.ts';
import { mapStats } from './stats.ts';
import { orphans, roots } from './structure.ts';

const ids = (list: { node: { id: string } }[] | { id: string }[]) =>
  list.map((item) => ('node' in item ? item.node.id : item.id));

describe('relations', () => {
  it('finds direct supporters, opponents, undercutters and targets', () => {
    const map = smallMap();
    expect(ids(supporters(map, 'q'))).toEqual(['p1']);
    expect(ids(opponents(map, 'q'))).toEqual(['p2']);
    expect(ids(undercutters(map, 'e-c1-p1'))).toEqual(['c2']);
    expect(ids(targets(map, 'c1'))).toEqual(['p1']);
    expect(supporters(map, 'nope')).toEqual([]);
  });
});

describe('evidenceBeneath', () => {
  it('walks down transitively and tracks whether the evidence argues for or against', () => {
    let map = smallMap();
    // A second piece of evidence undercutting the support c1 → p1: it argues against p1.
    map = after(addNode(map, { kind: 'evidence', id: 'ev2' }));
    map = after(connect(map, { kind: 'supports', source: 'ev2', target: 'c2', id: 'e-ev2-c2' }));
    expect(evidenceBeneath(map, 'p1').map(({ node, depth, stance }) => [node.id, depth, stance])).toEqual([
      ['ev1', 2, 'for'],
      ['ev2', 3, 'against'],
    ]);
    expect(evidenceBeneath(map, 'q').map((item) => [item.node.id, item.stance])).toEqual([
      ['ev1', 'for'],
      ['ev2', 'against'],
    ]);
  });

  it('terminates on cycles and reports each evidence node once', () => {
    let map = smallMap();
    map = after(connect(map, { kind: 'opposes', source: 'p1', target: 'ev1', id: 'back' }));
    map = after(connect(map, { kind: 'supports', source: 'q', target: 'c1', id: 'loop' }));
    expect(ids(evidenceBeneath(map, 'c1'))).toEqual(['ev1']);
    expect(evidenceBeneath(map, 'missing')).toEqual([]);
  });
});

describe('roots and orphans', () => {
  it('finds nodes that bear on nothing, and nodes with no edges', () => {
    const map = after(addNode(smallMap(), { kind: 'claim', id: 'loose' }));
    expect(ids(roots(map))).toEqual(['q', 'loose']);
    expect(ids(orphans(map))).toEqual(['loose']);
  });
});

describe('searchNodes', () => {
  it('ignores case and accents, and needs every word somewhere in the node', () => {
    let map = smallMap();
    map = after(addNode(map, { kind: 'claim', id: 'fr', text: 'Une ÉTUDE récente', tags: ['Europe'] }));
    expect(ids(searchNodes(map, 'etude recente'))).toEqual(['fr']);
    expect(searchNodes(map, 'étude europe')).toEqual([
      { node: map.nodes.get('fr'), fields: ['text', 'tags'] },
    ]);
    expect(searchNodes(map, 'etude asia')).toEqual([]);
    expect(searchNodes(map, '   ')).toEqual([]);
  });

  it('searches quotes and speakers, and can be narrowed to fields', () => {
    const map = smallMap();
    expect(searchNodes(map, 'funding')).toEqual([{ node: map.nodes.get('ev1'), fields: ['quote'] }]);
    expect(ids(searchNodes(map, 'liang', ['speaker']))).toEqual(['ev1']);
    expect(searchNodes(map, 'chips', ['speaker'])).toEqual([]);
  });

  it('finds the example map’s evidence by speaker', () => {
    const hits = searchNodes(exportControlsExample, 'amodei', ['speaker']);
    expect(hits.length).toBeGreaterThan(0);
    expect(
      hits.every((hit) => normalizeText(hit.node.evidence?.source.speaker ?? '').includes('amodei')),
    ).toBe(true);
  });
});

describe('mapStats', () => {
  it('counts kinds, evidence per position and untraceable evidence', () => {
    const map = after(addNode(smallMap(), { kind: 'evidence', id: 'bare' }));
    expect(mapStats(map)).toEqual({
      nodes: { question: 1, position: 2, claim: 2, evidence: 2 },
      edges: { supports: 3, opposes: 1, undercuts: 1 },
      evidencePerPosition: [
        { id: 'p1', text: 'Export controls work', evidence: 1, for: 1, against: 0 },
        { id: 'p2', text: 'Export controls backfire', evidence: 0, for: 0, against: 0 },
      ],
      unsourcedEvidence: ['ev1', 'bare'],
      unquotedEvidence: ['bare'],
      orphans: ['bare'],
    });
  });
});
