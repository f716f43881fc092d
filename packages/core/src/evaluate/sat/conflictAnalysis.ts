/**
 * The SAT solver's conflict analysis: first-UIP learning (Marques-Silva & Sakallah 1999) with
 * recursive clause minimisation (MiniSat 2.2) and the learnt clause's literal block distance
 * (Glucose). It reads the solver's clause arena, assignment levels, reasons and trail in place.
 *
 * @module
 */
import { HEADER } from './clauseArena.ts';

/** What the analysis reads of the solver: its own arrays, shared, not copied. */
export interface AnalysedSolver {
  readonly mem: Int32Array;
  readonly seen: Uint8Array;
  readonly level: Int32Array;
  readonly reason: Int32Array;
  readonly trail: Int32Array;
  readonly trailSize: number;
  /** The current decision level. */
  readonly levels: number;
  /** Raises a variable's activity; called for each variable met in the conflict. */
  bump(v: number): void;
}

/** Learns a clause from each conflict; see the module comment. */
export class ConflictAnalysis {
  /**
   * The clause learnt from the last conflict is `learnt[0 .. size)`: the scratch arrays are kept
   * with their used lengths to spare an allocation per conflict (cutting a plain array with
   * `length = n` showed up in profiles).
   */
  learnt: number[] = [];
  size = 0;
  /** Literal block distance of the learnt clause. */
  lbd = 0;
  private stack: number[] = [];
  private toClear: number[] = [];
  private clearSize = 0;
  private stamp = 0;
  private levelStamp = new Int32Array(16);

  /**
   * First-UIP learning: fills `learnt` (asserting literal first, a literal of the highest
   * remaining level second), `size` and `lbd`, and returns the level to jump back to. A reason
   * clause's implied literal is skipped by variable, not by position: binary clauses propagate
   * from the watch lists without moving their literals.
   */
  analyze(s: AnalysedSolver, conflict: number): number {
    const mem = s.mem;
    const seen = s.seen;
    const level = s.level;
    const learnt = this.learnt;
    let size = 1;
    const current = s.levels;
    let pending = 0;
    let pv = -1;
    let p = -1;
    let index = s.trailSize - 1;
    let ref = conflict;
    do {
      const end = ref + HEADER + mem[ref]!;
      for (let k = ref + HEADER; k < end; k++) {
        const q = mem[k]!;
        const v = q >> 1;
        if (v === pv || seen[v] || level[v] === 0) continue;
        seen[v] = 1;
        s.bump(v);
        if (level[v]! >= current) pending++;
        else learnt[size++] = q;
      }
      while (!seen[s.trail[index]! >> 1]) index--;
      p = s.trail[index--]!;
      pv = p >> 1;
      ref = s.reason[pv]!;
      seen[pv] = 0;
      pending--;
    } while (pending > 0);
    learnt[0] = p ^ 1;
    this.size = size;
    this.minimise(s);
    size = this.size;
    let back = 0;
    if (size > 1) {
      let at = 1;
      for (let i = 2; i < size; i++) {
        if (level[learnt[i]! >> 1]! > level[learnt[at]! >> 1]!) at = i;
      }
      const swap = learnt[1]!;
      learnt[1] = learnt[at]!;
      learnt[at] = swap;
      back = level[learnt[1]! >> 1]!;
    }
    // Literal block distance: how many decision levels the clause spans (a stamp per level).
    if (this.levelStamp.length <= s.levels) {
      const bigger = new Int32Array(2 * s.levels + 2);
      bigger.set(this.levelStamp);
      this.levelStamp = bigger;
    }
    this.stamp++;
    let lbd = 0;
    for (let i = 0; i < size; i++) {
      const at = level[learnt[i]! >> 1]!;
      if (this.levelStamp[at] !== this.stamp) {
        this.levelStamp[at] = this.stamp;
        lbd++;
      }
    }
    this.lbd = lbd;
    return back;
  }

  /**
   * Recursive clause minimisation (MiniSat 2.2): drops each literal of the learnt clause whose
   * falsity follows, through reason clauses, from the other literals' falsity. On entry `seen`
   * marks the clause's literals (all but the first); on exit every mark is cleared.
   */
  private minimise(s: AnalysedSolver): void {
    const learnt = this.learnt;
    const toClear = this.toClear;
    const size = this.size;
    let levels = 0;
    for (let i = 1; i < size; i++) {
      toClear[i - 1] = learnt[i]!;
      levels |= 1 << (s.level[learnt[i]! >> 1]! & 31);
    }
    this.clearSize = size - 1;
    let kept = 1;
    for (let i = 1; i < size; i++) {
      const q = learnt[i]!;
      if (s.reason[q >> 1] === -1 || !this.redundant(s, q, levels)) learnt[kept++] = q;
    }
    this.size = kept;
    for (let i = 0; i < this.clearSize; i++) s.seen[toClear[i]! >> 1] = 0;
  }

  /** Whether `q` is implied by literals already marked in `seen` (see {@link minimise}). */
  private redundant(s: AnalysedSolver, q: number, levels: number): boolean {
    const mem = s.mem;
    const seen = s.seen;
    const stack = this.stack;
    const toClear = this.toClear;
    const top = this.clearSize;
    let depth = 0;
    stack[depth++] = q;
    while (depth > 0) {
      const pv = stack[--depth]! >> 1;
      const ref = s.reason[pv]!;
      const end = ref + HEADER + mem[ref]!;
      for (let k = ref + HEADER; k < end; k++) {
        const l = mem[k]!;
        const v = l >> 1;
        if (v === pv || seen[v] || s.level[v] === 0) continue;
        if (s.reason[v] !== -1 && ((1 << (s.level[v]! & 31)) & levels) !== 0) {
          seen[v] = 1;
          stack[depth++] = l;
          toClear[this.clearSize++] = l;
          continue;
        }
        for (let i = top; i < this.clearSize; i++) seen[toClear[i]! >> 1] = 0;
        this.clearSize = top;
        return false;
      }
    }
    return true;
  }
}
