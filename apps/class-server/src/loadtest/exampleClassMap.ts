/**
 * The map the load test starts its class from: a question with two positions, the shape every
 * class map starts with.
 *
 * @module
 */

import type { ArgMapDocument } from '@argmap/core';

/** A question `q` with positions `p1` (supports) and `p2` (opposes). */
export function exampleClassMap(): ArgMapDocument {
  return {
    format: 'argmap',
    version: 2,
    meta: { title: 'Do export controls on AI chips work?' },
    nodes: {
      q: { id: 'q', kind: 'question', text: 'Do export controls on AI chips work?', baseScore: 0.5 },
      p1: { id: 'p1', kind: 'position', text: 'Yes: they slow China down', baseScore: 0.5 },
      p2: { id: 'p2', kind: 'position', text: 'No: they speed up China’s own chips', baseScore: 0.5 },
    },
    edges: {
      'e-p1': { id: 'e-p1', kind: 'supports', source: 'p1', target: 'q' },
      'e-p2': { id: 'e-p2', kind: 'opposes', source: 'p2', target: 'q' },
    },
  };
}
