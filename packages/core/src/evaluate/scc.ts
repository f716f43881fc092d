/**
 * Strongly connected components by Tarjan's algorithm, written with an explicit stack so a
 * 1,000,000-node chain does not overflow the call stack.
 *
 * @module
 */

/** The strongly connected components of a graph, in topological order (sources first). */
export interface Components {
  /** Component index of each node. */
  readonly component: Int32Array;
  /** Nodes of component `c` are `nodes[start[c] .. start[c+1])`; components are in topological order. */
  readonly start: Int32Array;
  readonly nodes: Int32Array;
  /** Whether component `c` contains a cycle (more than one node, or a node with an edge to itself). */
  readonly cyclic: Uint8Array;
  readonly count: number;
}

/**
 * Tarjan's SCC algorithm over a CSR graph: the successors of `v` are
 * `adj[adjStart[v] .. adjStart[v+1])`. O(nodes + edges) time, no recursion.
 */
export function stronglyConnectedComponents(n: number, adjStart: Int32Array, adj: Int32Array): Components {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let stackTop = 0;
  // The explicit call stack: the node and how far through its successors we are.
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const emitted = new Int32Array(n);
  let emittedCount = 0;
  const emittedStart: number[] = [0];
  let counter = 0;
  let components = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = adjStart[root]!;
    index[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const e = callEdge[depth]!;
      if (e < adjStart[v + 1]!) {
        callEdge[depth] = e + 1;
        const w = adj[e]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = adjStart[w]!;
        } else if (onStack[w] && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--stackTop]!;
          onStack[w] = 0;
          emitted[emittedCount++] = w;
        } while (w !== v);
        emittedStart.push(emittedCount);
        components++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }

  // Tarjan emits sinks first; reverse so callers can evaluate sources first.
  const component = new Int32Array(n);
  const start = new Int32Array(components + 1);
  const nodes = new Int32Array(n);
  const cyclic = new Uint8Array(components);
  let fill = 0;
  for (let c = 0; c < components; c++) {
    const from = emittedStart[components - 1 - c]!;
    const to = emittedStart[components - c]!;
    start[c] = fill;
    for (let i = from; i < to; i++) {
      const v = emitted[i]!;
      nodes[fill++] = v;
      component[v] = c;
    }
    if (to - from > 1) cyclic[c] = 1;
  }
  start[components] = fill;
  for (let v = 0; v < n; v++) {
    for (let e = adjStart[v]!; e < adjStart[v + 1]!; e++) if (adj[e] === v) cyclic[component[v]!] = 1;
  }
  return { component, start, nodes, cyclic, count: components };
}
