/**
 * From a map to the {@link PreparedGraph} every semantics runs on, in full or, after an edit, from
 * the previous graph. This is the only place in the evaluation module that reads `map.nodes` and
 * `map.edges`: everything downstream works on typed arrays and dense indices.
 *
 * @module
 */
import { Table as PersistentTable } from '../model/table.ts';
import { type ArgEdge, type ArgMap, type ArgNode, DEFAULT_BASE_SCORE } from '../model/types.ts';
import type { Diagnostic } from '../result.ts';
import { buildGraph, type KnownParts, type PreparedGraph } from './graph.ts';

/** Options of {@link prepareGraph}. */
export interface PrepareOptions {
  /**
   * Build the adjacency lists on first read (see {@link KnownParts.lazyAdjacency}): for extension
   * semantics, which on a map without support edges never read them. Default `false`.
   */
  lazyAdjacency?: boolean;
}

/**
 * Prepares a map for evaluation. Never throws: edges that point at missing nodes or edges are
 * skipped and base scores outside [0, 1] are clamped, each with a warning diagnostic.
 *
 * One pass over the nodes and one over the edges, writing straight into typed arrays sized up
 * front: on a million-edge map every per-edge allocation or extra pass costs tens of milliseconds.
 */
export function prepareGraph(map: ArgMap, options: PrepareOptions = {}): PreparedGraph {
  const diagnostics: Diagnostic[] = [];
  const nodes = table<ArgNode>(map.nodes, 'nodes', diagnostics);
  // Sized up front and cut to length after: on 100k nodes, growing the array by push costs about
  // as much as the rest of the pass.
  const ids = new Array<string>(nodes.size);
  const base = new Float64Array(nodes.size);
  const isEvidence = new Uint8Array(nodes.size);
  // Reported after the tables' shape problems, in the order the old two-pass reader gave them.
  const scoreWarnings: Diagnostic[] = [];
  let n = 0;
  nodes.forEach((node) => {
    if (typeof node.id !== 'string') return;
    isEvidence[n] = node.kind === 'evidence' ? 1 : 0;
    base[n] = baseScore(node, scoreWarnings);
    ids[n] = node.id;
    n++;
  });
  ids.length = n;
  for (const warning of scoreWarnings) diagnostics.push(warning);
  // A dictionary object, not a Map: V8 internalizes a string the first time it is used as a key
  // (turning the edge's own copy into a pointer to the shared one), so from then on every lookup
  // with that edge's ids is a pointer comparison. The graph's `index` Map is built on first use.
  const index: Record<string, number> = Object.create(null);
  for (let i = 0; i < ids.length; i++) index[ids[i]!] = i;

  // Two passes over the edges: the first copies each edge's fields out of the table, the second
  // turns ids into indices in a plain loop. Interleaved, each lookup's cache miss waits behind the
  // table walk's; apart, the processor overlaps the lookups, and the pair takes about a third less.
  const edges = table<ArgEdge>(map.edges, 'edges', diagnostics);
  const edgeIds = new Array<string>(edges.size);
  const sources = new Array<string>(edges.size);
  const targets = new Array<string>(edges.size);
  const edgeSign = new Int8Array(edges.size);
  // Undercuts target relation edges, which may come later in the table: resolved after the pass.
  const undercuts: ArgEdge[] = [];
  let read = 0;
  edges.forEach((edge) => {
    if (edge.kind === 'undercuts') {
      undercuts.push(edge);
      return;
    }
    edgeIds[read] = edge.id;
    sources[read] = edge.source;
    targets[read] = edge.target;
    edgeSign[read] = edge.kind === 'supports' ? 1 : -1;
    read++;
  });
  const edgeSource = new Int32Array(read);
  const edgeTarget = new Int32Array(read);
  let m = 0;
  for (let e = 0; e < read; e++) {
    const s = index[sources[e]!];
    const t = index[targets[e]!];
    if (s === undefined || t === undefined) {
      diagnostics.push(
        warn('dangling-edge', `Edge "${edgeIds[e]}" points at a missing node; it is ignored.`, [
          'edges',
          edgeIds[e]!,
          s === undefined ? 'source' : 'target',
        ]),
      );
      continue;
    }
    edgeIds[m] = edgeIds[e]!;
    edgeSource[m] = s;
    edgeTarget[m] = t;
    edgeSign[m] = edgeSign[e]!;
    m++;
  }
  edgeIds.length = m;

  const edgeIndex = undercuts.length > 0 ? new Map(edgeIds.map((id, i) => [id, i])) : undefined;
  const undercutIds: string[] = [];
  const undercutSource: number[] = [];
  const undercutEdge: number[] = [];
  for (const edge of undercuts) {
    const s = index[edge.source];
    const e = edgeIndex?.get(edge.target);
    if (s === undefined || e === undefined) {
      const message =
        s === undefined
          ? `Undercut "${edge.id}" comes from a missing node; it is ignored.`
          : `Undercut "${edge.id}" must target a supports or opposes edge; it is ignored.`;
      diagnostics.push(
        warn('dangling-edge', message, ['edges', edge.id, s === undefined ? 'source' : 'target']),
      );
      continue;
    }
    undercutIds.push(edge.id);
    undercutSource.push(s);
    undercutEdge.push(e);
  }
  return buildGraph(
    {
      ids,
      base: base.subarray(0, ids.length),
      isEvidence: isEvidence.subarray(0, ids.length),
      edgeIds,
      edgeSource: edgeSource.subarray(0, m),
      edgeTarget: edgeTarget.subarray(0, m),
      edgeSign: edgeSign.subarray(0, m),
      undercutIds,
      undercutSource,
      undercutEdge,
    },
    diagnostics,
    {
      adopt: true,
      lazyAdjacency: options.lazyAdjacency === true,
      ...(edgeIndex ? { edgeIndex } : {}),
    },
  );
}

