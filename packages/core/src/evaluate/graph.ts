/**
 * The prepared graph every semantics runs on: node ids mapped to dense indices, edges in
 * compressed sparse rows (CSR) held in typed arrays. Built once per map in O(nodes + edges);
 * after that no semantics touches a string or an object, which is what makes 1M-edge maps fast.
 *
 * @module
 */
import { type ArgMap, DEFAULT_BASE_SCORE } from '../model/types.ts';
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

/** Builds a {@link PreparedGraph} from arrays. Indices must be in range (callers validate). */
export function buildGraph(
  input: GraphArrays,
  diagnostics: Diagnostic[] = [],
  known: { index?: Map<string, number>; edgeIndex?: Map<string, number> } = {},
): PreparedGraph {
  const n = input.base.length;
  const m = input.edgeSource.length;
  const ids = input.ids ?? numberedIds(n, '');
  const edgeIds = input.edgeIds ?? numberedIds(m, 'e');
  const base = Float64Array.from(input.base);
  const edgeSource = Int32Array.from(input.edgeSource);
  const edgeTarget = Int32Array.from(input.edgeTarget);
  const edgeSign = Int8Array.from(input.edgeSign);
  const undercutSource = Int32Array.from(input.undercutSource ?? []);
  const undercutEdge = Int32Array.from(input.undercutEdge ?? []);
  const k = undercutSource.length;
  const undercutIds = input.undercutIds ?? numberedIds(k, 'u');
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
  let edgeIndex = known.edgeIndex;
  return {
    ids,
    index: known.index ?? new Map(ids.map((id, i) => [id, i])),
    base,
    isEvidence: Uint8Array.from(input.isEvidence ?? new Uint8Array(n)),
    edgeIds,
    // Built on first use: a million-entry map costs more than the rest of a grounded evaluation.
    get edgeIndex() {
      edgeIndex ??= new Map(edgeIds.map((id, i) => [id, i]));
      return edgeIndex;
    },
    edgeSource,
    edgeTarget,
    edgeSign,
    inStart,
    inEdges,
    inSource,
    inSign,
    outStart,
    outEdges,
    undercutIds,
    undercutSource,
    undercutEdge,
    edgeUndercutStart,
    edgeUndercuts,
    succStart,
    succ,
    diagnostics,
  };
}

/**
 * Prepares a map for evaluation. Never throws: edges that point at missing nodes or edges are
 * skipped and base scores outside [0, 1] are clamped, each with a warning diagnostic.
 */
export function prepareGraph(map: ArgMap): PreparedGraph {
  const diagnostics: Diagnostic[] = [];
  const nodes = entries(map.nodes, 'nodes', diagnostics).filter((node) => typeof node.id === 'string');
  const ids = nodes.map((node) => node.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const base = new Float64Array(nodes.length);
  const isEvidence = new Uint8Array(nodes.length);
  nodes.forEach((node, i) => {
    isEvidence[i] = node.kind === 'evidence' ? 1 : 0;
    const score = node.baseScore;
    if (typeof score !== 'number' || Number.isNaN(score)) {
      base[i] = DEFAULT_BASE_SCORE;
      diagnostics.push(
        warn(
          'invalid-base-score',
          `Node "${node.id}" has no valid base score; using ${DEFAULT_BASE_SCORE}.`,
          ['nodes', node.id, 'baseScore'],
        ),
      );
    } else if (score < 0 || score > 1) {
      base[i] = Math.min(1, Math.max(0, score));
      diagnostics.push(
        warn(
          'invalid-base-score',
          `Base score ${score} of node "${node.id}" is outside [0, 1]; using ${base[i]}.`,
          ['nodes', node.id, 'baseScore'],
        ),
      );
    } else {
      base[i] = score;
    }
  });
  const edges = entries(map.edges, 'edges', diagnostics);
  // Typed arrays sized up front: on million-edge maps, growing JS arrays mostly feeds the GC.
  const edgeIds: string[] = [];
  const edgeSource = new Int32Array(edges.length);
  const edgeTarget = new Int32Array(edges.length);
  const edgeSign = new Int8Array(edges.length);
  let m = 0;
  for (const edge of edges) {
    if (edge.kind === 'undercuts') continue;
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) {
      const end = s === undefined ? 'source' : 'target';
      diagnostics.push(
        warn('dangling-edge', `Edge "${edge.id}" points at a missing node; it is ignored.`, [
          'edges',
          edge.id,
          end,
        ]),
      );
      continue;
    }
    edgeIds.push(edge.id);
    edgeSource[m] = s;
    edgeTarget[m] = t;
    edgeSign[m] = edge.kind === 'supports' ? 1 : -1;
    m++;
  }
  const hasUndercuts = edges.some((edge) => edge.kind === 'undercuts');
  const edgeIndex = hasUndercuts ? new Map(edgeIds.map((id, i) => [id, i])) : undefined;
  const undercutIds: string[] = [];
  const undercutSource: number[] = [];
  const undercutEdge: number[] = [];
  for (const edge of edges) {
    if (edge.kind !== 'undercuts') continue;
    const s = index.get(edge.source);
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
      base,
      isEvidence,
      edgeIds,
      edgeSource: edgeSource.subarray(0, m),
      edgeTarget: edgeTarget.subarray(0, m),
      edgeSign: edgeSign.subarray(0, m),
      undercutIds,
      undercutSource,
      undercutEdge,
    },
    diagnostics,
    { index, ...(edgeIndex ? { edgeIndex } : {}) },
  );
}

/**
 * The values of a record that are objects. Maps normally come validated, but evaluation must not
 * throw on a hand-made one: anything else is skipped with a warning.
 */
function entries<T extends object>(record: Record<string, T>, field: string, diagnostics: Diagnostic[]): T[] {
  if (typeof record !== 'object' || record === null) {
    diagnostics.push(warn('not-a-map', `The map has no "${field}" object; evaluating it as empty.`, [field]));
    return [];
  }
  const values: T[] = [];
  // Object.keys + lookups: on million-key records V8's Object.values is several times slower.
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (typeof value === 'object' && value !== null) values.push(value);
    else
      diagnostics.push(warn('not-a-map', `"${field}.${key}" is not an object; it is ignored.`, [field, key]));
  }
  return values;
}

function warn(code: string, message: string, path: (string | number)[]): Diagnostic {
  return { severity: 'warning', code: `evaluate/${code}`, message, path };
}
