/**
 * The prepared graph every semantics runs on: node ids mapped to dense indices, edges in
 * compressed sparse rows (CSR) held in typed arrays. `prepareGraph` (prepare.ts) builds one per
 * map in O(nodes + edges); after that no semantics touches a string or an object, which is what
 * makes 1M-edge maps fast.
 *
 * @module
 */
import type { Diagnostic } from '../result.ts';

/** Sign of a relation edge: `+1` for `supports`, `-1` for `opposes`. */
export type EdgeSign = 1 | -1;

/**
 * A map reduced to arrays. Node `i` has id `ids[i]`; relation edge `e` (a `supports` or
 * `opposes` edge) goes from `edgeSource[e]` to `edgeTarget[e]`; undercut `u` goes from node
 * `undercutSource[u]` to relation edge `undercutEdge[u]`.
 */
export interface PreparedGraph {
  /** Node ids by index, in the map's key order. */
  readonly ids: readonly string[];
  /** Index of each node id. */
  readonly index: ReadonlyMap<string, number>;
  /** Base score of each node, clamped to [0, 1]. */
  readonly base: Float64Array;
  /** Whether each node is evidence (the nodes what-if varies). */
  readonly isEvidence: Uint8Array;
  /** Relation edge ids by edge index. */
  readonly edgeIds: readonly string[];
  /** Index of each relation edge id. */
  readonly edgeIndex: ReadonlyMap<string, number>;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** `+1` supports, `-1` opposes. */
  readonly edgeSign: Int8Array;
  /** Incoming relation edges of node `v` are `inEdges[inStart[v] .. inStart[v+1])`. */
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
  /**
   * Source and sign of each incoming edge, in `inEdges` order. The solver reads these sequentially
   * instead of jumping through `edgeSource[inEdges[i]]`, which on 1M edges is a cache miss per edge.
   */
  readonly inSource: Int32Array;
  readonly inSign: Int8Array;
  /** Outgoing relation edges of node `v` are `outEdges[outStart[v] .. outStart[v+1])`. */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  /** Undercut edge ids by undercut index. */
  readonly undercutIds: readonly string[];
  readonly undercutSource: Int32Array;
  /** The relation edge each undercut attacks. */
  readonly undercutEdge: Int32Array;
  /** Undercuts of relation edge `e` are `edgeUndercuts[edgeUndercutStart[e] .. edgeUndercutStart[e+1])`. */
  readonly edgeUndercutStart: Int32Array;
  readonly edgeUndercuts: Int32Array;
  /**
   * Nodes whose strength node `v` influences directly (targets of its edges and of the edges it
   * undercuts), possibly repeated: `succ[succStart[v] .. succStart[v+1])`.
   */
  readonly succStart: Int32Array;
  readonly succ: Int32Array;
  /** What was skipped or repaired while preparing (dangling edges, out-of-range scores). */
  readonly diagnostics: readonly Diagnostic[];
}

/** A graph given directly as arrays, e.g. by a benchmark or an ICCMA importer. */
export interface GraphArrays {
  /** Node ids; defaults to `"0"`, `"1"`, …. */
  ids?: readonly string[];
  /** Base score of each node (its length is the node count). */
  base: ArrayLike<number>;
  edgeSource: ArrayLike<number>;
  edgeTarget: ArrayLike<number>;
  /** `+1` supports, `-1` opposes. */
  edgeSign: ArrayLike<number>;
  edgeIds?: readonly string[];
  undercutSource?: ArrayLike<number>;
  undercutEdge?: ArrayLike<number>;
  undercutIds?: readonly string[];
  isEvidence?: ArrayLike<number>;
}

/** Groups `items` by `key(item)` into CSR form: `list[start[k] .. start[k+1])` holds the items of key `k`. */
function csr(keys: number, count: number, key: (item: number) => number): [Int32Array, Int32Array] {
  const start = new Int32Array(keys + 1);
  for (let i = 0; i < count; i++) start[key(i) + 1]!++;
  for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keys);
  const list = new Int32Array(count);
  for (let i = 0; i < count; i++) list[fill[key(i)]!++] = i;
  return [start, list];
}

