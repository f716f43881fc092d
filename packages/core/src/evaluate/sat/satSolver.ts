/**
 * A small CDCL SAT solver in the MiniSat/Glucose mould, for the argumentation encodings in this
 * folder: two watched literals per clause with blocker literals and binary clauses propagated from
 * the watch lists alone (`watchLists.ts`), first-UIP clause learning with recursive clause
 * minimisation, VSIDS variable order with phase saving, and Glucose's restarts and learnt-clause
 * reduction by literal block distance. It is incremental: clauses can be added between calls and
 * each call takes assumptions, which is how extensions are enumerated, maximised and blocked.
 *
 * Literals are numbers: variable `v` (from 0) is `2v` when true and `2v + 1` when false, so a
 * literal's negation is `lit ^ 1`. Clauses live in one `Int32Array` arena (`clauseArena.ts`);
 * conflict analysis is `conflictAnalysis.ts`, the restart policy `restarts.ts`.
 *
 * @module
 */
import { HEADER } from './clauseArena.ts';
import { ConflictAnalysis } from './conflictAnalysis.ts';
import { GlucoseRestarts } from './restarts.ts';
import { VarHeap } from './varHeap.ts';
import { WatchLists } from './watchLists.ts';

/** The answer of {@link SatSolver.solve}. */
export type SatResult = 'sat' | 'unsat' | 'unknown';

const TRUE = 1;
const FALSE = -1;
/** Conflicts before the first learnt-clause reduction, and the growth of that interval (Glucose). */
const REDUCE_FIRST = 2000;
const REDUCE_STEP = 300;
/**
 * VSIDS activity decay per conflict. Slower than MiniSat's 0.95: on random frameworks of
 * 150-220 arguments with 4-8% of pairs attacked, and on the bench's AFGen-style ones, 0.99 took
 * 10-40% less time on 13 of 14 problems measured (the 14th within noise).
 */
const VAR_DECAY = 0.99;

/** The literal of variable `v`, positive or negated. */
export function lit(v: number, positive = true): number {
  return 2 * v + (positive ? 0 : 1);
}

/** Tuning of a {@link SatSolver}; the defaults are Glucose's. */
export interface SatSolverOptions {
  /** Conflicts before the first learnt-clause reduction (default 2000). */
  reduceFirst?: number;
  /** Growth of the interval between reductions (default 300). */
  reduceStep?: number;
}

/** An incremental CDCL solver; see the module comment. */
export class SatSolver {
  private vars = 0;
  private memUsed = 0;
  private problem: number[] = [];
  private learnts: number[] = [];
  private watches = new WatchLists();
  /**
   * Per literal: 1 true, -1 false, 0 unassigned (both literals of a variable are written). Indexed
   * by literal rather than variable so that the propagation loop reads a value without a branch
   * on the literal's sign.
   */
  private values = new Int8Array(32);
  // The fields below up to `levels` are read by conflict analysis (`conflictAnalysis.ts`), hence
  // not private; SatSolver itself is internal to this folder.
  /** Decision level of each variable's assignment. */
  level: Int32Array = new Int32Array(16);
  /** The clause that implied each variable, or -1 (decision, assumption, or level 0). */
  reason: Int32Array = new Int32Array(16);
  /** Clause arena (see the module comment). */
  mem: Int32Array = new Int32Array(1 << 12);
  /** Per-variable marks of analysis (and of `addClause`'s duplicate check); all 0 in between. */
  seen: Uint8Array = new Uint8Array(16);
  trail: Int32Array = new Int32Array(16);
  trailSize = 0;
  /** The current decision level. */
  levels = 0;
  private phase = new Uint8Array(16);
  private activity = new Float64Array(16);
  private varInc = 1;
  private heap = new VarHeap(this.activity);
  /** Where each decision level starts on the trail. */
  private trailLim = new Int32Array(16);
  private qhead = 0;
  private consistent = true;
  private readonly reduceFirst: number;
  private readonly reduceStep: number;
  private nextReduce: number;
  private reductions = 0;
  private analysis = new ConflictAnalysis();
  private restarts = new GlucoseRestarts();
  /** Conflicts over the solver's life, for statistics and tests. */
  conflicts = 0;
  /** The model of the last `sat` answer: `model[v]` is 1 when variable `v` is true. */
  model: Uint8Array = new Uint8Array(0);

  /** `options` exist for tests, which make reductions frequent on problems small enough to check. */
  constructor(options: SatSolverOptions = {}) {
    this.reduceFirst = options.reduceFirst ?? REDUCE_FIRST;
    this.reduceStep = options.reduceStep ?? REDUCE_STEP;
    this.nextReduce = this.reduceFirst;
  }

  /** Number of variables. */
  get variables(): number {
    return this.vars;
  }

