import { describe, expect, it } from 'vitest';
import { stronglyConnectedComponents } from './scc.ts';

/** CSR from `[from, to]` pairs. */
function graph(n: number, edges: [number, number][]): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (const [from] of edges) start[from + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const adj = new Int32Array(edges.length);
  for (const [from, to] of edges) adj[fill[from]!++] = to;
  return [start, adj];
}

describe('stronglyConnectedComponents', () => {
  it('finds cycles, self-loops and singletons, sources first', () => {
    // 0 → {1 ↔ 2} → 3, and 4 loops on itself.
    const [start, adj] = graph(5, [
      [0, 1],
      [1, 2],
      [2, 1],
      [2, 3],
      [4, 4],
    ]);
    const result = stronglyConnectedComponents(5, start, adj);
    expect(result.count).toBe(4);
    const { component, cyclic } = result;
    expect(component[1]).toBe(component[2]);
    expect(component[0]!).toBeLessThan(component[1]!);
    expect(component[1]!).toBeLessThan(component[3]!);
    expect([
      cyclic[component[0]!],
      cyclic[component[1]!],
      cyclic[component[3]!],
      cyclic[component[4]!],
    ]).toEqual([0, 1, 0, 1]);
  });

  it('walks a 1,000,000-node cycle without overflowing the stack', { timeout: 60_000 }, () => {
    const n = 1_000_000;
    const start = new Int32Array(n + 1);
    const adj = new Int32Array(n);
    for (let v = 0; v < n; v++) {
      start[v + 1] = v + 1;
      adj[v] = (v + 1) % n;
    }
    const result = stronglyConnectedComponents(n, start, adj);
    expect(result.count).toBe(1);
    expect(result.cyclic[0]).toBe(1);
  });
});
