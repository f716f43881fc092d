/**
 * Contributions that add up: a node's change from its base score to its strength, split among the
 * links into it (supporters, attackers and the undercuts of those links) by their Shapley values.
 *
 * The game: the players are the node's incoming links and the undercuts on them; a coalition's
 * value is the node's strength when only those links count, every other node's strength held at
 * what the map gives it. The empty coalition is worth the base score, the full one the node's
 * strength. A link's Shapley value is its marginal effect averaged over every order in which the
 * links could be added, so the values always add up to strength − base (efficiency), a link that
 * never changes anything gets 0 (null player), and two links that do the same get the same share
 * (symmetry). Leave-one-out effects have none of these: under DF-QuAD two attackers overlap and
 * each "costs" almost nothing, which is how "+0 points" for a strong supporter came about.
 *
 * Exact for up to {@link EXACT_PLAYERS} players (2^n coalitions); beyond that, estimated from
 * {@link SAMPLED_ORDERS} random orders drawn with a fixed seed. An estimate still adds up exactly:
 * in every single order the marginal effects telescope to strength − base.
 *
 * @module
 */
import type { EdgeKind } from '../model/types.ts';
import type { GradualSemantics } from './gradual/kernel.ts';
import { COMBINE } from './gradual/solve.ts';
import type { PreparedGraph } from './graph.ts';

/** Up to this many links into one node, Shapley values are computed exactly. */
export const EXACT_PLAYERS = 12;

/** Beyond {@link EXACT_PLAYERS}, how many random orders the estimate averages. */
export const SAMPLED_ORDERS = 2000;

/** What one link into a node did to its strength, as a share of the total change. */
export interface Attribution {
  /** The edge (for an undercut, the undercut edge). */
  edge: string;
  kind: EdgeKind;
  /** The node at the edge's source. */
  from: string;
  /** That node's own strength. */
  fromStrength: number;
  /** For an undercut: the link it weakens. */
  undercuts?: string;
  /** The Shapley value, in strength units: the shares of all links sum to `strength − base`. */
  share: number;
  /**
   * The share in whole percentage points, rounded so that the points of all links add up exactly
   * to the change a student sees: `round(100·strength) − round(100·base)`.
   */
  points: number;
}

/** A node's strength, split among the links into it. */
export interface AttributedStrength {
  node: string;
  base: number;
  strength: number;
  /** `exact` (every coalition) or `sampled` (an estimate from random orders; see `orders`). */
  method: 'exact' | 'sampled';
  /** For `sampled`: how many orders were averaged. */
  orders?: number;
  /** Largest share (by size) first. */
  contributions: Attribution[];
}

interface Player {
  /** Position in the node's incoming-edge list (an edge), or of the edge an undercut is on. */
  slot: number;
  /** For an undercut, the undercut's index. */
  undercut: number;
  info: Omit<Attribution, 'share' | 'points'>;
}

/**
 * Splits node `v`'s change from base score to strength among its incoming links and their
 * undercuts by Shapley value (see the module comment).
 */
export function attributeStrength(
  graph: PreparedGraph,
  semantics: GradualSemantics,
  strengths: Float64Array,
  v: number,
): AttributedStrength {
  const players = playersOf(graph, strengths, v);
  const base = graph.base[v]!;
  const strength = strengths[v]!;
  const value = coalitionValue(graph, semantics, strengths, v, players);
  const n = players.length;
  const shares = n <= EXACT_PLAYERS ? exactShapley(n, value) : sampledShapley(n, value);
  const points = pointsThatAddUp(shares, Math.round(strength * 100) - Math.round(base * 100));
  const contributions = players.map((player, i) => ({
    ...player.info,
    share: shares[i]!,
    points: points[i]!,
  }));
  contributions.sort((a, b) => Math.abs(b.share) - Math.abs(a.share) || a.edge.localeCompare(b.edge));
  return {
    node: graph.ids[v]!,
    base,
    strength,
    method: n <= EXACT_PLAYERS ? 'exact' : 'sampled',
    ...(n <= EXACT_PLAYERS ? {} : { orders: SAMPLED_ORDERS }),
    contributions,
  };
}

function playersOf(graph: PreparedGraph, strengths: Float64Array, v: number): Player[] {
  const players: Player[] = [];
  for (let i = graph.inStart[v]!; i < graph.inStart[v + 1]!; i++) {
    const e = graph.inEdges[i]!;
    const source = graph.edgeSource[e]!;
    players.push({
      slot: i,
      undercut: -1,
      info: {
        edge: graph.edgeIds[e]!,
        kind: graph.edgeSign[e]! > 0 ? 'supports' : 'opposes',
        from: graph.ids[source]!,
        fromStrength: strengths[source]!,
      },
    });
    for (let j = graph.edgeUndercutStart[e]!; j < graph.edgeUndercutStart[e + 1]!; j++) {
      const u = graph.edgeUndercuts[j]!;
      const undercutter = graph.undercutSource[u]!;
      players.push({
        slot: i,
        undercut: u,
        info: {
          edge: graph.undercutIds[u]!,
          kind: 'undercuts',
          from: graph.ids[undercutter]!,
          fromStrength: strengths[undercutter]!,
          undercuts: graph.edgeIds[e]!,
        },
      });
    }
  }
  return players;
}

