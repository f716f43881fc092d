import { type ArgMap, fromDocument } from '@argmap/core';

/** A four-node debate for component tests: a question, two positions and one piece of evidence. */
export function smallDebate(): ArgMap {
  return fromDocument({
    format: 'argmap',
    version: 2,
    meta: { title: 'Phones in schools' },
    nodes: {
      q: { id: 'q', kind: 'question', text: 'Should schools ban phones?', baseScore: 0.5 },
      yes: { id: 'yes', kind: 'position', text: 'Ban them', baseScore: 0.5 },
      no: { id: 'no', kind: 'position', text: 'Keep them', baseScore: 0.5 },
      ev: {
        id: 'ev',
        kind: 'evidence',
        text: 'Scores rose after bans',
        baseScore: 0.8,
        evidence: {
          quote: 'Test scores rose by 6.4%.',
          kind: 'study',
          source: { speaker: 'Beland', outlet: 'LSE' },
        },
      },
    },
    edges: {
      e1: { id: 'e1', kind: 'supports', source: 'yes', target: 'q' },
      e2: { id: 'e2', kind: 'opposes', source: 'no', target: 'q' },
      e3: { id: 'e3', kind: 'supports', source: 'ev', target: 'yes' },
    },
  });
}
