/**
 * The abstract argumentation framework (Dung 1995) a map stands for: every node is an argument,
 * `opposes` edges are attacks, and `supports` edges add derived attacks according to the chosen
 * support interpretation (Cayrol & Lagasquie-Schiex, "Bipolarity in argumentation graphs:
 * Towards a better understanding", IJAR 54(7), 2013).
 *
 * @module
 */
import type { Diagnostic } from '../../result.ts';
import type { PreparedGraph } from '../graph.ts';

/**
 * What a `supports` edge means for acceptability.
 * - `none`: nothing; support only feeds gradual strength.
 * - `deductive`: if the supporter is accepted, the supported node must be too.
 * - `necessary`: the supported node can only be accepted if the supporter is.
 */
export type SupportInterpretation = 'none' | 'deductive' | 'necessary';

/** Every support interpretation, default first. */
export const SUPPORT_INTERPRETATIONS: readonly SupportInterpretation[] = ['none', 'deductive', 'necessary'];

/**
 * Why one argument attacks another. With `S*` meaning "a chain of zero or more supports":
 * - `direct`: an `opposes` edge.
 * - `supported` (deductive): `a S* x` and `x` attacks `b`: a implies x, which attacks b.
 * - `mediated` (deductive): `b S* y` and `a` attacks `y`: b implies y, which a attacks.
 * - `secondary` (necessary): `a` attacks `y` and `y S* b`: a attacks something b needs.
 * - `extended` (necessary): `x S* a` and `x` attacks `b`: a needs x, which attacks b.
 * - `chained`: both ends extended along supports at once.
 * - `inference`: a link of the chain that models an undercut (see {@link Framework}).
 */
export type AttackKind =
  | 'direct'
  | 'supported'
  | 'mediated'
  | 'secondary'
  | 'extended'
  | 'chained'
  | 'inference';

/** Attack kinds by their stored code. */
export const ATTACK_KINDS: readonly AttackKind[] = [
  'direct',
  'supported',
  'mediated',
  'secondary',
  'extended',
  'chained',
  'inference',
];

/**
 * Arguments and attacks in CSR form. Arguments `0 … nodeCount − 1` are the map's nodes (same
 * indices as the prepared graph). An undercut on an `opposes` edge `s → t` becomes two auxiliary
 * arguments after them: the edge's inference `X` and its conclusion `Y`, with attacks
 * `s → X → Y → t` and `undercutter → Y` in place of `s → t`. So `t` is defeated exactly when `s` is
 * accepted and no undercutter is: "true, but it does not follow".
 */
