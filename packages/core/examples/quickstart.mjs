// The quickstart of docs/library.md in plain JavaScript (Node 20 or later, no build step).
// packages/cli/test/published.test.ts runs it against the packed packages.
import {
  addNode,
  apply,
  connect,
  createHistory,
  createMap,
  parseMap,
  serializeMap,
  undo,
  updateNode,
} from '@argmap/core';

// A map is data (nodes and edges in persistent tables); a history adds undo and redo.
let history = createHistory(createMap({ title: 'Do chip export controls work?' }));

// Every edit is a pure function returning a Result; apply() records it for undo.
const steps = [
  (map) => addNode(map, { kind: 'question', id: 'q', text: 'Do export controls work?' }),
  (map) => addNode(map, { kind: 'position', id: 'yes', text: 'Export controls work' }),
  (map) => connect(map, { kind: 'supports', source: 'yes', target: 'q' }),
  (map) => updateNode(map, 'yes', { baseScore: 0.7 }),
  (map) => updateNode(map, 'yes', { baseScore: 2 }), // refused: scores lie in [0, 1]
];
for (const step of steps) {
  const result = apply(history, step);
  if (result.ok) history = result.value;
  else console.warn(result.diagnostics[0]?.message);
}

history = undo(history); // takes back the score change

const saved = serializeMap(history.map); // stable, pretty JSON
const reopened = parseMap(saved); // parse, migrate, validate
if (!reopened.ok) throw new Error(reopened.diagnostics.map((d) => d.message).join('\n'));
const { nodes, edges } = reopened.value;
console.log(
  `${reopened.value.meta.title}: ${nodes.size} nodes, ${edges.size} edge${edges.size === 1 ? '' : 's'}`,
);
