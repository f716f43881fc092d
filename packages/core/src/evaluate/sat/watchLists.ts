/**
 * The SAT solver's watch lists: for each literal, the clauses that watch it, as pairs
 * `(blocker, ref)` in one growable `Int32Array` per literal. The blocker is another literal of the
 * clause: when it is already true the clause is satisfied and propagation skips it without reading
 * the clause (MiniSat 2.2's blockers). A binary clause is stored with `ref` complemented (`~ref`,
 * negative) and its other literal as blocker, so propagating it never touches the clause arena.
 *
 * Plain arrays of typed arrays rather than `number[][]`: the pairs stay unboxed and contiguous,
 * and the propagation loop compacts a list in place.
 *
 * @module
 */

/** Per-literal lists of `(blocker, clause ref)` pairs; see the module comment. */
export class WatchLists {
  /** `lists[l]` holds `sizes[l]` numbers (half as many pairs); the rest is spare room. */
  lists: Int32Array[] = [];
  sizes: Int32Array = new Int32Array(16);

  /** Makes room for the literals of one more variable. */
  addVariable(): void {
    const literal = this.lists.length;
    if (literal + 2 > this.sizes.length) {
      const bigger = new Int32Array(2 * this.sizes.length);
      bigger.set(this.sizes);
      this.sizes = bigger;
    }
    this.lists.push(new Int32Array(4), new Int32Array(4));
  }

  /** Adds the pair `(blocker, ref)` to the list of `literal`. */
  push(literal: number, blocker: number, ref: number): void {
    let list = this.lists[literal]!;
    const size = this.sizes[literal]!;
    if (size + 2 > list.length) {
      const bigger = new Int32Array(2 * list.length);
      bigger.set(list);
      this.lists[literal] = bigger;
      list = bigger;
    }
    list[size] = blocker;
    list[size + 1] = ref;
    this.sizes[literal] = size + 2;
  }

  /** Empties every list (before the clause database is rebuilt). */
  clear(): void {
    this.sizes.fill(0);
  }
}
