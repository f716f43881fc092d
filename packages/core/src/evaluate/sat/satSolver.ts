/**
 * A small CDCL SAT solver in the MiniSat mould, for the argumentation encodings in this folder:
 * two watched literals per clause, first-UIP clause learning with clause minimisation, VSIDS
 * variable order with phase saving, Luby restarts, and learnt-clause reduction by literal block
 * distance (Glucose). It is incremental: clauses can be added between calls and each call takes
 * assumptions, which is how extensions are enumerated, maximised and blocked.
 *
 * Literals are numbers: variable `v` (from 0) is `2v` when true and `2v + 1` when false, so a
 * literal's negation is `lit ^ 1`. Clauses live in one `Int32Array` arena: at `ref` the size,
 * at `ref + 1` the literal block distance (0 for problem clauses), then the literals.
 *
 * @module
 */
import { VarHeap } from './varHeap.ts';

/** The answer of {@link SatSolver.solve}. */
export type SatResult = 'sat' | 'unsat' | 'unknown';

const TRUE = 1;
const FALSE = -1;
const HEADER = 2;
const RESTART_BASE = 100;

/** The `x`-th element (from 0) of the Luby sequence 1 1 2 1 1 2 4 …, times `y` to the power. */
function luby(y: number, x: number): number {
  let size = 1;
  let seq = 0;
  while (size < x + 1) {
    seq++;
    size = 2 * size + 1;
  }
  while (size - 1 !== x) {
    size = (size - 1) >> 1;
    seq--;
    x %= size;
  }
  return y ** seq;
}

/** The literal of variable `v`, positive or negated. */
export function lit(v: number, positive = true): number {
  return 2 * v + (positive ? 0 : 1);
}

/** An incremental CDCL solver; see the module comment. */
export class SatSolver {
  private vars = 0;
  private mem = new Int32Array(1 << 12);
  private memUsed = 0;
  private problem: number[] = [];
  private learnts: number[] = [];
  private watches: number[][] = [];
  /** Per variable: 1 true, -1 false, 0 unassigned. */
  private assign = new Int8Array(16);
  private level = new Int32Array(16);
  private reason = new Int32Array(16);
  private phase = new Uint8Array(16);
  private seen = new Uint8Array(16);
  private activity = new Float64Array(16);
  private varInc = 1;
  private heap = new VarHeap(() => this.activity);
  private trail = new Int32Array(16);
  private trailSize = 0;
  private trailLim: number[] = [];
  private qhead = 0;
  private consistent = true;
  private maxLearnts = 2000;
  private stamp = 0;
  private levelStamp = new Int32Array(16);
  /** Conflicts over the solver's life, for statistics and tests. */
  conflicts = 0;
  /** The model of the last `sat` answer: `model[v]` is 1 when variable `v` is true. */
  model = new Uint8Array(0);

  /** Number of variables. */
  get variables(): number {
    return this.vars;
  }

  /** Adds a fresh variable and returns its index. */
  newVar(): number {
    const v = this.vars++;
    if (v >= this.assign.length) this.growVars(2 * this.assign.length);
    this.watches.push([], []);
    this.reason[v] = -1;
    this.heap.grow(this.vars);
    this.heap.insert(v);
    return v;
  }

  /** Adds `count` fresh variables; returns the first. */
  newVars(count: number): number {
    const first = this.vars;
    if (first + count > this.assign.length) this.growVars(Math.max(first + count, 2 * this.assign.length));
    for (let i = 0; i < count; i++) this.newVar();
    return first;
  }

