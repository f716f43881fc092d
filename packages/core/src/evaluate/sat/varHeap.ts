/**
 * The SAT solver's variable order: a binary max-heap of variables keyed by their activity
 * (VSIDS), so the next decision is the unassigned variable most involved in recent conflicts.
 *
 * @module
 */

/** A max-heap of variable indices ordered by `activity[v]`, which the caller owns and bumps. */
export class VarHeap {
  private heap = new Int32Array(16);
  private size = 0;
  /** Position of each variable in `heap`, or -1 when it is not in the heap. */
  private index = new Int32Array(16).fill(-1);

  /** The activities the order follows; the solver replaces the array when it grows. */
  activity: Float64Array;

  constructor(activity: Float64Array) {
    this.activity = activity;
  }

  /** Makes room for variables `0 … count − 1`. */
  grow(count: number): void {
    if (count <= this.index.length) return;
    const capacity = Math.max(count, 2 * this.index.length);
    const index = new Int32Array(capacity).fill(-1);
    index.set(this.index);
    this.index = index;
    const heap = new Int32Array(capacity);
    heap.set(this.heap);
    this.heap = heap;
  }

  get empty(): boolean {
    return this.size === 0;
  }

  has(v: number): boolean {
    return this.index[v]! >= 0;
  }

  insert(v: number): void {
    if (this.index[v]! >= 0) return;
    this.heap[this.size] = v;
    this.index[v] = this.size;
    this.up(this.size++);
  }

  /** Restores the order after `v`'s activity grew. */
  increased(v: number): void {
    const at = this.index[v]!;
    if (at >= 0) this.up(at);
  }

  /** Removes and returns the most active variable. */
  pop(): number {
    const top = this.heap[0]!;
    const last = this.heap[--this.size]!;
    this.index[top] = -1;
    if (this.size > 0) {
      this.heap[0] = last;
      this.index[last] = 0;
      this.down(0);
    }
    return top;
  }

  private up(at: number): void {
    const act = this.activity;
    const v = this.heap[at]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const p = this.heap[parent]!;
      if (act[p]! >= act[v]!) break;
      this.heap[at] = p;
      this.index[p] = at;
      at = parent;
    }
    this.heap[at] = v;
    this.index[v] = at;
  }

  private down(at: number): void {
    const act = this.activity;
    const v = this.heap[at]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && act[this.heap[child + 1]!]! > act[this.heap[child]!]!) child++;
      const c = this.heap[child]!;
      if (act[c]! <= act[v]!) break;
      this.heap[at] = c;
      this.index[c] = at;
      at = child;
    }
    this.heap[at] = v;
    this.index[v] = at;
  }
}
