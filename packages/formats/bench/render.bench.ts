/**
 * `pnpm bench render`: laying out and drawing maps of 100, 1,000 and 5,000 nodes as SVG.
 */
import { type ArgMap, type ArgNode, createMap, type NodeKind } from '@argmap/core';
import { layoutMap } from '@argmap/layout';
import { medianMs } from '../../../scripts/benchTiming.ts';
import { exportSvg } from '../src/export/svgExport.ts';

// A debate-shaped map: one question, positions, claims and quoted evidence, 70% supports, a
// cross-link every 7th node. Deterministic (a fixed-seed generator).
function debate(count: number): ArgMap {
  const map = createMap({ title: `Benchmark map of ${count} nodes` }, new Date(0));
  const nodes: ArgNode[] = [];
  let seed = 11;
  const random = (): number => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const add = (kind: NodeKind, words: number): ArgNode => {
    const id = `n${nodes.length}`;
    const text = Array.from({ length: words }, (_, w) => `word${(nodes.length + w) % 17}`).join(' ');
    const node: ArgNode = { id, kind, text, baseScore: 0.5 };
    if (kind === 'evidence') {
      node.evidence = {
        quote: text,
        kind: 'report',
        source: { speaker: 'A. Speaker', outlet: 'The Outlet', date: '2025' },
      };
    }
    nodes.push(node);
    map.nodes = map.nodes.set(id, node);
    return node;
  };
  add('question', 10);
  for (let i = 1; i < count; i++) {
    const parent = nodes[Math.floor(random() * Math.max(1, i * 0.8))] as ArgNode;
    const kind: NodeKind =
      parent.kind === 'question' ? 'position' : parent.kind === 'position' ? 'claim' : 'evidence';
    const node = add(kind, 4 + Math.floor(random() * 30));
    const id = `e${i}`;
    map.edges = map.edges.set(id, {
      id,
      kind: random() < 0.7 ? 'supports' : 'opposes',
      source: node.id,
      target: parent.id,
    });
    if (i % 7 === 0 && i > 2) {
      const other = nodes[Math.floor(i / 2)] as ArgNode;
      if (other.id !== node.id)
        map.edges = map.edges.set(`x${i}`, {
          id: `x${i}`,
          kind: 'supports',
          source: node.id,
          target: other.id,
        });
    }
  }
  return map;
}

export default async function bench(): Promise<string> {
  const rows: string[] = [];
  for (const count of [100, 1_000, 5_000]) {
    const map = debate(count);
    const repeats = count >= 5_000 ? 5 : 11;
    const layoutMs = medianMs(() => layoutMap(map), repeats);
    let bytes = 0;
    const totalMs = medianMs(() => {
      const result = exportSvg(map);
      bytes = result.ok ? result.value.length : 0;
    }, repeats);
    rows.push(
      `| ${count.toLocaleString('en')} | ${layoutMs.toFixed(1)} | ${totalMs.toFixed(1)} | ${((totalMs * 1000) / count).toFixed(0)} | ${(bytes / 1e6).toFixed(2)} |`,
    );
  }
  return `## Layout and SVG render (\`@argmap/formats\` \`exportSvg\`)

Laying out a debate-shaped map with \`@argmap/layout\` and drawing it as a standalone SVG string
(\`exportSvg\`, what \`argmap render\` does, minus file I/O). "Layout" times \`layoutMap\` alone, "layout +
SVG" the whole export; drawing costs roughly the difference (both are medians of separate runs after a
warm-up, so on a busy machine the difference is noisy).

| nodes | layout ms | layout + SVG ms | µs per node | SVG MB |
|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}