  private growVars(capacity: number): void {
    const grow = <T extends Int8Array | Uint8Array | Int32Array | Float64Array>(
      a: T,
      make: (n: number) => T,
    ) => {
      const b = make(capacity);
      b.set(a);
      return b;
    };
    this.assign = grow(this.assign, (n) => new Int8Array(n));
    this.level = grow(this.level, (n) => new Int32Array(n));
    this.reason = grow(this.reason, (n) => new Int32Array(n));
    this.phase = grow(this.phase, (n) => new Uint8Array(n));
    this.seen = grow(this.seen, (n) => new Uint8Array(n));
    this.activity = grow(this.activity, (n) => new Float64Array(n));
    this.trail = grow(this.trail, (n) => new Int32Array(n));
    this.levelStamp = grow(this.levelStamp, (n) => new Int32Array(n + 1));
  }

  private value(l: number): number {
    const a = this.assign[l >> 1]!;
    return l & 1 ? -a : a;
  }

  /**
   * Adds a clause (a list of literals, at least one true). Returns `false` once the clauses are
   * contradictory on their own; every later `solve` then answers `unsat`.
   */
  addClause(literals: readonly number[]): boolean {
    if (!this.consistent) return false;
    this.cancelUntil(0);
    const clause: number[] = [];
    for (const l of literals) {
      const value = this.value(l);
      if (value === TRUE || clause.includes(l ^ 1)) return true;
      if (value === FALSE || clause.includes(l)) continue;
      clause.push(l);
    }
    if (clause.length === 0) {
      this.consistent = false;
      return false;
    }
    if (clause.length === 1) {
      this.enqueue(clause[0]!, -1);
      if (this.propagate() >= 0) this.consistent = false;
      return this.consistent;
    }
    this.problem.push(this.store(clause, 0));
    return true;
  }

  private store(clause: readonly number[], lbd: number): number {
    const need = this.memUsed + HEADER + clause.length;
    if (need > this.mem.length) {
      const bigger = new Int32Array(Math.max(need, 2 * this.mem.length));
      bigger.set(this.mem.subarray(0, this.memUsed));
      this.mem = bigger;
    }
    const ref = this.memUsed;
    this.mem[ref] = clause.length;
    this.mem[ref + 1] = lbd;
    for (let i = 0; i < clause.length; i++) this.mem[ref + HEADER + i] = clause[i]!;
    this.memUsed = need;
    this.watches[clause[0]!]!.push(ref);
    this.watches[clause[1]!]!.push(ref);
    return ref;
  }

  private enqueue(l: number, from: number): void {
    const v = l >> 1;
    this.assign[v] = l & 1 ? FALSE : TRUE;
    this.level[v] = this.trailLim.length;
    this.reason[v] = from;
    this.trail[this.trailSize++] = l;
  }

  /** Unit propagation over the watches; returns a conflicting clause or -1. */
  private propagate(): number {
    const mem = this.mem;
    const assign = this.assign;
    // Literal values are written out inline below (1 true, -1 false, 0 unassigned): this loop is
    // most of the solver's time, and a helper call per literal showed in profiles.
    while (this.qhead < this.trailSize) {
      const falseLit = this.trail[this.qhead++]! ^ 1;
      const list = this.watches[falseLit]!;
      let i = 0;
      let j = 0;
      const length = list.length;
      while (i < length) {
        const ref = list[i++]!;
        const base = ref + HEADER;
        if (mem[base] === falseLit) {
          mem[base] = mem[base + 1]!;
          mem[base + 1] = falseLit;
        }
        const first = mem[base]!;
        const firstValue = first & 1 ? -assign[first >> 1]! : assign[first >> 1]!;
        if (firstValue === TRUE) {
          list[j++] = ref;
          continue;
        }
        const end = base + mem[ref]!;
        let moved = false;
        for (let k = base + 2; k < end; k++) {
          const other = mem[k]!;
          const otherValue = other & 1 ? -assign[other >> 1]! : assign[other >> 1]!;
          if (otherValue !== FALSE) {
            mem[base + 1] = other;
            mem[k] = falseLit;
            this.watches[other]!.push(ref);
            moved = true;
            break;
          }
        }
        if (moved) continue;
        list[j++] = ref;
        if (firstValue === FALSE) {
          while (i < length) list[j++] = list[i++]!;
          list.length = j;
          this.qhead = this.trailSize;
          return ref;
        }
        this.enqueue(first, ref);
      }
      list.length = j;
    }
    return -1;
  }

