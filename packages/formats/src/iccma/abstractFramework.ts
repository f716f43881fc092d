/**
 * What the three abstract-argumentation formats share once read: a framework in arrays (see
 * `frameworkArrays.ts`) turned into a map where every argument is a `claim` node whose id is its
 * name and every attack an `opposes` edge, a self-attack included (an `opposes` edge from the node
 * to itself).
 *
 * @module
 */
import {
  type ArgEdge,
  type ArgMap,
  type ArgNode,
  createMap,
  DEFAULT_BASE_SCORE,
  ok,
  type Result,
  Table,
} from '@argmap/core';
import type { ParseOptions } from '../adapter.ts';
import { MapBuilder } from '../mapBuilder.ts';
import { argumentName, type FrameworkArrays } from './frameworkArrays.ts';

/** Turns a framework into a map; a repeated attack is one edge. */
export function frameworkToMap(
  framework: FrameworkArrays,
  formatName: string,
  options?: ParseOptions,
): Result<ArgMap> {
  const title = `Imported ${formatName} framework`;
  if (framework.names === undefined) return ok(numberedMap(framework, title, options));
  const builder = new MapBuilder(undefined, title, options);
  // Names are kept as ids, except ones the core refuses (`__proto__`), which get a fresh id.
  const ids: string[] = new Array(framework.size);
  for (let i = 0; i < framework.size; i++) {
    const name = argumentName(framework, i);
    ids[i] = builder.addNode(name, 'claim', framework.labels?.get(i) ?? name, {}, true);
  }
  eachDistinctAttack(framework, (from, to) => {
    builder.addEdge('opposes', ids[from]!, ids[to]!);
  });
  return ok(builder.build(), builder.diagnostics);
}

/** Calls `visit` once per distinct attack, in file order. */
function eachDistinctAttack(framework: FrameworkArrays, visit: (from: number, to: number) => void): void {
  const { from, to, size } = framework;
  const seen = new Set<number>();
  for (let i = 0; i < from.length; i++) {
    const key = from[i]! * size + to[i]!;
    if (seen.has(key)) continue; // a repeated attack is the same attack
    seen.add(key);
    visit(from[i]!, to[i]!);
  }
}

/**
 * The map of a `p af` framework, whose argument names `1 … N` are valid ids that cannot clash
 * with the edge ids `e1 … eM`: its tables are filled in one batch each, without the per-node
 * checks of {@link MapBuilder} (a million arguments take well under a second instead of seconds).
 */
function numberedMap(framework: FrameworkArrays, title: string, options?: ParseOptions): ArgMap {
  const map = createMap({ title: options?.title || title }, options?.now);
  map.nodes = Table.empty<ArgNode>().batch((writer) => {
    for (let i = 1; i <= framework.size; i++) {
      const id = String(i);
      writer.set(id, { id, kind: 'claim', text: id, baseScore: DEFAULT_BASE_SCORE });
    }
  });
  let count = 0;
  map.edges = Table.empty<ArgEdge>().batch((writer) => {
    eachDistinctAttack(framework, (from, to) => {
      const id = `e${++count}`;
      writer.set(id, { id, kind: 'opposes', source: String(from + 1), target: String(to + 1) });
    });
  });
  return map;
}
