import type { ArgEdge, ArgMapDocument, ArgNode, NodeKind } from '@argmap/core';

/**
 * A debate-shaped map of about `size` nodes for benchmarks: one question, four positions, then
 * claims and evidence, each node with up to four reasons (every third one an objection), and
 * sentence-length texts so nodes wrap like real ones.
 */
export function generateMap(size: number): ArgMapDocument {
  const nodes: Record<string, ArgNode> = {};
  const edges: Record<string, ArgEdge> = {};
  const add = (id: string, kind: NodeKind, text: string) => {
    const node: ArgNode = { id, kind, text, baseScore: 0.5 };
    if (kind === 'evidence') {
      node.evidence = {
        quote: `${text}, said the source.`,
        kind: 'report',
        source: { speaker: `Speaker ${id}` },
      };
    }
    nodes[id] = node;
  };
  add('n0', 'question', 'Generated question: does the policy achieve what it promises?');
  const queue = ['n0'];
  let count = 1;
  for (let head = 0; head < queue.length && count < size; head++) {
    const parent = queue[head] as string;
    const parentKind = nodes[parent]?.kind;
    for (let i = 0; i < 4 && count < size; i++) {
      const id = `n${count}`;
      const kind: NodeKind =
        parentKind === 'question' ? 'position' : count > size * 0.6 ? 'evidence' : 'claim';
      add(id, kind, `Generated ${kind} number ${count}, a sentence long enough to wrap onto a second line`);
      edges[`e${count}`] = {
        id: `e${count}`,
        kind: i % 3 === 2 ? 'opposes' : 'supports',
        source: id,
        target: parent,
      };
      if (kind !== 'evidence') queue.push(id);
      count++;
    }
  }
  return {
    format: 'argmap',
    version: 2,
    meta: { title: `Generated map of ${count} nodes` },
    nodes,
    edges,
  };
}