  /** Adds a fresh variable and returns its index. */
  newVar(): number {
    const v = this.vars++;
    if (v >= this.level.length) this.growVars(2 * this.level.length);
    this.watches.addVariable();
    this.reason[v] = -1;
    this.heap.grow(this.vars);
    this.heap.insert(v);
    return v;
  }

  /**
   * Makes the solver guess literal `l` first when it decides `l`'s variable (until phase saving
   * replaces the guess with the variable's last value). A maximisation starts nearer its goal when the literals
   * it maximises are guessed true (clingo's domain heuristic does the same for `in`/`range`).
   */
  preferLiteral(l: number): void {
    this.phase[l >> 1] = l & 1 ? 0 : 1;
  }

  /** Adds `count` fresh variables; returns the first. */
  newVars(count: number): number {
    const first = this.vars;
    if (first + count > this.level.length) this.growVars(Math.max(first + count, 2 * this.level.length));
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
    const values = new Int8Array(2 * capacity);
    values.set(this.values);
    this.values = values;
    this.level = grow(this.level, (n) => new Int32Array(n));
    this.reason = grow(this.reason, (n) => new Int32Array(n));
    this.phase = grow(this.phase, (n) => new Uint8Array(n));
    this.seen = grow(this.seen, (n) => new Uint8Array(n));
    this.activity = grow(this.activity, (n) => new Float64Array(n));
    this.heap.activity = this.activity;
    this.trail = grow(this.trail, (n) => new Int32Array(n));
    this.trailLim = grow(this.trailLim, (n) => new Int32Array(n));
  }

  private value(l: number): number {
    return this.values[l]!;
  }

