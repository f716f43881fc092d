/**
 * A deliberately naive reference for the tests: Dung's extensions of a small framework found by
 * checking every subset of arguments against the definitions (conflict-free, admissible,
 * complete, preferred, stable, grounded, semi-stable, stage, ideal). It shares no code with the
 * labelling search or the SAT solver.
 *
 * @module
 */

/** Every extension of each semantics, each as a sorted list of argument indices. */
export interface ReferenceExtensions {
  grounded: number[];
  complete: number[][];
  preferred: number[][];
  stable: number[][];
  /** Complete extensions whose range (the set and what it attacks) is maximal. */
  'semi-stable': number[][];
  /** Conflict-free sets whose range is maximal. */
  stage: number[][];
  /** The largest admissible set inside every preferred extension. */
  ideal: number[];
}

function members(set: number, n: number): number[] {
  const list: number[] = [];
  for (let a = 0; a < n; a++) if (set & (1 << a)) list.push(a);
  return list;
}

/** Extensions of the framework with `n ≤ 16` arguments and the given `[attacker, target]` pairs. */
export function referenceExtensions(
  n: number,
  attacks: readonly (readonly [number, number])[],
): ReferenceExtensions {
  const attackersOf = new Array<number>(n).fill(0);
  const targetsOf = new Array<number>(n).fill(0);
  for (const [a, b] of attacks) {
    attackersOf[b]! |= 1 << a;
    targetsOf[a]! |= 1 << b;
  }
  const all = (1 << n) - 1;
  const attackedBy = (set: number) => members(set, n).reduce((acc, a) => acc | targetsOf[a]!, 0);
  const conflictFree = (set: number) => (attackedBy(set) & set) === 0;
  // F(S): the arguments S defends, i.e. whose every attacker S attacks.
  const defended = (set: number) => {
    const hit = attackedBy(set);
    let result = 0;
    for (let a = 0; a < n; a++) if ((attackersOf[a]! & ~hit) === 0) result |= 1 << a;
    return result;
  };
  const admissible: number[] = [];
  const complete: number[] = [];
  const stable: number[] = [];
  const free: number[] = [];
  for (let set = 0; set <= all; set++) {
    if (!conflictFree(set)) continue;
    free.push(set);
    const f = defended(set);
    if ((set & ~f) === 0) admissible.push(set);
    if (f === set) complete.push(set);
    if ((attackedBy(set) | set) === all) stable.push(set);
  }
  const preferred = admissible.filter((s) => !admissible.some((t) => t !== s && (s & t) === s));
  const grounded = complete.reduce((acc, s) => acc & s, all);
  const range = (set: number) => set | attackedBy(set);
  const rangeMaximal = (sets: number[]) =>
    sets.filter((s) => !sets.some((t) => (range(s) & range(t)) === range(s) && range(t) !== range(s)));
  const sceptical = preferred.reduce((acc, s) => acc & s, all);
  const ideal = admissible.filter((s) => (s & sceptical) === s).reduce((acc, s) => acc | s, 0);
  return {
    grounded: members(grounded, n),
    complete: complete.map((s) => members(s, n)),
    preferred: preferred.map((s) => members(s, n)),
    stable: stable.map((s) => members(s, n)),
    'semi-stable': rangeMaximal(complete).map((s) => members(s, n)),
    stage: rangeMaximal(free).map((s) => members(s, n)),
    ideal: members(ideal, n),
  };
}
