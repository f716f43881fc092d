import type { ArgMap, ArgNode, Source } from '@argmap/core';
import { buildForest } from '@argmap/layout';
import type { NodeStatus } from '../canvas/flowTypes.ts';

/** One numbered source: every piece of evidence quoting it cites it by `number`. */
export interface NumberedSource {
  number: number;
  source: Source;
}

/**
 * What every handout prints beside the map's text: each node's strength and verdict under the
 * semantics chosen in the editor, and the sources numbered once for the whole handout.
 */
export interface HandoutFacts {
  /** Strength of each node, 0–1 (the critique's, or the base score of a node switched off). */
  strengths: Readonly<Record<string, number>>;
  /** Accepted / rejected / undecided of each node the critique weighed. */
  statuses: Readonly<Record<string, NodeStatus>>;
  /** "Strengths: DF-QuAD · verdicts: grounded semantics", printed under every handout's title. */
  semantics: string;
  /** The distinct sources, numbered in reading order (the outline's depth-first order). */
  sources: readonly NumberedSource[];
  /** Evidence node id → the number of its source. */
  sourceOf: ReadonlyMap<string, number>;
}

/** Nodes in reading order: each tree of the layout's forest depth-first, as the outline lists them. */
export function readingOrder(map: ArgMap): ArgNode[] {
  const forest = buildForest(map);
  const order: ArgNode[] = [];
  const stack = [...forest.roots].reverse();
  while (stack.length > 0) {
    const id = stack.pop() as string;
    const node = map.nodes.get(id);
    if (node) order.push(node);
    stack.push(...[...(forest.children.get(id) ?? [])].reverse());
  }
  return order;
}

/** Two pieces of evidence share a number when every part of their sources is the same. */
function sourceKey(source: Source): string {
  return JSON.stringify([source.speaker, source.role, source.title, source.outlet, source.date, source.url]);
}

/**
 * The handout facts of `map`: `strengths` and `statuses` as the critique gives them (see
 * `verdictStrengths` / `verdictStatuses`), and its sources numbered by first appearance in
 * reading order.
 */
export function handoutFacts(
  map: ArgMap,
  judged: Pick<HandoutFacts, 'strengths' | 'statuses' | 'semantics'>,
): HandoutFacts {
  const sources: NumberedSource[] = [];
  const byKey = new Map<string, number>();
  const sourceOf = new Map<string, number>();
  for (const node of readingOrder(map)) {
    if (!node.evidence) continue;
    const key = sourceKey(node.evidence.source);
    let number = byKey.get(key);
    if (number === undefined) {
      number = sources.length + 1;
      byKey.set(key, number);
      sources.push({ number, source: node.evidence.source });
    }
    sourceOf.set(node.id, number);
  }
  return { ...judged, sources, sourceOf };
}

/** "72%": a strength as the canvas shows it; `''` when there is none. */
export function percent(strength: number | undefined): string {
  return strength === undefined || Number.isNaN(strength) ? '' : `${Math.round(strength * 100)}%`;
}
