/**
 * Numbers about a map for `argmap stats`: what it holds, how well each position is backed by
 * evidence, which evidence has no source, and where reasoning runs in circles.
 *
 * @module
 */
import { type ArgMap, EDGE_KINDS, type EdgeKind, NODE_KINDS, type NodeKind } from '@argmap/core';

/** Evidence under one position. */
export interface PositionEvidence {
  id: string;
  text: string;
  /** Distinct evidence nodes that bear on the position, directly or through claims. */
  evidence: number;
}

/** What `argmap stats` reports. */
export interface MapStats {
  title: string;
  nodes: number;
  edges: number;
  nodesByKind: Record<NodeKind, number>;
  edgesByKind: Record<EdgeKind, number>;
  evidencePerPosition: PositionEvidence[];
  /** Ids of evidence nodes that name no speaker, title, outlet or URL. */
  unsourcedEvidence: string[];
  /** Groups of node ids that support or oppose each other in a circle (each sorted, self-loops included). */
  cycles: string[][];
}

function sourced(map: ArgMap, id: string): boolean {
  const source = map.nodes[id]?.evidence?.source;
  if (!source) return false;
  return [source.speaker, source.title, source.outlet, source.url].some(
    (part) => (part ?? '').trim().length > 0,
  );
}

/**
 * Node ids in strongly connected components with more than one node (or a self-loop) of the
 * supports/opposes graph. Tarjan's algorithm with an explicit stack: no recursion, so a long chain
 * cannot overflow.
 */
export function findCycles(map: ArgMap): string[][] {
  const out = new Map<string, string[]>();
  const selfLoops = new Set<string>();
  for (const edge of Object.values(map.edges)) {
    if (edge.kind === 'undercuts' || !map.nodes[edge.source] || !map.nodes[edge.target]) continue;
    if (edge.source === edge.target) selfLoops.add(edge.source);
    const list = out.get(edge.source) ?? [];
    list.push(edge.target);
    out.set(edge.source, list);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const start of Object.keys(map.nodes)) {
    if (index.has(start)) continue;
    const work: { id: string; next: number }[] = [{ id: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; next: number };
      const targets = out.get(frame.id) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) ?? 0, low.get(frame.id) ?? 0));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        if (component.length > 1 || selfLoops.has(frame.id)) cycles.push(component.sort());
      }
    }
  }
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

// Evidence nodes from which `positionId` can be reached along supports/opposes edges.
function evidenceUnder(map: ArgMap, positionId: string, incoming: Map<string, string[]>): number {
  const seen = new Set<string>([positionId]);
  const queue = [positionId];
  let count = 0;
  for (let head = 0; head < queue.length; head++) {
    for (const source of incoming.get(queue[head] as string) ?? []) {
      if (seen.has(source)) continue;
      seen.add(source);
      queue.push(source);
      if (map.nodes[source]?.kind === 'evidence') count++;
    }
  }
  return count;
}

/** Computes {@link MapStats} for `map`. */
export function mapStats(map: ArgMap): MapStats {
  const nodesByKind = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  const edgesByKind = Object.fromEntries(EDGE_KINDS.map((kind) => [kind, 0])) as Record<EdgeKind, number>;
  for (const node of Object.values(map.nodes)) nodesByKind[node.kind] = (nodesByKind[node.kind] ?? 0) + 1;
  const incoming = new Map<string, string[]>();
  for (const edge of Object.values(map.edges)) {
    edgesByKind[edge.kind] = (edgesByKind[edge.kind] ?? 0) + 1;
    if (edge.kind === 'undercuts') continue;
    const list = incoming.get(edge.target) ?? [];
    list.push(edge.source);
    incoming.set(edge.target, list);
  }
  const nodes = Object.values(map.nodes);
  return {
    title: map.meta.title,
    nodes: nodes.length,
    edges: Object.keys(map.edges).length,
    nodesByKind,
    edgesByKind,
    evidencePerPosition: nodes
      .filter((node) => node.kind === 'position')
      .map((node) => ({ id: node.id, text: node.text, evidence: evidenceUnder(map, node.id, incoming) })),
    unsourcedEvidence: nodes
      .filter((node) => node.kind === 'evidence' && !sourced(map, node.id))
      .map((node) => node.id),
    cycles: findCycles(map),
  };
}