/**
 * The game's value function: node `v`'s strength with only the links in `members` counting. The
 * empty coalition is exactly the base score and the full one exactly the stored strength (in a
 * cycle the stored strength is the solver's fixpoint, within its tolerance of one more local step).
 */
function coalitionValue(
  graph: PreparedGraph,
  semantics: GradualSemantics,
  strengths: Float64Array,
  v: number,
  players: readonly Player[],
): (members: Uint8Array) => number {
  const combine = COMBINE[semantics];
  const base = graph.base[v]!;
  return (members) => {
    let count = 0;
    for (const member of members) count += member;
    if (count === 0) return base;
    if (count === players.length) return strengths[v]!;
    let attProd = 1;
    let attSum = 0;
    let attCount = 0;
    let supProd = 1;
    let supSum = 0;
    let supCount = 0;
    for (let p = 0; p < players.length; p++) {
      const player = players[p]!;
      if (player.undercut >= 0 || !members[p]) continue;
      let weight = strengths[graph.inSource[player.slot]!]!;
      // The undercuts on this edge follow it in `players`.
      for (let q = p + 1; q < players.length && players[q]!.slot === player.slot; q++) {
        if (members[q]) weight *= 1 - strengths[graph.undercutSource[players[q]!.undercut]!]!;
      }
      if (graph.inSign[player.slot]! > 0) {
        supProd *= 1 - weight;
        supSum += weight;
        supCount++;
      } else {
        attProd *= 1 - weight;
        attSum += weight;
        attCount++;
      }
    }
    if (supCount + attCount === 0) return base;
    return Math.max(0, Math.min(1, combine(base, attProd, attSum, attCount, supProd, supSum, supCount)));
  };
}

/** Shapley values from all 2^n coalitions: φᵢ = Σ_S |S|!(n−|S|−1)!/n! · (v(S∪{i}) − v(S)). */
function exactShapley(n: number, value: (members: Uint8Array) => number): number[] {
  const size = 1 << n;
  const values = new Float64Array(size);
  const members = new Uint8Array(n);
  for (let mask = 0; mask < size; mask++) {
    for (let i = 0; i < n; i++) members[i] = (mask >> i) & 1;
    values[mask] = value(members);
  }
  // weight[k] = k!(n−k−1)!/n!, the chance that exactly the k others come before i in a random order.
  const weight: number[] = [];
  for (let k = 0; k < n; k++) {
    let w = 1 / n;
    for (let j = 1; j <= k; j++) w *= j / (n - j);
    weight.push(w);
  }
  const shares = new Array<number>(n).fill(0);
  for (let mask = 0; mask < size; mask++) {
    const k = popcount(mask);
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      shares[i]! += weight[k]! * (values[mask | (1 << i)]! - values[mask]!);
    }
  }
  return shares;
}

/** Shapley values estimated from random orders (a fixed seed: the same map explains the same way). */
function sampledShapley(n: number, value: (members: Uint8Array) => number): number[] {
  const random = mulberry32(0x5eed);
  const shares = new Array<number>(n).fill(0);
  const order = Array.from({ length: n }, (_, i) => i);
  const members = new Uint8Array(n);
  for (let sample = 0; sample < SAMPLED_ORDERS; sample++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    members.fill(0);
    let previous = value(members);
    for (const i of order) {
      members[i] = 1;
      const next = value(members);
      shares[i]! += next - previous;
      previous = next;
    }
  }
  return shares.map((share) => share / SAMPLED_ORDERS);
}

/**
 * Whole points for each share that add up to `total` exactly: each share is rounded towards zero
 * in points, and the points still missing go, one each, to the shares that lost the most in
 * rounding (largest remainder, as seats are apportioned).
 */
export function pointsThatAddUp(shares: readonly number[], total: number): number[] {
  const raw = shares.map((share) => share * 100);
  // `|| 0`: no "−0 points".
  const points = raw.map((x) => Math.trunc(x) || 0);
  let missing = total - points.reduce((sum, p) => sum + p, 0);
  const step = Math.sign(missing);
  // Who deserves the next point in the direction we are short: the largest remainder that way.
  const order = raw
    .map((x, i) => ({ i, remainder: (x - Math.trunc(x)) * step }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; missing !== 0 && order.length > 0; k = (k + 1) % order.length) {
    points[order[k]!.i]! += step;
    missing -= step;
  }
  return points.map((p) => p || 0);
}

function popcount(x: number): number {
  let count = 0;
  for (let y = x; y; y &= y - 1) count++;
  return count;
}

/** A small seeded generator (Mulberry32): reproducible estimates without a dependency. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
