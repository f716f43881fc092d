/**
 * Complete, preferred and stable labellings by backtracking over the part of the framework the
 * grounded labelling leaves undecided. That part splits into independent pieces (weakly connected
 * components), whose labellings combine freely; inside a piece, arguments are labelled in
 * topological order of its strongly connected components, so each SCC is searched with the labels
 * of everything attacking it already fixed.
 *
 * @module
 */
import { stronglyConnectedComponents } from '../scc.ts';
import type { Framework } from './framework.ts';
import { IN, OUT, UNDEC } from './labels.ts';
import { undecidedPieces as pieces } from './undecidedPieces.ts';

/** The multi-extension semantics. */
export type SearchSemantics = 'complete' | 'preferred' | 'stable';

/** One independent piece of the undecided part, and its labellings (when found in time). */
export interface Piece {
  /** Framework arguments in the piece, in search order. */
  readonly args: Int32Array;
  /** Labellings of `args`, one label code per argument; `undefined` if the budget ran out. */
  readonly labellings: Uint8Array[] | undefined;
}

/** Budget for the search. */
export interface SearchBudget {
  /** Wall-clock deadline as `performance.now()` milliseconds. */
  deadline: number;
  /** Give up on a piece after finding this many complete labellings. */
  maxLabellingsPerPiece: number;
}

/** Orders a piece's arguments by the topological order of its SCCs (attackers first). */
function searchOrder(af: Framework, grounded: Uint8Array, args: Int32Array): Int32Array {
  const local = new Map<number, number>();
  args.forEach((a, i) => {
    local.set(a, i);
  });
  const start = new Int32Array(args.length + 1);
  const list: number[] = [];
  args.forEach((a, i) => {
    for (let j = af.targetStart[a]!; j < af.targetStart[a + 1]!; j++) {
      const b = af.targets[j]!;
      if (grounded[b] === UNDEC) list.push(local.get(b)!);
    }
    start[i + 1] = list.length;
  });
  const sccs = stronglyConnectedComponents(args.length, start, Int32Array.from(list));
  return sccs.nodes.map((i) => args[i]!);
}

/**
 * All complete (or stable) labellings of one piece, by depth-first search with an explicit stack.
 * A constraint is checked as soon as its argument or one of its attackers is labelled, so a bad
 * choice is undone right away. Attackers outside the piece are `out` in the grounded labelling
 * (an undecided argument has no `in` attacker), so they are simply skipped.
 */
function labelPiece(
  af: Framework,
  grounded: Uint8Array,
  order: Int32Array,
  stable: boolean,
  budget: SearchBudget,
  label: Int8Array,
  onLabelling: (labels: Uint8Array) => void,
): boolean {
  const k = order.length;
  const choices = stable ? [IN, OUT] : [IN, OUT, UNDEC];
  const next = new Uint8Array(k);
  let found = 0;
  let steps = 0;

  const legal = (b: number): boolean => {
    const mine = label[b]!;
    if (mine < 0) return true;
    let ins = 0;
    let undecs = 0;
    let open = 0;
    for (let i = af.attackerStart[b]!; i < af.attackerStart[b + 1]!; i++) {
      const a = af.attackers[i]!;
      if (grounded[a] !== UNDEC) continue;
      const l = label[a]!;
      if (l === IN) ins++;
      else if (l === UNDEC) undecs++;
      else if (l < 0) open++;
    }
    if (mine === IN) return ins === 0 && undecs === 0;
    if (mine === OUT) return ins > 0 || open > 0;
    return ins === 0 && (undecs > 0 || open > 0);
  };
  const consistent = (a: number): boolean => {
    if (!legal(a)) return false;
    for (let i = af.targetStart[a]!; i < af.targetStart[a + 1]!; i++) {
      const b = af.targets[i]!;
      if (grounded[b] === UNDEC && !legal(b)) return false;
    }
    return true;
  };

  let depth = 0;
  next[0] = 0;
  const finish = (complete: boolean) => {
    for (const a of order) label[a] = -1;
    return complete;
  };
  while (depth >= 0) {
    if ((++steps & 1023) === 0 && performance.now() > budget.deadline) return finish(false);
    const a = order[depth]!;
    if (next[depth]! >= choices.length) {
      label[a] = -1;
      depth--;
      continue;
    }
    label[a] = choices[next[depth]!]!;
    next[depth]!++;
    if (!consistent(a)) continue;
    if (depth === k - 1) {
      onLabelling(Uint8Array.from(order, (b) => label[b]!));
      if (++found >= budget.maxLabellingsPerPiece) return finish(false);
      // Keeping only maximal labellings (preferred) costs more per find than the search step itself.
      if (performance.now() > budget.deadline) return finish(false);
      continue;
    }
    depth++;
    next[depth] = 0;
  }
  return finish(true);
}

/** Whether `a`'s `in` set is a subset of `b`'s. */
function inSubset(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] === IN && b[i] !== IN) return false;
  return true;
}

/**
 * The labellings of every undecided piece under a semantics. Complete labellings of the whole
 * framework are the grounded labelling plus one labelling per piece; preferred ones take the
 * maximal-`in` complete labelling of each piece; stable ones allow no `undec`.
 */
export function searchPieces(
  af: Framework,
  grounded: Uint8Array,
  semantics: SearchSemantics,
  budget: SearchBudget,
): Piece[] {
  // Current labels by framework index, -1 while unlabelled; shared by all pieces and reset after each.
  const label = new Int8Array(af.size).fill(-1);
  return pieces(af, grounded).map((group) => {
    const args = searchOrder(af, grounded, group);
    let found: Uint8Array[] = [];
    const done = labelPiece(af, grounded, args, semantics === 'stable', budget, label, (labels) => {
      if (semantics !== 'preferred') {
        found.push(labels);
        return;
      }
      if (found.some((other) => inSubset(labels, other))) return;
      found = found.filter((other) => !inSubset(other, labels));
      found.push(labels);
    });
    return { args, labellings: done ? found : undefined };
  });
}
