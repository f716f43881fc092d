/**
 * Explanations a student can read: for a strength, what each supporter, attacker and undercutter
 * did to the node; for a label, which accepted node defeats it or which defenders keep it in.
 *
 * @module
 */
import type { EdgeKind } from '../model/types.ts';
import { ATTACK_KINDS, type AttackKind, type Framework } from './extensions/framework.ts';
import { IN, LABELS, type Label, OUT, UNDEC } from './extensions/labels.ts';
import type { GradualSemantics } from './gradual/kernel.ts';
import { COMBINE, localStrength } from './gradual/solve.ts';
import type { PreparedGraph } from './graph.ts';

/** What one incoming edge did to a node's strength. */
export interface Contribution {
  /** The edge (for an undercut, the undercut edge). */
  edge: string;
  kind: EdgeKind;
  /** The node at the edge's source. */
  from: string;
  /** That node's own strength. */
  fromStrength: number;
  /**
   * How much this edge raised (positive) or lowered (negative) the node: its strength minus what it
   * would be without this one edge, every other node's strength held fixed. Effects need not add
   * up to the total change: under DF-QuAD two attackers overlap, for instance.
   */
  effect: number;
}

/** Why a node has its strength. */
export interface StrengthExplanation {
  node: string;
  base: number;
  strength: number;
  /** Largest effect first. */
  contributions: Contribution[];
}

/** Leave-one-out contributions of every edge into node `v`. */
export function explainStrength(
  graph: PreparedGraph,
  semantics: GradualSemantics,
  strengths: Float64Array,
  v: number,
): StrengthExplanation {
  const combine = COMBINE[semantics];
  const here = localStrength(graph, combine, graph.base, strengths, v);
  const contributions: Contribution[] = [];
  for (let i = graph.inStart[v]!; i < graph.inStart[v + 1]!; i++) {
    const e = graph.inEdges[i]!;
    const source = graph.edgeSource[e]!;
    contributions.push({
      edge: graph.edgeIds[e]!,
      kind: graph.edgeSign[e]! > 0 ? 'supports' : 'opposes',
      from: graph.ids[source]!,
      fromStrength: strengths[source]!,
      effect: here - localStrength(graph, combine, graph.base, strengths, v, undefined, e),
    });
    for (let j = graph.edgeUndercutStart[e]!; j < graph.edgeUndercutStart[e + 1]!; j++) {
      const u = graph.edgeUndercuts[j]!;
      const undercutter = graph.undercutSource[u]!;
      contributions.push({
        edge: graph.undercutIds[u]!,
        kind: 'undercuts',
        from: graph.ids[undercutter]!,
        fromStrength: strengths[undercutter]!,
        effect: here - localStrength(graph, combine, graph.base, strengths, v, undefined, -1, u),
      });
    }
  }
  contributions.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect) || a.edge.localeCompare(b.edge));
  return { node: graph.ids[v]!, base: graph.base[v]!, strength: strengths[v]!, contributions };
}

/** One argument in a label explanation. */
export interface Reason {
  /** The node; for the inference of an undercut edge, the edge's source. */
  node: string;
  /** Set when the argument is the inference of this (undercut) edge rather than a node. */
  via?: string;
  /** How it attacks (see {@link AttackKind}). */
  attack: AttackKind;
  label: Label;
}

/** An attacker of an accepted node, and the accepted nodes that defeat it. */
export interface Defence {
  attacker: Reason;
  defendedBy: Reason[];
}

/** Why a node has its label in one labelling. */
export interface LabelExplanation {
  node: string;
  label: Label;
  /** For `out`: the accepted attackers that defeat it. */
  defeatedBy: Reason[];
  /** For `in`: each attacker, and what defeats it. */
  defences: Defence[];
  /** For `undec`: the undecided attackers that keep it from being accepted. */
  undecidedBecause: Reason[];
}

function reason(af: Framework, graph: PreparedGraph, a: number, kind: number, labels: Uint8Array): Reason {
  const label = LABELS[labels[a]!]!;
  const attack = ATTACK_KINDS[kind]!;
  if (a < af.nodeCount) return { node: af.ids[a]!, attack, label };
  // Auxiliary arguments are named `edgeId#inference` / `edgeId#conclusion`.
  const edgeId = af.ids[a]!.slice(0, af.ids[a]!.lastIndexOf('#'));
  const e = graph.edgeIndex.get(edgeId) ?? 0;
  return { node: graph.ids[graph.edgeSource[e]!]!, via: edgeId, attack, label };
}

/** Explains argument `a`'s label in a full labelling of the framework. */
export function explainLabel(
  af: Framework,
  graph: PreparedGraph,
  labels: Uint8Array,
  a: number,
): LabelExplanation {
  const attackersOf = (b: number, wanted: number) => {
    const found: Reason[] = [];
    for (let i = af.attackerStart[b]!; i < af.attackerStart[b + 1]!; i++) {
      const c = af.attackers[i]!;
      if (labels[c] === wanted) found.push(reason(af, graph, c, af.attackerKind[i]!, labels));
    }
    return found;
  };
  const explanation: LabelExplanation = {
    node: af.ids[a]!,
    label: LABELS[labels[a]!]!,
    defeatedBy: [],
    defences: [],
    undecidedBecause: [],
  };
  if (labels[a] === OUT) explanation.defeatedBy = attackersOf(a, IN);
  else if (labels[a] === UNDEC) explanation.undecidedBecause = attackersOf(a, UNDEC);
  else {
    for (let i = af.attackerStart[a]!; i < af.attackerStart[a + 1]!; i++) {
      const c = af.attackers[i]!;
      explanation.defences.push({
        attacker: reason(af, graph, c, af.attackerKind[i]!, labels),
        defendedBy: attackersOf(c, IN),
      });
    }
  }
  return explanation;
}