/** A graph prepared from an earlier one, and the nodes whose inputs the edit changed. */
export interface Reprepared {
  graph: PreparedGraph;
  /**
   * Node indices whose strength must be recomputed: nodes with a new base score and the targets
   * of added, removed or changed edges (old and new targets).
   */
  changed: number[];
}

/** Above this share of changed entries, reading the whole map is about as fast and simpler. */
const REPREPARE_LIMIT = 1 / 8;

/**
 * The graph of `map`, an edited version of `previousMap`, made from `previous` (the graph of
 * `previousMap`) and only the entries the edit changed: the same graph {@link prepareGraph} would
 * make, without reading every node and edge again. On a million-edge map that is the difference
 * between re-reading it (hundreds of ms) and copying a few typed arrays.
 *
 * `undefined` when the shortcut does not apply, and the caller prepares the map in full: the
 * tables do not descend from the previous ones, nodes were added or removed, the map has
 * undercuts, something needs a warning (a dangling edge, a score out of range), or the edit
 * changed more than an eighth of the map.
 */
export function reprepareGraph(
  previous: PreparedGraph,
  previousMap: ArgMap,
  map: ArgMap,
  options: PrepareOptions = {},
): Reprepared | undefined {
  if (previous.diagnostics.length > 0 || previous.undercutIds.length > 0) return undefined;
  const { nodes, edges } = map;
  if (!(nodes instanceof PersistentTable && edges instanceof PersistentTable)) return undefined;
  if (!(previousMap.nodes instanceof PersistentTable && previousMap.edges instanceof PersistentTable))
    return undefined;
  const nodeChanges = nodes.changesSince(previousMap.nodes);
  const edgeChanges = edges.changesSince(previousMap.edges);
  if (!nodeChanges || !edgeChanges) return undefined;
  if (nodeChanges.added.length > 0 || nodeChanges.removed.length > 0) return undefined;
  const touched =
    nodeChanges.replaced.length +
    edgeChanges.replaced.length +
    edgeChanges.added.length +
    edgeChanges.removed.length;
  if (touched > (previous.ids.length + previous.edgeIds.length) * REPREPARE_LIMIT) return undefined;

  const { index } = previous;
  const changed = new Set<number>();
  const base = previous.base.slice();
  const isEvidence = previous.isEvidence.slice();
  for (const id of nodeChanges.replaced) {
    const node = nodes.get(id);
    const v = index.get(id);
    if (node?.id !== id || v === undefined) return undefined;
    const score = node.baseScore;
    if (typeof score !== 'number' || !(score >= 0 && score <= 1)) return undefined;
    base[v] = score;
    isEvidence[v] = node.kind === 'evidence' ? 1 : 0;
    if (score !== previous.base[v]) changed.add(v);
  }

  // An edge changed in place keeps its index; a removed one leaves; an added one goes last. That
  // is the table's order, so the arrays come out exactly as prepareGraph would write them.
  type Resolved = { id: string; source: number; target: number; sign: 1 | -1 };
  const resolve = (id: string): Resolved | undefined => {
    const edge = edges.get(id);
    if (edge?.id !== id || edge.kind === 'undercuts') return undefined;
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source === undefined || target === undefined) return undefined;
    return { id, source, target, sign: edge.kind === 'supports' ? 1 : -1 };
  };
  // Where the replaced and removed edges were: one scan for just those ids, cheaper on a big map
  // than the previous graph's full id → index map (built lazily, and rarely needed otherwise).
  const wanted = new Set([...edgeChanges.replaced, ...edgeChanges.removed]);
  const position = new Map<string, number>();
  for (let e = 0; wanted.size > position.size && e < previous.edgeIds.length; e++) {
    const id = previous.edgeIds[e]!;
    if (wanted.has(id)) position.set(id, e);
  }
  const replaced = new Map<number, Resolved>();
  for (const id of edgeChanges.replaced) {
    const e = position.get(id);
    const edge = resolve(id);
    if (e === undefined || !edge) return undefined;
    replaced.set(e, edge);
  }
  const added: Resolved[] = [];
  for (const id of edgeChanges.added) {
    const edge = resolve(id);
    if (!edge) return undefined;
    added.push(edge);
  }
  const removed = new Uint8Array(previous.edgeIds.length);
  for (const id of edgeChanges.removed) {
    const e = position.get(id);
    if (e === undefined) return undefined;
    removed[e] = 1;
    changed.add(previous.edgeTarget[e]!);
  }

  const m = previous.edgeIds.length - edgeChanges.removed.length + added.length;
  const edgeIds = new Array<string>(m);
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeSign = new Int8Array(m);
  let next = 0;
  for (let e = 0; e < previous.edgeIds.length; e++) {
    if (removed[e]) continue;
    const edge = replaced.get(e);
    if (edge) {
      changed.add(previous.edgeTarget[e]!);
      changed.add(edge.target);
    }
    edgeIds[next] = previous.edgeIds[e]!;
    edgeSource[next] = edge ? edge.source : previous.edgeSource[e]!;
    edgeTarget[next] = edge ? edge.target : previous.edgeTarget[e]!;
    edgeSign[next] = edge ? edge.sign : previous.edgeSign[e]!;
    next++;
  }
  for (const edge of added) {
    changed.add(edge.target);
    edgeIds[next] = edge.id;
    edgeSource[next] = edge.source;
    edgeTarget[next] = edge.target;
    edgeSign[next] = edge.sign;
    next++;
  }
  const graph = buildGraph(
    { ids: previous.ids, base, isEvidence, edgeIds, edgeSource, edgeTarget, edgeSign },
    [],
    { adopt: true, lazyAdjacency: options.lazyAdjacency === true, index },
  );
  return { graph, changed: [...changed] };
}