export interface Framework {
  /** Number of arguments, auxiliary ones included. */
  readonly size: number;
  /** Number of arguments that are map nodes. */
  readonly nodeCount: number;
  /** Argument ids: node ids, then `edgeId#inference` and `edgeId#conclusion` for undercut edges. */
  readonly ids: readonly string[];
  /** Attackers of `a` are `attackers[attackerStart[a] .. attackerStart[a+1])`, with `attackerKind` (an {@link ATTACK_KINDS} index) beside them. */
  readonly attackerStart: Int32Array;
  readonly attackers: Int32Array;
  readonly attackerKind: Uint8Array;
  /** Arguments attacked by `a` are `targets[targetStart[a] .. targetStart[a+1])`. */
  readonly targetStart: Int32Array;
  readonly targets: Int32Array;
  /** Problems met while building (e.g. too many derived attacks); `error` ones make results unusable. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of {@link frameworkFromAttacks}. */
export interface AttackListOptions {
  /** Argument ids; default `"0"`, `"1"`, …. */
  ids?: readonly string[];
  /** How many arguments are map nodes; default all. */
  nodeCount?: number;
  diagnostics?: Diagnostic[];
  /**
   * Fill `attackers` and `attackerKind` on first read rather than now (the counts in
   * `attackerStart` are always there). Grounded labelling reads only the counts and the targets,
   * so a grounded evaluation that is never explained skips a scattered write per attack. The
   * framework then keeps `from`, `to` and `kinds`, which the caller must not change.
   */
  lazyAttackers?: boolean;
}

/** Builds a framework directly from attack pairs: `from[i]` attacks `to[i]`. */
export function frameworkFromAttacks(
  size: number,
  from: ArrayLike<number>,
  to: ArrayLike<number>,
  kinds?: ArrayLike<number>,
  options: AttackListOptions = {},
): Framework {
  const count = from.length;
  const attackerStart = new Int32Array(size + 1);
  const targetStart = new Int32Array(size + 1);
  for (let i = 0; i < count; i++) {
    attackerStart[to[i]! + 1]!++;
    targetStart[from[i]! + 1]!++;
  }
  for (let a = 0; a < size; a++) {
    attackerStart[a + 1]! += attackerStart[a]!;
    targetStart[a + 1]! += targetStart[a]!;
  }
  const targets = new Int32Array(count);
  const fillOut = targetStart.slice(0, size);
  for (let i = 0; i < count; i++) targets[fillOut[from[i]!]!++] = to[i]!;
  const fillAttackers = () => {
    const attackers = new Int32Array(count);
    const attackerKind = new Uint8Array(count);
    const fillIn = attackerStart.slice(0, size);
    for (let i = 0; i < count; i++) {
      const slot = fillIn[to[i]!]!++;
      attackers[slot] = from[i]!;
      if (kinds) attackerKind[slot] = kinds[i]!;
    }
    return { attackers, attackerKind };
  };
  const parts = {
    size,
    nodeCount: options.nodeCount ?? size,
    attackerStart,
    targetStart,
    targets,
    diagnostics: options.diagnostics ?? [],
  };
  // The default ids ("0", "1", …) are made when first read: a framework read from a file
  // (200,000 arguments) is mostly labelled without them, and making them cost 20-70 ms.
  const withIds = options.ids
    ? Object.assign(parts, { ids: options.ids })
    : (Object.defineProperties(parts, LAZY_IDS) as typeof parts & { ids: readonly string[] });
  if (!options.lazyAttackers) return Object.assign(withIds, fillAttackers());
  const framework = Object.defineProperties(withIds, LAZY_ATTACKERS);
  lazyAttackers.set(framework, { fill: fillAttackers });
  return framework as typeof withIds & AttackerLists;
}

const defaultIds = new WeakMap<object, readonly string[]>();

const LAZY_IDS: PropertyDescriptorMap = {
  ids: {
    get(this: { size: number }) {
      let ids = defaultIds.get(this);
      if (!ids) {
        ids = Array.from({ length: this.size }, (_, i) => String(i));
        defaultIds.set(this, ids);
      }
      return ids;
    },
    enumerable: true,
    configurable: true,
  },
};

interface AttackerLists {
  attackers: Int32Array;
  attackerKind: Uint8Array;
}

// Getters shared by every framework, each looking up its own state here: per-framework closures
// would push V8 into slow dictionary-mode objects after a few frameworks.
const lazyAttackers = new WeakMap<object, { fill: () => AttackerLists; filled?: AttackerLists }>();

function attackerLists(framework: object): AttackerLists {
  const state = lazyAttackers.get(framework);
  if (!state) throw new TypeError('Not a framework made by frameworkFromAttacks.');
  state.filled ??= state.fill();
  return state.filled;
}

const LAZY_ATTACKERS: PropertyDescriptorMap = {
  attackers: {
    get(this: object) {
      return attackerLists(this).attackers;
    },
    enumerable: true,
    configurable: true,
  },
  attackerKind: {
    get(this: object) {
      return attackerLists(this).attackerKind;
    },
    enumerable: true,
    configurable: true,
  },
};

/** Nodes reachable from `start` along support edges, forwards (`down`) or backwards, `start` included. */
function supportReach(graph: PreparedGraph, start: number, down: boolean): number[] {
  const seen = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    const [starts, list] = down ? [graph.outStart, graph.outEdges] : [graph.inStart, graph.inEdges];
    for (let i = starts[v]!; i < starts[v + 1]!; i++) {
      const e = list[i]!;
      if (graph.edgeSign[e]! < 0) continue;
      const w = down ? graph.edgeTarget[e]! : graph.edgeSource[e]!;
      if (!seen.has(w)) {
        seen.add(w);
        queue.push(w);
      }
    }
  }
  return queue;
}

