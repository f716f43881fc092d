/**
 * The SAT solver's watch lists: for each literal, the clauses that watch it, as pairs
 * `(blocker, ref)` in one growable `Int32Array` per literal. The blocker is another literal of the
 * clause: when it is already true the clause is satisfied and propagation skips it without reading
 * the clause (MiniSat 2.2's blockers).
 *
 * Binary clauses have lists of their own (as in Glucose and clasp), pairs `(other literal, ref)`:
 * propagating one never touches the clause arena, and since a binary clause's watches never move,
 * its list is only read. In one list with the long clauses, the propagation loop wrote every
 * binary pair back as it compacted the list; the argumentation encodings are mostly binary
 * clauses (95% of the stable encoding of a random framework of 200 arguments and 2,052 attacks).
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
  /** The binary clauses' lists, laid out the same way. */
  bins: Int32Array[] = [];
  binSizes: Int32Array = new Int32Array(16);

  /** Makes room for the literals of one more variable. */
  addVariable(): void {
    const literal = this.lists.length;
    if (literal + 2 > this.sizes.length) {
      this.sizes = grown(this.sizes);
      this.binSizes = grown(this.binSizes);
    }
    this.lists.push(new Int32Array(4), new Int32Array(4));
    this.bins.push(new Int32Array(4), new Int32Array(4));
  }

  /** Adds the pair `(blocker, ref)` to the list of `literal`. */
  push(literal: number, blocker: number, ref: number): void {
    let list = this.lists[literal]!;
    const size = this.sizes[literal]!;
    if (size + 2 > list.length) {
      list = grown(list);
      this.lists[literal] = list;
    }
    list[size] = blocker;
    list[size + 1] = ref;
    this.sizes[literal] = size + 2;
  }

  /** Adds the binary clause `ref` to the list of `literal`, whose other literal is `other`. */
  pushBinary(literal: number, other: number, ref: number): void {
    let list = this.bins[literal]!;
    const size = this.binSizes[literal]!;
    if (size + 2 > list.length) {
      list = grown(list);
      this.bins[literal] = list;
    }
    list[size] = other;
    list[size + 1] = ref;
    this.binSizes[literal] = size + 2;
  }

  /** Empties every list (before the clause database is rebuilt). */
  clear(): void {
    this.sizes.fill(0);
    this.binSizes.fill(0);
  }
}

/** A copy of `a` with twice the room. */
function grown(a: Int32Array): Int32Array {
  const bigger = new Int32Array(2 * a.length);
  bigger.set(a);
  return bigger;
}
