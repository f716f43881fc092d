/**
 * How many nodes and edges a command takes on before it refuses, and `--max-nodes` /
 * `--max-edges` to raise that. A 13-byte `p af 1000000` is a million arguments: `evaluate` would
 * print a million lines after a minute at a gigabyte, `render` would never finish. Each command
 * has a default that fits what it does: `validate`, `convert` and `iccma` only read and write, so
 * they take what `--max-size` lets in; the commands that compute or draw something per node stop
 * at a size where they still answer in seconds. The check runs before that work (for framework
 * files, before the map is even built) and comes back as a diagnostic, never a throw.
 *
 * @module
 */
import type { Diagnostic } from '@argmap/core';

/** A command's limits; `Infinity` for none. */
export interface SizeLimits {
  maxNodes: number;
  maxEdges: number;
}

/** No limit beyond `--max-size`. */
export const UNLIMITED: SizeLimits = {
  maxNodes: Number.POSITIVE_INFINITY,
  maxEdges: Number.POSITIVE_INFINITY,
};

/**
 * The defaults. `stats` and `evaluate` on a map: about ten seconds and a gigabyte at a million
 * nodes, so a tenth of that. `render`: 10,000 statements are a 12 MB SVG in about a second, more
 * is a picture no viewer pans (the SVG writer refuses past 50,000 whatever the flag says).
 * `evaluate` on a framework file under an extension semantics goes the solver's direct path
 * (typed arrays, no map), as `iccma` does: ICCMA benchmarks have up to a million attacks.
 */
export const DEFAULT_LIMITS = {
  stats: { maxNodes: 100_000, maxEdges: 1_000_000 },
  evaluate: { maxNodes: 100_000, maxEdges: 1_000_000 },
  evaluateFramework: { maxNodes: 1_000_000, maxEdges: 10_000_000 },
  render: { maxNodes: 10_000, maxEdges: 100_000 },
} as const satisfies Record<string, SizeLimits>;

/** The `parseArgs` options of the commands that have limits. */
export const LIMIT_OPTIONS = {
  'max-nodes': { type: 'string' },
  'max-edges': { type: 'string' },
} as const;

/** The help lines for the two flags, with the command's defaults. */
export function limitsHelp(defaults: SizeLimits): string {
  const value = (n: number) => (Number.isFinite(n) ? n.toLocaleString('en') : 'none');
  return `  --max-nodes N      refuse a map of more than N nodes (default ${value(defaults.maxNodes)})
  --max-edges N      refuse a map of more than N edges (default ${value(defaults.maxEdges)})
`;
}

function readCount(flag: string, text: string | undefined, fallback: number): number | string {
  if (text === undefined) return fallback;
  if (/^(none|unlimited)$/iu.test(text)) return Number.POSITIVE_INFINITY;
  if (!/^[1-9]\d*$/u.test(text))
    return `${flag} expects a whole number of at least 1 (or "none"), not "${text}"`;
  return Number(text);
}

/** The limits the flags ask for, over `defaults`; a usage message when a value is not a count. */
export function readLimits(
  values: { 'max-nodes'?: string | undefined; 'max-edges'?: string | undefined },
  defaults: SizeLimits,
): SizeLimits | string {
  const maxNodes = readCount('--max-nodes', values['max-nodes'], defaults.maxNodes);
  if (typeof maxNodes === 'string') return maxNodes;
  const maxEdges = readCount('--max-edges', values['max-edges'], defaults.maxEdges);
  if (typeof maxEdges === 'string') return maxEdges;
  return { maxNodes, maxEdges };
}

/** A size no flag raises (SVG's 50,000 statements), and what to do instead. */
export interface Ceiling {
  maxNodes: number;
  advice: string;
}

/**
 * Why `command` refuses a map of `nodes` nodes and `edges` edges under `limits`, or `undefined`
 * when it fits. The message names the count, the limit and the flag that raises it, or, past a
 * `ceiling` no flag raises, what to do instead.
 */
export function exceedsLimits(
  counts: { nodes: number; edges: number },
  limits: SizeLimits,
  command: string,
  ceiling?: Ceiling,
): Diagnostic | undefined {
  if (ceiling && counts.nodes > ceiling.maxNodes && counts.nodes > limits.maxNodes) {
    return {
      severity: 'error',
      code: 'too-many-nodes',
      message: `This map has ${counts.nodes.toLocaleString('en')} nodes; argmap ${command} takes at most ${limits.maxNodes.toLocaleString('en')}, and no flag raises that past ${ceiling.maxNodes.toLocaleString('en')}. ${ceiling.advice}`,
    };
  }
  const over = (count: number, limit: number, noun: string, flag: string, code: string): Diagnostic => ({
    severity: 'error',
    code,
    message: `This map has ${count.toLocaleString('en')} ${noun}; argmap ${command} takes at most ${limit.toLocaleString('en')}. Raise the limit with ${flag} ${count} if you have the time and memory for it.`,
  });
  if (counts.nodes > limits.maxNodes)
    return over(counts.nodes, limits.maxNodes, 'nodes', '--max-nodes', 'too-many-nodes');
  if (counts.edges > limits.maxEdges)
    return over(counts.edges, limits.maxEdges, 'edges', '--max-edges', 'too-many-edges');
  return undefined;
}