/** Options for {@link buildFramework}. */
export interface FrameworkOptions {
  /** Stop deriving attacks past this many and report an error. Default 5,000,000. */
  maxAttacks?: number;
  /** See {@link AttackListOptions.lazyAttackers}. */
  lazyAttackers?: boolean;
}

/** The framework of a prepared map under a support interpretation. */
export function buildFramework(
  graph: PreparedGraph,
  support: SupportInterpretation,
  options: FrameworkOptions = {},
): Framework {
  const n = graph.ids.length;
  const maxAttacks = options.maxAttacks ?? 5_000_000;
  const diagnostics: Diagnostic[] = [];
  // Ids of the auxiliary arguments of undercut edges, numbered from n on.
  const auxiliary: string[] = [];
  // Every opposes edge gives at least one attack: sized for those, grown only by derived attacks.
  const attacks = new AttackList(graph.edgeIds.length + 4 * graph.undercutIds.length);
  const add = (a: number, b: number, kind: AttackKind) => attacks.push(a, b, KIND_CODE[kind]);
  const undercutEdges = new Set<number>();
  for (let u = 0; u < graph.undercutIds.length; u++) {
    const e = graph.undercutEdge[u]!;
    if (graph.edgeSign[e]! < 0) undercutEdges.add(e);
    else if (support !== 'none') {
      diagnostics.push({
        severity: 'warning',
        code: 'evaluate/undercut-on-support-ignored',
        message: `Undercut "${graph.undercutIds[u]}" targets a supports edge; extension semantics ignore it.`,
        path: ['edges', graph.undercutIds[u]!],
      });
    }
  }
  if (support === 'none' && undercutEdges.size === 0) return directFramework(graph, diagnostics, options);
  // Undercut attacks become a chain through two auxiliary arguments (see Framework).
  const conclusionOf = new Map<number, number>();
  for (const e of undercutEdges) {
    const inference = n + auxiliary.length;
    auxiliary.push(`${graph.edgeIds[e]}#inference`, `${graph.edgeIds[e]}#conclusion`);
    add(graph.edgeSource[e]!, inference, 'inference');
    add(inference, inference + 1, 'inference');
    add(inference + 1, graph.edgeTarget[e]!, 'inference');
    conclusionOf.set(e, inference + 1);
  }
  for (let u = 0; u < graph.undercutIds.length; u++) {
    const conclusion = conclusionOf.get(graph.undercutEdge[u]!);
    if (conclusion !== undefined) add(graph.undercutSource[u]!, conclusion, 'direct');
  }

  const seen = support === 'none' ? undefined : new Set<number>();
  const reach = new Map<number, number[]>();
  const reachOf = (v: number): number[] => {
    let list = reach.get(v);
    if (!list) {
      list = supportReach(graph, v, support === 'necessary');
      reach.set(v, list);
    }
    return list;
  };
  const { edgeSign, edgeSource, edgeTarget } = graph;
  const hasUndercuts = undercutEdges.size > 0;
  for (let e = 0; e < edgeSign.length; e++) {
    if (edgeSign[e]! > 0 || (hasUndercuts && undercutEdges.has(e))) continue;
    const x = edgeSource[e]!;
    const y = edgeTarget[e]!;
    if (!seen) {
      attacks.push(x, y, DIRECT);
      continue;
    }
    // Deductive: a S* x attacks y S* … b's side: a ∈ support-ancestors(x), b ∈ support-ancestors(y).
    // Necessary: the same with supports reversed (descendants).
    for (const a of reachOf(x)) {
      for (const b of reachOf(y)) {
        const key = a * n + b;
        if (seen.has(key)) continue;
        seen.add(key);
        const kind: AttackKind =
          a === x && b === y
            ? 'direct'
            : a === x
              ? support === 'deductive'
                ? 'mediated'
                : 'secondary'
              : b === y
                ? support === 'deductive'
                  ? 'supported'
                  : 'extended'
                : 'chained';
        add(a, b, kind);
      }
      if (attacks.length > maxAttacks) {
        diagnostics.push({
          severity: 'error',
          code: 'evaluate/too-many-attacks',
          message: `The ${support} support interpretation derives more than ${maxAttacks} attacks on this map; use support "none".`,
        });
        return frameworkFromAttacks(n, [], [], [], { ids: graph.ids, nodeCount: n, diagnostics });
      }
    }
  }
  const ids = auxiliary.length > 0 ? [...graph.ids, ...auxiliary] : graph.ids;
  return frameworkFromAttacks(ids.length, attacks.from(), attacks.to(), attacks.kinds(), {
    ids,
    nodeCount: n,
    diagnostics,
    lazyAttackers: options.lazyAttackers === true,
  });
}

