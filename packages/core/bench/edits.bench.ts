/**
 * `pnpm bench edits`: what one edit costs on maps of 10, 1,000, 10,000 and 100,000 nodes. Nodes
 * and edges live in persistent tables, so an edit copies the changed node and a few kilobytes of
 * the table, and `connect`/`removeNode` find edges through an index instead of scanning them all.
 */
import { apply as applyToHistory, createHistory, undo } from '../src/history/history.ts';
import { toDocument } from '../src/model/document.ts';
import { Table } from '../src/model/table.ts';
import type { ArgEdge, ArgMap, ArgNode } from '../src/model/types.ts';
import { connect } from '../src/operations/edges.ts';
import type { Edit } from '../src/operations/edit.ts';
import { moveNode, updateNode } from '../src/operations/nodes.ts';
import { removeNode } from '../src/operations/remove.ts';
import type { Result } from '../src/result.ts';

const SIZES = [10, 1_000, 10_000, 100_000];
/** The full-copy baseline takes ~0.1 s a call at 100,000 nodes; it is skipped there. */
const BASELINE_MAX = 10_000;

/** A chain of `size` claims, each supporting the previous one, with an edit already made on it. */
function chainMap(size: number): ArgMap {
  const nodes: [string, ArgNode][] = [];
  const edges: [string, ArgEdge][] = [];
  for (let i = 0; i < size; i++) {
    const id = `n${i}`;
    nodes.push([
      id,
      { id, kind: 'claim', text: `Claim number ${i}`, baseScore: 0.5, position: { x: i, y: 0 } },
    ]);
    if (i > 0) edges.push([`e${i}`, { id: `e${i}`, kind: 'supports', source: id, target: `n${i - 1}` }]);
  }
  const map: ArgMap = {
    format: 'argmap',
    version: 2,
    meta: { title: `Chain of ${size}` },
    nodes: Table.fromEntries(nodes),
    edges: Table.fromEntries(edges),
  };
  return must(updateNode(map, 'n0', { text: 'warm-up' })).map;
}

/** Median microseconds per call of `run`, over enough repetitions to take ~200 ms. */
function measure(run: (i: number) => unknown): number {
  for (let i = 0; i < 20; i++) run(i);
  const samples: number[] = [];
  const deadline = performance.now() + 200;
  let i = 0;
  while (performance.now() < deadline || samples.length < 15) {
    const start = performance.now();
    for (let k = 0; k < 5; k++) run(i++);
    samples.push(((performance.now() - start) / 5) * 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

function must(result: Result<Edit>): Edit {
  if (!result.ok) throw new Error(result.diagnostics[0]?.message);
  return result.value;
}

const format = (us: number | undefined) =>
  us === undefined ? '—' : us < 10 ? us.toFixed(2) : us < 100 ? us.toFixed(1) : us.toFixed(0);

/** One row per operation: microseconds per call on a chain of `size` nodes. */
function measureSize(size: number): Record<string, number | undefined> {
  const map = chainMap(size);
  const middle = `n${Math.floor(size / 2)}`;
  const history = createHistory(map);
  const applied = applyToHistory(history, (m) => removeNode(m, middle));
  if (!applied.ok) throw new Error('bench setup failed');
  const doc = toDocument(map);
  return {
    'updateNode (edit text)': measure((i) => must(updateNode(map, middle, { text: `typed ${i}` }))),
    moveNode: measure((i) => must(moveNode(map, middle, { x: i, y: i }))),
    'history: apply one edit': measure((i) => {
      const next = applyToHistory(history, (m) => updateNode(m, middle, { notes: `note ${i}` }), i * 10_000);
      return next.ok && next.value;
    }),
    'history: undo': measure(() => undo(applied.value)),
    'connect (duplicate check through the edge index)': measure(() =>
      must(connect(map, { kind: 'opposes', source: 'n0', target: middle, id: 'new' })),
    ),
    'removeNode (cascade through the edge index)': measure(() => must(removeNode(map, middle))),
    'baseline: full copy of the data (structuredClone of the document)':
      size <= BASELINE_MAX ? measure(() => structuredClone(doc)) : undefined,
  };
}

export default async function bench(): Promise<string> {
  // A first pass lets V8 compile every path, so the 10-node column is not paying for the JIT.
  measureSize(10);
  measureSize(1_000);
  const rows: Record<string, (number | undefined)[]> = {};
  for (const size of SIZES) {
    for (const [name, value] of Object.entries(measureSize(size))) {
      const row = rows[name] ?? [];
      row.push(value);
      rows[name] = row;
    }
  }
  const at = (values: (number | undefined)[], size: number) => values[SIZES.indexOf(size)];
  const header = `| Operation | ${SIZES.map((s) => `${s.toLocaleString('en')} nodes (µs)`).join(' | ')} | ratio 10,000 / 10 |`;
  const lines = Object.entries(rows).map(([name, values]) => {
    const ratio = (at(values, 10_000) ?? 0) / Math.max(at(values, 10) ?? 1, 1e-9);
    return `| ${name} | ${values.map(format).join(' | ')} | ${ratio.toFixed(1)}× |`;
  });
  return `## Edits: cost of one edit as the map grows

Median time of one edit on a chain of claims (each supporting the previous one) of 10 to 100,000 nodes,
made with \`@argmap/core\`'s operations. Nodes and edges sit in persistent tables (\`Table\`: entries in
file order in chunks of 1,024, found through a native \`Map\` filled when the table was built and a hash
array mapped trie of what edits changed since): an edit copies the changed node,
its chunk, the list of chunks and the O(log n) path of the trie, and shares everything else with the
previous map. \`connect\` finds a duplicate and
\`removeNode\` its cascade through a persistent index of the edges at each node (updated by each edit,
not rebuilt), so neither scans the edges. The history keeps the maps before and after each step,
so undo is a lookup. The last row copies all of the map's data, for contrast: that is what an edit
would cost without structural sharing.

${header}
|---|${SIZES.map(() => '---:').join('|')}|---:|
${lines.join('\n')}

Reading the table: from 10 to 100,000 nodes an edit grows by a small factor (the trie gets one or two
levels deeper, chunks fill up to 1,024 entries; caches warm less well), not with the map, while the full copy grows a thousandfold.
`;
}
