/**
 * `NodeResults`: an evaluation's result for each node, read by node id like any `ReadonlyMap`.
 *
 * @module
 */

import { INSPECT, type Inspect, type InspectOptions, inspectEntries } from '../model/inspect.ts';
import type { MapIteratorOf } from '../model/mapIterator.ts';
import type { Label } from './extensions/labels.ts';

/** The result for one node. */
export interface NodeEvaluation {
  /** Gradual strength in [0, 1] (gradual semantics only). */
  strength?: number;
  /**
   * Acceptability (extension semantics only): `in`/`out` if the node is in/out in every extension,
   * `undec` if it is undecided or differs between extensions, `unknown` if the time budget ran out.
   */
  label?: Label | 'unknown';
  /** Whether the node is in at least one extension (extension semantics only). */
  credulous?: boolean;
}

/** What {@link NodeResults} reads: node ids by index, and the index of each id. */
export interface NodeIds {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

/**
 * Every node's result, keyed by node id and iterated in the map's node order. It reads like a
 * `ReadonlyMap<string, NodeEvaluation>`: `results.get('p-work')?.label`.
 *
 * Backed by the evaluation's own arrays rather than a record built up front: on a 100,000-node map
 * a record keyed by id costs about 100 ms to build, a fifth of the whole grounded evaluation. A
 * node's result object is made the first time it is read and kept, so reading a node twice gives
 * the same object. Iterating is cheap; the first lookup by id builds the id index (on very large
 * maps, iterate instead of calling `get` for every node).
 *
 * `JSON.stringify` writes it as a plain object keyed by node id (see {@link NodeResults.toJSON}).
 */
export class NodeResults implements ReadonlyMap<string, NodeEvaluation> {
  readonly #nodes: NodeIds;
  readonly #make: (index: number) => NodeEvaluation;
  readonly #made: (NodeEvaluation | undefined)[];

  /** Results for `nodes.ids`, where `make(i)` computes the result of the node at index `i`. */
  constructor(nodes: NodeIds, make: (index: number) => NodeEvaluation) {
    this.#nodes = nodes;
    this.#make = make;
    this.#made = new Array(nodes.ids.length);
  }

  /** How many nodes have a result. */
  get size(): number {
    return this.#nodes.ids.length;
  }

  /** The result of node `id`, or `undefined` if the map has no such node. */
  get(id: string): NodeEvaluation | undefined {
    const i = this.#nodes.index.get(id);
    return i === undefined ? undefined : this.#at(i);
  }

  /** Whether node `id` has a result. */
  has(id: string): boolean {
    return this.#nodes.index.has(id);
  }

  /** Calls `callback` with every node's result and id, in the map's node order. */
  forEach(
    callback: (result: NodeEvaluation, id: string, results: ReadonlyMap<string, NodeEvaluation>) => void,
    thisArg?: unknown,
  ): void {
    const { ids } = this.#nodes;
    for (let i = 0; i < ids.length; i++) callback.call(thisArg, this.#at(i), ids[i]!, this);
  }

  /** The node ids, in order. */
  keys(): MapIteratorOf<string> {
    return this.#nodes.ids[Symbol.iterator]() as MapIteratorOf<string>;
  }

  /** The results, in node order. */
  values(): MapIteratorOf<NodeEvaluation> {
    const { ids } = this.#nodes;
    const values: NodeEvaluation[] = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) values[i] = this.#at(i);
    return values[Symbol.iterator]() as MapIteratorOf<NodeEvaluation>;
  }

  /** `[id, result]` pairs, in node order. */
  entries(): MapIteratorOf<[string, NodeEvaluation]> {
    const { ids } = this.#nodes;
    const entries: [string, NodeEvaluation][] = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) entries[i] = [ids[i]!, this.#at(i)];
    return entries[Symbol.iterator]() as MapIteratorOf<[string, NodeEvaluation]>;
  }

  /** Same as {@link NodeResults.entries}, so `for (const [id, result] of results)` works. */
  [Symbol.iterator](): MapIteratorOf<[string, NodeEvaluation]> {
    return this.entries();
  }

  /**
   * The results as a plain object keyed by node id, which is what `JSON.stringify` writes. Keys
   * are defined as own properties, so a node called `__proto__` stays an ordinary entry.
   */
  toJSON(): Record<string, NodeEvaluation> {
    const out: Record<string, NodeEvaluation> = {};
    this.forEach((result, id) => {
      Object.defineProperty(out, id, { value: result, enumerable: true, writable: true, configurable: true });
    });
    return out;
  }

  /** What `console.log` and the Node REPL show: `NodeResults(2) { 'q' => { label: 'in' }, … }`. */
  [INSPECT](depth: number, options: InspectOptions, inspect?: Inspect): string {
    return inspectEntries('NodeResults', this.size, () => this.entries(), depth, options, inspect);
  }

  /** `[object NodeResults]`, for debugging output. */
  get [Symbol.toStringTag](): string {
    return 'NodeResults';
  }

  #at(i: number): NodeEvaluation {
    let result = this.#made[i];
    if (result === undefined) {
      result = this.#make(i);
      this.#made[i] = result;
    }
    return result;
  }
}
