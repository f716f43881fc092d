/**
 * Runs clingo (Debian's `gringo` package) on the ASP encodings in `clingo/` to get Dung's
 * extensions from a solver that shares no code with ours, for the cross-check in
 * `clingo.test.ts`. Maps are built with the public edit operations, and the edges the
 * operations accepted are what clingo sees, so both sides read the same graph.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMap } from '../../model/createMap.ts';
import type { ArgMap } from '../../model/types.ts';
import { connect } from '../../operations/edges.ts';
import { addNode } from '../../operations/nodes.ts';
import type { SupportInterpretation } from './framework.ts';

/** The clingo command; `CLINGO` overrides it. */
export const CLINGO = process.env.CLINGO ?? 'clingo';

/** What to do when clingo is missing: the tests fail with this, in CI and on a laptop alike. */
export const INSTALL_HINT =
  'clingo is needed for the extension cross-check: on Debian or Ubuntu run `sudo apt-get install -y gringo` (or set CLINGO to its path).';

/** clingo's version line, or `undefined` if it cannot be run. */
export function clingoVersion(): string | undefined {
  const run = spawnSync(CLINGO, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return run.status === 0 ? run.stdout.split('\n')[0] : undefined;
}

/** A graph as node count plus `[source, kind, target]` triples of node indices. */
export interface Graph {
  size: number;
  edges: readonly (readonly [number, 'supports' | 'opposes', number])[];
}

/**
 * The map of `graph` (nodes `a0`, `a1`, …) built with `createMap`, `addNode` and `connect`, and
 * the edges `connect` accepted (it refuses self-supports and a second edge between the same ends).
 */
export function buildMap(graph: Graph): { map: ArgMap; edges: Graph['edges'] } {
  let map = createMap({ title: 'clingo cross-check' }, new Date(0));
  for (let i = 0; i < graph.size; i++) {
    const added = addNode(map, { kind: 'claim', id: `a${i}`, text: `a${i}` });
    if (!added.ok) throw new Error(`addNode refused a${i}`);
    map = added.value.map;
  }
  const accepted: Graph['edges'][number][] = [];
  graph.edges.forEach((edge, i) => {
    const [s, kind, t] = edge;
    const made = connect(map, { kind, source: `a${s}`, target: `a${t}`, id: `r${i}` });
    if (made.ok) {
      map = made.value.map;
      accepted.push(edge);
    }
  });
  return { map, edges: accepted };
}

function facts(graphs: readonly Graph[]): string {
  const lines: string[] = [];
  graphs.forEach((graph, g) => {
    lines.push(`graph(${g}).`);
    for (let i = 0; i < graph.size; i++) lines.push(`graph_arg(${g},a${i}).`);
    for (const [s, kind, t] of graph.edges) lines.push(`graph_${kind}(${g},a${s},a${t}).`);
  });
  return lines.join('\n');
}

const encoding = (name: string) => fileURLToPath(new URL(`clingo/${name}.lp`, import.meta.url));

/**
 * clingo's extensions of each graph under `semantics` and `support`, from one clingo run (see
 * `clingo/batch.lp`; a process per graph made the test a minute long). For each graph, its
 * extensions as sorted node ids, the list sorted. Throws if clingo fails, times out or prints
 * something unexpected: a broken reference must fail the test, never pass it.
 */
export function clingoExtensions(
  graphs: readonly Graph[],
  semantics: 'grounded' | 'complete' | 'preferred' | 'stable' | 'conflict-free',
  support: SupportInterpretation,
): string[][][] {
  const args = ['0', '--outf=2', encoding(semantics), encoding(`support-${support}`), encoding('batch'), '-'];
  if (semantics === 'preferred') args.push('--heuristic=Domain', '--enum-mode=domRec');
  const run = spawnSync(CLINGO, args, {
    input: facts(graphs),
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 1 << 28,
  });
  if (run.error) throw new Error(`${run.error.message}\n${INSTALL_HINT}`);
  // clingo's exit code is a bit field: 10 satisfiable, 20 unsatisfiable, 30 = 10|20 all found.
  if (run.status !== 10 && run.status !== 20 && run.status !== 30) {
    throw new Error(`clingo exited with ${run.status}: ${run.stderr}`);
  }
  const output = JSON.parse(run.stdout) as {
    Result: string;
    Models?: { More?: string };
    Call?: { Witnesses?: { Value: string[] }[] }[];
  };
  const perGraph: string[][][] = graphs.map(() => []);
  if (output.Result === 'UNSATISFIABLE') return perGraph;
  if (output.Result !== 'SATISFIABLE' || output.Models?.More !== 'no') {
    throw new Error(`clingo answered ${output.Result} without enumerating every answer set`);
  }
  for (const { Value } of output.Call?.flatMap((call) => call.Witnesses ?? []) ?? []) {
    let graph: number | undefined;
    const members: string[] = [];
    for (const atom of Value) {
      const match = /^(?:pick\((\d+)\)|in\((a\d+)\))$/.exec(atom);
      if (!match) throw new Error(`Unexpected atom from clingo: ${atom}`);
      if (match[1] !== undefined) graph = Number(match[1]);
      else members.push(match[2]!);
    }
    if (graph === undefined || !perGraph[graph]) throw new Error(`No graph in answer ${Value.join(' ')}`);
    perGraph[graph]!.push(members);
  }
  return perGraph.map(sortSets);
}

/** Each set sorted, then the sets sorted, so two lists of extensions compare with `toEqual`. */
export function sortSets(sets: readonly (readonly string[])[]): string[][] {
  const sorted = sets.map((set) => [...set].sort());
  return sorted.sort((a, b) => a.join(',').localeCompare(b.join(',')));
}