  private cancelUntil(target: number): void {
    if (this.trailLim.length <= target) return;
    const stop = this.trailLim[target]!;
    for (let i = this.trailSize - 1; i >= stop; i--) {
      const l = this.trail[i]!;
      const v = l >> 1;
      this.phase[v] = l & 1 ? 0 : 1;
      this.assign[v] = 0;
      this.reason[v] = -1;
      this.heap.insert(v);
    }
    this.trailSize = stop;
    this.qhead = stop;
    this.trailLim.length = target;
  }

  private bump(v: number): void {
    this.activity[v]! += this.varInc;
    if (this.activity[v]! > 1e100) {
      for (let u = 0; u < this.vars; u++) this.activity[u]! *= 1e-100;
      this.varInc *= 1e-100;
    }
    this.heap.increased(v);
  }

  /** First-UIP learning: the learnt clause (asserting literal first) and the level to jump back to. */
  private analyze(conflict: number): { learnt: number[]; back: number; lbd: number } {
    const mem = this.mem;
    const learnt: number[] = [0];
    const current = this.trailLim.length;
    let pending = 0;
    let p = -1;
    let index = this.trailSize - 1;
    let ref = conflict;
    do {
      const size = mem[ref]!;
      for (let k = p === -1 ? 0 : 1; k < size; k++) {
        const q = mem[ref + HEADER + k]!;
        const v = q >> 1;
        if (this.seen[v] || this.level[v] === 0) continue;
        this.seen[v] = 1;
        this.bump(v);
        if (this.level[v]! >= current) pending++;
        else learnt.push(q);
      }
      while (!this.seen[this.trail[index]! >> 1]) index--;
      p = this.trail[index--]!;
      ref = this.reason[p >> 1]!;
      this.seen[p >> 1] = 0;
      pending--;
    } while (pending > 0);
    learnt[0] = p ^ 1;
    const marked = learnt.slice(1);
    // Drop literals implied by the others (local minimisation).
    let kept = 1;
    for (let i = 1; i < learnt.length; i++) {
      const q = learnt[i]!;
      const why = this.reason[q >> 1]!;
      let redundant = why >= 0;
      if (redundant) {
        const size = mem[why]!;
        for (let k = 1; k < size; k++) {
          const u = mem[why + HEADER + k]! >> 1;
          if (!this.seen[u] && this.level[u]! > 0) {
            redundant = false;
            break;
          }
        }
      }
      if (!redundant) learnt[kept++] = q;
    }
    for (const q of marked) this.seen[q >> 1] = 0;
    learnt.length = kept;
    let back = 0;
    if (learnt.length > 1) {
      let at = 1;
      for (let i = 2; i < learnt.length; i++) {
        if (this.level[learnt[i]! >> 1]! > this.level[learnt[at]! >> 1]!) at = i;
      }
      [learnt[1], learnt[at]] = [learnt[at]!, learnt[1]!];
      back = this.level[learnt[1]! >> 1]!;
    }
    // Literal block distance: how many decision levels the clause spans (a stamp per level).
    this.stamp++;
    let lbd = 0;
    for (const q of learnt) {
      const level = this.level[q >> 1]!;
      if (this.levelStamp[level] !== this.stamp) {
        this.levelStamp[level] = this.stamp;
        lbd++;
      }
    }
    return { learnt, back, lbd };
  }

