/**
 * The independent parts of what a labelling leaves undecided.
 *
 * @module
 */
import type { Framework } from './framework.ts';
import { UNDEC } from './labels.ts';

/**
 * Splits the arguments a labelling leaves `undec` into weakly connected pieces (union-find over
 * the attacks between them). Pieces are independent: the labellings of a framework that extend
 * `base` are one labelling per piece, combined freely. For complete-based semantics `base` is the
 * grounded labelling; for stage semantics it is all `undec`, so the pieces are the framework's
 * weakly connected components.
 */
export function undecidedPieces(af: Framework, base: Uint8Array): Int32Array[] {
  const grounded = base;
  const parent = new Int32Array(af.size);
  for (let a = 0; a < af.size; a++) parent[a] = a;
  const find = (a: number): number => {
    let root = a;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[a] !== root) {
      const next = parent[a]!;
      parent[a] = root;
      a = next;
    }
    return root;
  };
  for (let b = 0; b < af.size; b++) {
    if (grounded[b] !== UNDEC) continue;
    for (let i = af.attackerStart[b]!; i < af.attackerStart[b + 1]!; i++) {
      const a = af.attackers[i]!;
      if (grounded[a] === UNDEC) parent[find(a)] = find(b);
    }
  }
  const groups = new Map<number, number[]>();
  for (let a = 0; a < af.size; a++) {
    if (grounded[a] !== UNDEC) continue;
    const root = find(a);
    const group = groups.get(root);
    if (group) group.push(a);
    else groups.set(root, [a]);
  }
  return [...groups.values()].map((group) => Int32Array.from(group));
}