/**
 * The framework whose attacks are exactly the `opposes` edges (support `none`, no undercut on an
 * opposes edge): the common case, built without a per-attack list. When every edge opposes, the
 * graph's own edge arrays are the attack list.
 */
function directFramework(
  graph: PreparedGraph,
  diagnostics: Diagnostic[],
  options: FrameworkOptions,
): Framework {
  const shared = { ids: graph.ids, diagnostics, lazyAttackers: options.lazyAttackers === true };
  const { edgeSign, edgeSource, edgeTarget } = graph;
  const n = graph.ids.length;
  let count = 0;
  for (let e = 0; e < edgeSign.length; e++) if (edgeSign[e]! < 0) count++;
  if (count === edgeSign.length) {
    return frameworkFromAttacks(n, edgeSource, edgeTarget, undefined, shared);
  }
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  let i = 0;
  for (let e = 0; e < edgeSign.length; e++) {
    if (edgeSign[e]! > 0) continue;
    from[i] = edgeSource[e]!;
    to[i++] = edgeTarget[e]!;
  }
  return frameworkFromAttacks(n, from, to, undefined, shared);
}

const KIND_CODE = Object.fromEntries(ATTACK_KINDS.map((kind, i) => [kind, i])) as Record<AttackKind, number>;
const DIRECT = KIND_CODE.direct;

/**
 * Attack triples in typed arrays that double when full. Plain arrays of numbers, on a million
 * attacks, cost more in garbage collection than the labelling does.
 */
class AttackList {
  length = 0;
  private source: Int32Array;
  private target: Int32Array;
  private kind: Uint8Array;

  constructor(capacity: number) {
    this.source = new Int32Array(Math.max(capacity, 16));
    this.target = new Int32Array(this.source.length);
    this.kind = new Uint8Array(this.source.length);
  }

  push(a: number, b: number, kind: number): void {
    if (this.length === this.source.length) {
      const grow = <T extends Int32Array | Uint8Array>(array: T, bigger: T): T => {
        bigger.set(array);
        return bigger;
      };
      this.source = grow(this.source, new Int32Array(2 * this.length));
      this.target = grow(this.target, new Int32Array(2 * this.length));
      this.kind = grow(this.kind, new Uint8Array(2 * this.length));
    }
    this.source[this.length] = a;
    this.target[this.length] = b;
    this.kind[this.length] = kind;
    this.length++;
  }

  from(): Int32Array {
    return this.source.subarray(0, this.length);
  }

  to(): Int32Array {
    return this.target.subarray(0, this.length);
  }

  kinds(): Uint8Array {
    return this.kind.subarray(0, this.length);
  }
}