/** A node's base score, clamped to [0, 1], or the default if it has none (with a warning). */
function baseScore(node: ArgNode, diagnostics: Diagnostic[]): number {
  const score = node.baseScore;
  if (typeof score !== 'number' || Number.isNaN(score)) {
    diagnostics.push(
      warn('invalid-base-score', `Node "${node.id}" has no valid base score; using ${DEFAULT_BASE_SCORE}.`, [
        'nodes',
        node.id,
        'baseScore',
      ]),
    );
    return DEFAULT_BASE_SCORE;
  }
  if (score >= 0 && score <= 1) return score;
  const clamped = Math.min(1, Math.max(0, score));
  diagnostics.push(
    warn(
      'invalid-base-score',
      `Base score ${score} of node "${node.id}" is outside [0, 1]; using ${clamped}.`,
      ['nodes', node.id, 'baseScore'],
    ),
  );
  return clamped;
}

/** The values of a `nodes` or `edges` table, with how many there are at most. */
interface Table<T> {
  size: number;
  /** Calls `visit` with each value that is an object, in the table's order. */
  forEach(visit: (value: T) => void): void;
}

/**
 * Reads a `nodes` or `edges` table: a plain record keyed by id (as in the file), or anything
 * Map-like (`forEach`, iterable over `[key, value]` pairs, and a `size`). Maps normally come
 * validated, but evaluation must not throw on a hand-made one: a missing table counts as empty,
 * and values that are not objects are skipped, each with a warning.
 */
function table<T extends object>(value: unknown, field: string, diagnostics: Diagnostic[]): Table<T> {
  const skip = (key: unknown) =>
    diagnostics.push(
      warn('not-a-map', `"${field}.${String(key)}" is not an object; it is ignored.`, [field, String(key)]),
    );
  if (typeof value !== 'object' || value === null) {
    diagnostics.push(warn('not-a-map', `The map has no "${field}" object; evaluating it as empty.`, [field]));
    return { size: 0, forEach: () => {} };
  }
  const map = value as Partial<ReadonlyMap<unknown, T>>;
  if (Symbol.iterator in value && typeof map.size === 'number' && typeof map.forEach === 'function') {
    const entries = value as ReadonlyMap<unknown, T>;
    return {
      size: entries.size,
      forEach(visit) {
        // The table's own forEach: no iterator, no [key, value] pair and no snapshot array per
        // call (a million-edge table's values() costs several times its forEach).
        entries.forEach((item, key) => {
          if (typeof item === 'object' && item !== null) visit(item);
          else skip(key);
        });
      },
    };
  }
  const record = value as Record<string, T | undefined>;
  // Object.keys and a lookup per key, not Object.values: on a million-key record (which V8 keeps
  // as a hash table) Object.values takes about twice as long.
  const keys = Object.keys(record);
  return {
    size: keys.length,
    forEach(visit) {
      for (const key of keys) {
        const item = record[key];
        if (typeof item === 'object' && item !== null) visit(item);
        else skip(key);
      }
    },
  };
}

function warn(code: string, message: string, path: (string | number)[]): Diagnostic {
  return { severity: 'warning', code: `evaluate/${code}`, message, path };
}
