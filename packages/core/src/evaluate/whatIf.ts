/**
 * What-if for gradual semantics: every node's strength if one node is taken out of the map or its
 * base score (an evidence node's credibility) is changed, and a ranking of which evidence matters
 * most to a chosen position. Each question re-evaluates only the part of the map downstream of
 * the varied node, so asking it for every evidence node of a 100-node map is cheap.
 *
 * @module
 */

import type { GradualSemantics } from './gradual/kernel.ts';
import { type GradualOptions, updateGradual } from './gradual/solve.ts';
import type { PreparedGraph } from './graph.ts';

/** A change to try: take a node out, or give it another base score. */
export type Change = { remove: string } | { node: string; baseScore: number };

/** One node whose strength the change moves. */
export interface StrengthShift {
  node: string;
  before: number;
  /** Absent for the removed node itself. */
  after?: number;
  /** `after − before` (0 for the removed node). */
  delta: number;
}

/** The outcome of one what-if question. */
export interface WhatIfResult {
  change: Change;
  /** Nodes whose strength moved by more than 1e-12, largest move first. */
  shifts: StrengthShift[];
  /** How many nodes were recomputed. */
  touched: number;
  /** Whether the re-evaluation of cyclic parts converged. */
  converged: boolean;
}

/** Strengths after a change, or `undefined` if the changed node is unknown. */
export function varied(
  graph: PreparedGraph,
  semantics: GradualSemantics,
  strengths: Float64Array,
  change: Change,
  options: GradualOptions,
): { strengths: Float64Array; touched: number; converged: boolean; node: number } | undefined {
  const id = 'remove' in change ? change.remove : change.node;
  const v = graph.index.get(id);
  if (v === undefined) return undefined;
  if ('remove' in change) {
    const removed = new Uint8Array(graph.ids.length);
    removed[v] = 1;
    const run = updateGradual(graph, semantics, strengths, [v], options, { removed });
    return { strengths: run.strengths, touched: run.touched, converged: run.convergence.converged, node: v };
  }
  const base = Float64Array.from(graph.base);
  base[v] = Math.min(1, Math.max(0, change.baseScore));
  const run = updateGradual(graph, semantics, strengths, [v], options, { base });
  return { strengths: run.strengths, touched: run.touched, converged: run.convergence.converged, node: v };
}

/** What a change does to every node's strength. */
export function whatIfStrength(
  graph: PreparedGraph,
  semantics: GradualSemantics,
  strengths: Float64Array,
  change: Change,
  options: GradualOptions = {},
): WhatIfResult | undefined {
  const after = varied(graph, semantics, strengths, change, options);
  if (!after) return undefined;
  const removed = 'remove' in change ? after.node : -1;
  const shifts: StrengthShift[] = [];
  for (let v = 0; v < graph.ids.length; v++) {
    const before = strengths[v]!;
    if (v === removed) {
      shifts.push({ node: graph.ids[v]!, before, delta: 0 });
      continue;
    }
    const delta = after.strengths[v]! - before;
    if (Math.abs(delta) > 1e-12)
      shifts.push({ node: graph.ids[v]!, before, after: after.strengths[v]!, delta });
  }
  shifts.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  return { change, shifts, touched: after.touched, converged: after.converged };
}

/** How much one piece of evidence matters to a position. */
export interface EvidenceImpact {
  evidence: string;
  /** The position's strength without this evidence, minus its strength now. */
  delta: number;
  /** The position's strength without this evidence. */
  without: number;
}

/**
 * Ranks evidence nodes by how much removing each one would move `position`'s strength, largest
 * move first. Evidence whose removal does not move the position is left out.
 */
export function rankEvidence(
  graph: PreparedGraph,
  semantics: GradualSemantics,
  strengths: Float64Array,
  position: number,
  options: GradualOptions = {},
): EvidenceImpact[] {
  const impacts: EvidenceImpact[] = [];
  for (let v = 0; v < graph.ids.length; v++) {
    if (!graph.isEvidence[v] || v === position) continue;
    const after = varied(graph, semantics, strengths, { remove: graph.ids[v]! }, options);
    if (!after) continue;
    const without = after.strengths[position]!;
    const delta = without - strengths[position]!;
    if (Math.abs(delta) > 1e-12) impacts.push({ evidence: graph.ids[v]!, delta, without });
  }
  return impacts.sort(
    (a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.evidence.localeCompare(b.evidence),
  );
}
