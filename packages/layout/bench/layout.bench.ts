/**
 * `pnpm bench layout`: how long `layoutMap` takes on debate-shaped maps of 100, 1,000 and 5,000 nodes.
 */

import { medianMs } from '../../../scripts/benchTiming.ts';
import { layoutMap } from '../src/layoutMap.ts';
import { debateOfSize } from '../src/testMaps.ts';

export default async function bench(): Promise<string> {
  const rows: string[] = [];
  let previous: { nodes: number; ms: number } | undefined;
  for (const nodes of [100, 1_000, 5_000]) {
    const map = debateOfSize(nodes);
    const edges = map.edges.size;
    const ms = medianMs(() => layoutMap(map), nodes >= 5_000 ? 5 : 15);
    const { bounds } = layoutMap(map);
    const aspect = bounds.width / Math.max(1, bounds.height);
    const perNode = (ms * 1000) / nodes;
    const growth = previous ? `${(ms / previous.ms).toFixed(1)}× for ${nodes / previous.nodes}× nodes` : '—';
    rows.push(
      `| ${nodes.toLocaleString('en')} | ${edges.toLocaleString('en')} | ${ms.toFixed(1)} | ${perNode.toFixed(1)} | ${aspect.toFixed(2)} | ${growth} |`,
    );
    previous = { nodes, ms };
  }
  return `## Layout (\`@argmap/layout\`)

\`layoutMap\` on debate-shaped maps (one question, positions, claims, evidence, a cross-link every 7th node),
with text-based node sizes: building the spanning forest, sizing every node, the compact block layout (its
wrapping tuned by bisection towards a 1.6 aspect), routing cross-links around boxes (bounded work per map)
and the bounds. **Aspect** is the laid-out map's width : height. Median of repeated runs after one warm-up.

| nodes | edges | ms | µs per node | aspect | growth |
|---:|---:|---:|---:|---:|---|
${rows.join('\n')}
`;
}
