/**
 * A TypeScript consumer of the published packages: `published.test.ts` type-checks it, in a fresh
 * project against the tarballs, under every TypeScript version the packages support. Each line
 * is something a developer writes in the first hour with the library.
 */
import {
  type ArgMap,
  type ArgNode,
  addNode,
  connect,
  createMap,
  type Diagnostic,
  parseMap,
  serializeMap,
} from '@argmap/core';
import { createEvaluator, evaluate, explain } from '@argmap/core/evaluate';
import { findFormat, parseArgdown } from '@argmap/formats';
import { layoutMap } from '@argmap/layout';

let map: ArgMap = createMap({ title: 'Do export controls work?' });
const added = addNode(map, { kind: 'question', id: 'q', text: 'Do export controls work?' });
if (added.ok) map = added.value.map;
const linked = connect(map, { kind: 'supports', source: 'q', target: 'q' });
const problems: Diagnostic[] = linked.ok ? [] : linked.diagnostics;

// Tables iterate like a ReadonlyMap on every compiler: for…of, keys, values, entries.
const texts: string[] = [];
for (const [id, node] of map.nodes) texts.push(`${id}: ${node.text}`);
for (const node of map.nodes.values()) texts.push(node.kind);
const ids: string[] = [...map.nodes.keys()];
const nodes: ArgNode[] = map.nodes.toArray();

const evaluation = evaluate(map, { semantics: 'grounded' });
const labels: string[] = [];
if (evaluation.ok)
  for (const [id, result] of evaluation.value.nodes) labels.push(`${id} ${result.label ?? ''}`);
const evaluator = createEvaluator(map, { semantics: 'dfquad' });
const why = evaluator.ok ? explain(evaluator.value, 'q') : undefined;

const reread = parseMap(serializeMap(map));
const argdown = parseArgdown('[A]: A statement.\n  + [B]: A reason.');
const format = findFormat('mermaid');
const laidOut = layoutMap(map);

export { argdown, format, ids, labels, laidOut, nodes, problems, reread, texts, why };