  /**
   * Keeps the learnt clauses with low literal block distance and the better half of the rest, then
   * compacts the arena. Runs at level 0, where no clause is the reason of a kept assignment that
   * analysis would read (level-0 literals are skipped there).
   */
  private reduce(): void {
    const mem = this.mem;
    const sorted = [...this.learnts].sort((a, b) => mem[a + 1]! - mem[b + 1]!);
    const keep = sorted.filter((ref, i) => mem[ref + 1]! <= 2 || i < sorted.length / 2);
    const fresh = new Int32Array(Math.max(1 << 12, 2 * this.memUsed));
    let used = 0;
    const copy = (ref: number) => {
      const size = HEADER + mem[ref]!;
      fresh.set(mem.subarray(ref, ref + size), used);
      used += size;
      return used - size;
    };
    this.problem = this.problem.map(copy);
    this.learnts = keep.map(copy);
    this.mem = fresh;
    this.memUsed = used;
    for (const list of this.watches) list.length = 0;
    for (const refs of [this.problem, this.learnts]) {
      for (const ref of refs) {
        this.watches[fresh[ref + HEADER]!]!.push(ref);
        this.watches[fresh[ref + HEADER + 1]!]!.push(ref);
      }
    }
    for (let i = 0; i < this.trailSize; i++) this.reason[this.trail[i]! >> 1] = -1;
    this.maxLearnts = Math.floor(this.maxLearnts * 1.1);
  }

  /**
   * Looks for an assignment satisfying every clause and every literal in `assumptions`. Answers
   * `unknown` when `deadline` (a `performance.now()` time) passes first.
   */
  solve(assumptions: readonly number[] = [], deadline = Number.POSITIVE_INFINITY): SatResult {
    if (!this.consistent) return 'unsat';
    if (performance.now() >= deadline) return 'unknown';
    this.cancelUntil(0);
    if (this.propagate() >= 0) {
      this.consistent = false;
      return 'unsat';
    }
    for (let restart = 0; ; restart++) {
      const answer = this.search(RESTART_BASE * luby(2, restart), assumptions, deadline);
      if (answer !== undefined) {
        this.cancelUntil(0);
        return answer;
      }
      this.cancelUntil(0);
      if (this.learnts.length > this.maxLearnts) this.reduce();
      if (performance.now() >= deadline) return 'unknown';
    }
  }

  /** One restart's worth of search: an answer, or `undefined` after `budget` conflicts. */
  private search(budget: number, assumptions: readonly number[], deadline: number): SatResult | undefined {
    let conflictsHere = 0;
    for (;;) {
      const conflict = this.propagate();
      if (conflict >= 0) {
        this.conflicts++;
        conflictsHere++;
        if (this.trailLim.length === 0) {
          this.consistent = false;
          return 'unsat';
        }
        const { learnt, back, lbd } = this.analyze(conflict);
        this.cancelUntil(back);
        if (learnt.length === 1) this.enqueue(learnt[0]!, -1);
        else {
          const ref = this.store(learnt, lbd);
          this.learnts.push(ref);
          this.enqueue(learnt[0]!, ref);
        }
        this.varInc *= 1 / 0.95;
        if ((this.conflicts & 255) === 0 && performance.now() > deadline) return 'unknown';
        continue;
      }
      if (conflictsHere >= budget) return undefined;
      let next = -1;
      while (this.trailLim.length < assumptions.length) {
        const p = assumptions[this.trailLim.length]!;
        const value = this.value(p);
        if (value === TRUE) this.trailLim.push(this.trailSize);
        else if (value === FALSE) return 'unsat';
        else {
          next = p;
          break;
        }
      }
      if (next < 0) {
        while (!this.heap.empty) {
          const v = this.heap.pop();
          if (this.assign[v] === 0) {
            next = lit(v, this.phase[v] === 1);
            break;
          }
        }
        if (next < 0) {
          this.model = new Uint8Array(this.vars);
          for (let v = 0; v < this.vars; v++) this.model[v] = this.assign[v] === TRUE ? 1 : 0;
          return 'sat';
        }
      }
      this.trailLim.push(this.trailSize);
      this.enqueue(next, -1);
    }
  }
}