function numberedIds(count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

/** The adjacency lists of a graph, derived from its edge arrays (see {@link PreparedGraph}). */
interface Adjacency {
  inStart: Int32Array;
  inEdges: Int32Array;
  inSource: Int32Array;
  inSign: Int8Array;
  outStart: Int32Array;
  outEdges: Int32Array;
  edgeUndercutStart: Int32Array;
  edgeUndercuts: Int32Array;
  succStart: Int32Array;
  succ: Int32Array;
}

function adjacency(
  n: number,
  edgeSource: Int32Array,
  edgeTarget: Int32Array,
  edgeSign: Int8Array,
  undercutSource: Int32Array,
  undercutEdge: Int32Array,
): Adjacency {
  const m = edgeSource.length;
  const k = undercutSource.length;
  const [inStart, inEdges] = csr(n, m, (e) => edgeTarget[e]!);
  const [outStart, outEdges] = csr(n, m, (e) => edgeSource[e]!);
  const inSource = new Int32Array(m);
  const inSign = new Int8Array(m);
  for (let i = 0; i < m; i++) {
    inSource[i] = edgeSource[inEdges[i]!]!;
    inSign[i] = edgeSign[inEdges[i]!]!;
  }
  const [edgeUndercutStart, edgeUndercuts] = csr(m, k, (u) => undercutEdge[u]!);
  // Influence: an edge's source moves its target; an undercutter moves the undercut edge's target.
  const [succStart, succItems] = csr(n, m + k, (i) => (i < m ? edgeSource[i]! : undercutSource[i - m]!));
  const succ = new Int32Array(m + k);
  for (let i = 0; i < m + k; i++) {
    const item = succItems[i]!;
    succ[i] = item < m ? edgeTarget[item]! : edgeTarget[undercutEdge[item - m]!]!;
  }
  return {
    inStart,
    inEdges,
    inSource,
    inSign,
    outStart,
    outEdges,
    edgeUndercutStart,
    edgeUndercuts,
    succStart,
    succ,
  };
}

/** What the builder of a graph already has at hand (see {@link buildGraph}). */
export interface KnownParts {
  /** The id → index map, if already built. */
  index?: ReadonlyMap<string, number>;
  /** The relation edge id → edge index map, if already built. */
  edgeIndex?: ReadonlyMap<string, number>;
  /**
   * Build the adjacency lists (`inStart`, `outStart`, `succ`, …) on first read instead of now.
   * For callers that may never need them, such as extension semantics without support edges.
   */
  lazyAdjacency?: boolean;
  /**
   * The input's typed arrays (`Float64Array` base, `Int32Array` ends, `Int8Array` signs) are handed
   * over: the graph keeps them instead of copying, and the caller must not change them afterwards.
   */
  adopt?: boolean;
}

/** `array` itself if it may be adopted and has the right type, else a copy. */
function own<T extends Float64Array | Int32Array | Int8Array | Uint8Array>(
  array: ArrayLike<number>,
  type: { new (array: ArrayLike<number>): T },
  adopt: boolean | undefined,
): T {
  // `new Int32Array(array)` rather than `Int32Array.from`: on a typed array it is one block copy.
  return adopt && array instanceof type ? array : new type(array);
}

/**
 * Builds a {@link PreparedGraph} from arrays (copied, so the caller may reuse them, unless
 * `known.adopt`). Indices must be in range (callers validate).
 */
export function buildGraph(
  input: GraphArrays,
  diagnostics: Diagnostic[] = [],
  known: KnownParts = {},
): PreparedGraph {
  const n = input.base.length;
  const m = input.edgeSource.length;
  const ids = input.ids ?? numberedIds(n, '');
  const edgeIds = input.edgeIds ?? numberedIds(m, 'e');
  const { adopt } = known;
  const base = own(input.base, Float64Array, adopt);
  const edgeSource = own(input.edgeSource, Int32Array, adopt);
  const edgeTarget = own(input.edgeTarget, Int32Array, adopt);
  const edgeSign = own(input.edgeSign, Int8Array, adopt);
  const undercutSource = new Int32Array(input.undercutSource ?? []);
  const undercutEdge = new Int32Array(input.undercutEdge ?? []);
  const undercutIds = input.undercutIds ?? numberedIds(undercutSource.length, 'u');
  const isEvidence = input.isEvidence ? own(input.isEvidence, Uint8Array, adopt) : new Uint8Array(n);
  const state: LazyState = {
    ids,
    edgeIds,
    ...(known.index ? { index: known.index } : {}),
    ...(known.edgeIndex ? { edgeIndex: known.edgeIndex } : {}),
    build: () => adjacency(n, edgeSource, edgeTarget, edgeSign, undercutSource, undercutEdge),
  };
  const common = {
    ids,
    base,
    isEvidence,
    edgeIds,
    edgeSource,
    edgeTarget,
    edgeSign,
    undercutIds,
    undercutSource,
    undercutEdge,
    diagnostics,
  };
  const graph = known.lazyAdjacency
    ? Object.defineProperties(common, LAZY_ADJACENCY)
    : Object.assign(common, state.build());
  lazyState.set(graph, state);
  return Object.defineProperties(graph, LAZY_INDICES) as unknown as PreparedGraph;
}

/** What a graph's lazily built parts are built from, and once built, the parts. */
interface LazyState {
  ids: readonly string[];
  edgeIds: readonly string[];
  index?: ReadonlyMap<string, number>;
  edgeIndex?: ReadonlyMap<string, number>;
  lists?: Adjacency;
  build: () => Adjacency;
}

// Lazy parts are getters shared by every graph, looking up each graph's state here, rather than
// closures per graph: V8 keeps objects fast only while they share their getters, and the gradual
// solvers read a graph's fields once per node per round.
const lazyState = new WeakMap<object, LazyState>();

function stateOf(graph: object): LazyState {
  const state = lazyState.get(graph);
  if (!state) throw new TypeError('Not a graph made by buildGraph.');
  return state;
}

const LAZY_INDICES: PropertyDescriptorMap = {
  // Built on first use: a million-entry map costs more than a grounded labelling.
  index: {
    get(this: object) {
      const state = stateOf(this);
      state.index ??= new Map(state.ids.map((id, i) => [id, i]));
      return state.index;
    },
    enumerable: true,
    configurable: true,
  },
  edgeIndex: {
    get(this: object) {
      const state = stateOf(this);
      state.edgeIndex ??= new Map(state.edgeIds.map((id, i) => [id, i]));
      return state.edgeIndex;
    },
    enumerable: true,
    configurable: true,
  },
};

const ADJACENCY_KEYS: readonly (keyof Adjacency)[] = [
  'inStart',
  'inEdges',
  'inSource',
  'inSign',
  'outStart',
  'outEdges',
  'edgeUndercutStart',
  'edgeUndercuts',
  'succStart',
  'succ',
];

const LAZY_ADJACENCY: PropertyDescriptorMap = Object.fromEntries(
  ADJACENCY_KEYS.map((key) => [
    key,
    {
      get(this: object) {
        const state = stateOf(this);
        state.lists ??= state.build();
        return state.lists[key];
      },
      enumerable: true,
      configurable: true,
    },
  ]),
);

/**
 * The graph with node `v` cut loose: its edges, the undercuts it makes and the undercuts of its
 * edges are gone, while every node keeps its index. For any semantics in which an argument with
 * no attacks counts for nothing, that is the map without `v`, comparable index by index.
 */
export function isolate(graph: PreparedGraph, v: number): PreparedGraph {
  const m = graph.edgeIds.length;
  const kept = new Int32Array(m).fill(-1);
  const edges: number[] = [];
  for (let e = 0; e < m; e++) {
    if (graph.edgeSource[e] === v || graph.edgeTarget[e] === v) continue;
    kept[e] = edges.length;
    edges.push(e);
  }
  const undercuts: number[] = [];
  for (let u = 0; u < graph.undercutIds.length; u++) {
    if (graph.undercutSource[u] !== v && kept[graph.undercutEdge[u]!]! >= 0) undercuts.push(u);
  }
  return buildGraph(
    {
      ids: graph.ids,
      base: graph.base,
      isEvidence: graph.isEvidence,
      edgeIds: edges.map((e) => graph.edgeIds[e]!),
      edgeSource: edges.map((e) => graph.edgeSource[e]!),
      edgeTarget: edges.map((e) => graph.edgeTarget[e]!),
      edgeSign: edges.map((e) => graph.edgeSign[e]!),
      undercutIds: undercuts.map((u) => graph.undercutIds[u]!),
      undercutSource: undercuts.map((u) => graph.undercutSource[u]!),
      undercutEdge: undercuts.map((u) => kept[graph.undercutEdge[u]!]!),
    },
    [],
    { index: graph.index },
  );
}