  /**
   * Adds a clause (a list of literals, at least one true). Returns `false` once the clauses are
   * contradictory on their own; every later `solve` then answers `unsat`.
   */
  addClause(literals: readonly number[]): boolean {
    if (!this.consistent) return false;
    this.cancelUntil(0);
    // Duplicates and complementary pairs are found with `seen` (free outside analysis), marked
    // 1 for a positive literal and 2 for a negative one: `includes` made long clauses quadratic.
    const clause: number[] = [];
    const seen = this.seen;
    let tautology = false;
    for (const l of literals) {
      const value = this.value(l);
      const mark = (l & 1) + 1;
      const v = l >> 1;
      if (value === TRUE || seen[v] === 3 - mark) {
        tautology = true;
        break;
      }
      if (value === FALSE || seen[v] === mark) continue;
      seen[v] = mark;
      clause.push(l);
    }
    for (const l of clause) seen[l >> 1] = 0;
    if (tautology) return true;
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

  private store(clause: readonly number[], lbd: number, length = clause.length): number {
    const need = this.memUsed + HEADER + length;
    if (need > this.mem.length) {
      const bigger = new Int32Array(Math.max(need, 2 * this.mem.length));
      bigger.set(this.mem.subarray(0, this.memUsed));
      this.mem = bigger;
    }
    const ref = this.memUsed;
    this.mem[ref] = length;
    this.mem[ref + 1] = lbd;
    this.mem[ref + 2] = 2;
    for (let i = 0; i < length; i++) this.mem[ref + HEADER + i] = clause[i]!;
    this.memUsed = need;
    this.watch(ref);
    return ref;
  }

  /** Puts the clause at `ref` on the watch lists of its first two literals. */
  private watch(ref: number): void {
    const mem = this.mem;
    const a = mem[ref + HEADER]!;
    const b = mem[ref + HEADER + 1]!;
    if (mem[ref] === 2) {
      this.watches.pushBinary(a, b, ref);
      this.watches.pushBinary(b, a, ref);
    } else {
      this.watches.push(a, b, ref);
      this.watches.push(b, a, ref);
    }
  }

  private enqueue(l: number, from: number): void {
    const v = l >> 1;
    this.values[l] = TRUE;
    this.values[l ^ 1] = FALSE;
    this.level[v] = this.levels;
    this.reason[v] = from;
    this.trail[this.trailSize++] = l;
  }

  /** Unit propagation over the watches; returns a conflicting clause or -1. */
  private propagate(): number {
    const mem = this.mem;
    const values = this.values;
    const watches = this.watches;
    const lists = watches.lists;
    const sizes = watches.sizes;
    const trail = this.trail;
    const level = this.level;
    const reason = this.reason;
    const current = this.levels;
    let qhead = this.qhead;
    let trailSize = this.trailSize;
    let conflict = -1;
    // Everything is inline and in locals below (enqueueing too): this loop is most of the
    // solver's time, and helper calls and field reads per literal showed in profiles.
    outer: while (qhead < trailSize) {
      const falseLit = trail[qhead++]! ^ 1;
      // Binary clauses first: they are cheap and their implications make the long clauses'
      // blockers more often true.
      const bins = watches.bins[falseLit]!;
      const binSize = watches.binSizes[falseLit]!;
      for (let b = 0; b < binSize; b += 2) {
        const other = bins[b]!;
        const otherValue = values[other]!;
        if (otherValue === TRUE) continue;
        if (otherValue === FALSE) {
          conflict = bins[b + 1]!;
          break outer;
        }
        values[other] = TRUE;
        values[other ^ 1] = FALSE;
        level[other >> 1] = current;
        reason[other >> 1] = bins[b + 1]!;
        trail[trailSize++] = other;
      }
      // Pushes below go to other literals' lists, so this one is not reallocated under the loop.
      const list = lists[falseLit]!;
      const size = sizes[falseLit]!;
      let i = 0;
      let j = 0;
      while (i < size) {
        const blocker = list[i]!;
        const ref = list[i + 1]!;
        i += 2;
        if (values[blocker] === TRUE) {
          list[j++] = blocker;
          list[j++] = ref;
          continue;
        }
        const base = ref + HEADER;
        if (mem[base] === falseLit) {
          mem[base] = mem[base + 1]!;
          mem[base + 1] = falseLit;
        }
        const first = mem[base]!;
        const firstValue = values[first]!;
        if (first !== blocker && firstValue === TRUE) {
          list[j++] = first;
          list[j++] = ref;
          continue;
        }
        // Look for a new watch from where the last search stopped (Gent 2013): long learnt
        // clauses are otherwise scanned from the start again and again over the same false literals.
        const end = base + mem[ref]!;
        const from = base + mem[ref + 2]!;
        let found = -1;
        for (let k = from; k < end; k++) {
          if (values[mem[k]!] !== FALSE) {
            found = k;
            break;
          }
        }
        if (found < 0) {
          for (let k = base + 2; k < from; k++) {
            if (values[mem[k]!] !== FALSE) {
              found = k;
              break;
            }
          }
        }
        if (found >= 0) {
          const other = mem[found]!;
          mem[base + 1] = other;
          mem[found] = falseLit;
          mem[ref + 2] = found - base;
          watches.push(other, first, ref);
          continue;
        }
        list[j++] = first;
        list[j++] = ref;
        if (firstValue === FALSE) {
          while (i < size) list[j++] = list[i++]!;
          sizes[falseLit] = j;
          conflict = ref;
          break outer;
        }
        values[first] = TRUE;
        values[first ^ 1] = FALSE;
        level[first >> 1] = current;
        reason[first >> 1] = ref;
        trail[trailSize++] = first;
      }
      sizes[falseLit] = j;
    }
    this.trailSize = trailSize;
    this.qhead = conflict >= 0 ? trailSize : qhead;
    return conflict;
  }

  /** Opens a decision level (assumptions already true open one each, so there can be more than variables). */
  private newLevel(): void {
    if (this.levels >= this.trailLim.length) {
      const bigger = new Int32Array(2 * this.trailLim.length);
      bigger.set(this.trailLim);
      this.trailLim = bigger;
    }
    this.trailLim[this.levels++] = this.trailSize;
  }

  private cancelUntil(target: number): void {
    if (this.levels <= target) return;
    const stop = this.trailLim[target]!;
    for (let i = this.trailSize - 1; i >= stop; i--) {
      const l = this.trail[i]!;
      const v = l >> 1;
      this.phase[v] = l & 1 ? 0 : 1;
      this.values[l] = 0;
      this.values[l ^ 1] = 0;
      this.reason[v] = -1;
      this.heap.insert(v);
    }
    this.trailSize = stop;
    this.qhead = stop;
    this.levels = target;
  }

  /** Raises `v`'s activity (VSIDS): analysis calls it for each variable of a conflict. */
  bump(v: number): void {
    this.activity[v]! += this.varInc;
    if (this.activity[v]! > 1e100) {
      for (let u = 0; u < this.vars; u++) this.activity[u]! *= 1e-100;
      this.varInc *= 1e-100;
    }
    this.heap.increased(v);
  }

  /** Whether some literal of the clause at `ref` is true at level 0 (so it can go for good). */
  private satisfiedAtRoot(ref: number): boolean {
    const end = ref + HEADER + this.mem[ref]!;
    for (let k = ref + HEADER; k < end; k++) {
      const l = this.mem[k]!;
      if (this.value(l) === TRUE && this.level[l >> 1] === 0) return true;
    }
    return false;
  }

  /**
   * Keeps the learnt clauses with low literal block distance and the better half of the rest,
   * drops every clause satisfied for good (retired activation literals leave many), then compacts
   * the arena. It runs during the search, as Glucose's does: the clauses that are the reason of a
   * current assignment stay, and the reasons are moved with them. (Run only at restarts, it hardly
   * ran: the restart policy can go 10,000 conflicts without one, and the clauses learnt meanwhile,
   * 25 literals long on average on a random framework of 200 arguments, made each propagation
   * visit thousands of them.)
   */
  private reduce(): void {
    const mem = this.mem;
    const locked = new Set<number>();
    for (let i = 0; i < this.trailSize; i++) {
      const v = this.trail[i]! >> 1;
      if (this.level[v] === 0) this.reason[v] = -1;
      else if (this.reason[v]! >= 0) locked.add(this.reason[v]!);
    }
    const live = (ref: number) => !this.satisfiedAtRoot(ref);
    const sorted = this.learnts.filter(live).sort((a, b) => mem[a + 1]! - mem[b + 1]!);
    const keep = sorted.filter((ref, i) => mem[ref + 1]! <= 2 || i < sorted.length / 2 || locked.has(ref));
    const fresh = new Int32Array(Math.max(1 << 12, 2 * this.memUsed));
    const moved = new Map<number, number>();
    let used = 0;
    const copy = (ref: number) => {
      const size = HEADER + mem[ref]!;
      fresh.set(mem.subarray(ref, ref + size), used);
      if (locked.has(ref)) moved.set(ref, used);
      used += size;
      return used - size;
    };
    this.problem = this.problem.filter(live).map(copy);
    this.learnts = keep.map(copy);
    this.mem = fresh;
    this.memUsed = used;
    this.watches.clear();
    // A clause's watched literals are its first two (propagation keeps them there), so rebuilding
    // the watches from them keeps every watch as it was.
    for (const ref of this.problem) this.watch(ref);
    for (const ref of this.learnts) this.watch(ref);
    for (let i = 0; i < this.trailSize; i++) {
      const v = this.trail[i]! >> 1;
      if (this.reason[v]! >= 0) this.reason[v] = moved.get(this.reason[v]!)!;
    }
    this.reductions++;
    this.nextReduce = this.conflicts + this.reduceFirst + this.reduceStep * this.reductions;
  }

  /**
   * Looks for an assignment satisfying every clause and every literal in `assumptions`. Answers
   * `unknown` when `deadline` (a `performance.now()` time) passes first.
   */
  solve(assumptions: readonly number[] = [], deadline = Number.POSITIVE_INFINITY): SatResult {
    if (!this.consistent) return 'unsat';
    if (performance.now() >= deadline) return 'unknown';
    this.cancelUntil(0);
    // Also between calls: an enumeration makes many short calls that never restart, and each
    // leaves a retired activation literal whose clauses only a reduction drops.
    if (this.conflicts >= this.nextReduce) this.reduce();
    if (this.propagate() >= 0) {
      this.consistent = false;
      return 'unsat';
    }
    for (;;) {
      const answer = this.search(assumptions, deadline);
      if (answer !== undefined) {
        this.cancelUntil(0);
        return answer;
      }
      this.cancelUntil(0);
      if (this.conflicts >= this.nextReduce) this.reduce();
      if (performance.now() >= deadline) return 'unknown';
    }
  }

  /** One restart's worth of search: an answer, or `undefined` when it is time to restart. */
  private search(assumptions: readonly number[], deadline: number): SatResult | undefined {
    for (;;) {
      const conflict = this.propagate();
      if (conflict >= 0) {
        this.conflicts++;
        if (this.levels === 0) {
          this.consistent = false;
          return 'unsat';
        }
        const analysis = this.analysis;
        const back = analysis.analyze(this, conflict);
        this.cancelUntil(back);
        const learnt = analysis.learnt;
        if (analysis.size === 1) this.enqueue(learnt[0]!, -1);
        else {
          const ref = this.store(learnt, analysis.lbd, analysis.size);
          this.learnts.push(ref);
          this.enqueue(learnt[0]!, ref);
        }
        this.varInc *= 1 / VAR_DECAY;
        if ((this.conflicts & 255) === 0 && performance.now() > deadline) return 'unknown';
        if (this.restarts.conflict(analysis.lbd, this.trailSize)) return undefined;
        if (this.conflicts >= this.nextReduce) this.reduce();
        continue;
      }
      let next = -1;
      while (this.levels < assumptions.length) {
        const p = assumptions[this.levels]!;
        const value = this.value(p);
        if (value === TRUE) this.newLevel();
        else if (value === FALSE) return 'unsat';
        else {
          next = p;
          break;
        }
      }
      if (next < 0) {
        while (!this.heap.empty) {
          const v = this.heap.pop();
          if (this.values[2 * v] === 0) {
            next = lit(v, this.phase[v] === 1);
            break;
          }
        }
        if (next < 0) {
          this.model = new Uint8Array(this.vars);
          for (let v = 0; v < this.vars; v++) this.model[v] = this.values[2 * v] === TRUE ? 1 : 0;
          return 'sat';
        }
      }
      this.newLevel();
      this.enqueue(next, -1);
    }
  }
}
