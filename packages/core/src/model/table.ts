/**
 * `Table`: the persistent, insertion-ordered collection that holds a map's nodes and edges in
 * memory. An edit on a 10,000-node map must cost about what it costs on a 10-node map, and no
 * plain object of n keys can be copied in less than O(n); a table shares almost all of its
 * structure with the table it was derived from (an edit copies one chunk of 1,024 slots, the list
 * of chunks, about a thousandth of the table's length, and the O(log n) path to the key in the trie).
 *
 * Its entries sit in {@link Slots}, chunked arrays in order, and a hash array mapped trie from
 * `immutable` (well kept, typed, dependency-free) finds each key's slot. Reading every entry is a
 * plain loop over arrays: on a million edges that is several times faster than walking
 * `immutable`'s `OrderedMap`, whose entries are each a `[key, value]` array reached through a trie.
 * Nothing in this class's public surface names an `immutable` type.
 *
 * @module
 */

import { Map as PersistentMap } from 'immutable';
import { type SlotChanges, Slots, type SlotsWriter } from './slots.ts';

/**
 * An immutable table of values keyed by id, iterated in the order a plain object would use: keys
 * that are array indices (`"0"`, `"17"`) first in ascending order, then every other key in
 * insertion order. That is the order of the file (the layout's sibling order and a byte-identical
 * save depend on it), and a table read back from its own JSON iterates exactly as before. It reads like a
 * `ReadonlyMap`; {@link Table.set} and {@link Table.delete} return a new table and leave this one
 * untouched, sharing every unchanged entry with it.
 *
 * `JSON.stringify` writes a table as a plain object keyed by id (see {@link Table.toJSON}).
 * `structuredClone` does not keep the class: convert a map with `toDocument` before cloning,
 * storing or posting it.
 */
export class Table<T> implements ReadonlyMap<string, T> {
  /** Entries under every key that is not an array index, in insertion order, with holes. */
  readonly #slots: Slots<T>;
  /** The slot of each key in {@link Table.#slots}. */
  readonly #positions: PersistentMap<string, number>;
  /** Entries under array-index keys (rare in maps, common in some imports), iterated ascending. */
  readonly #indexed: PersistentMap<string, T>;
  /** `#indexed`'s keys in ascending order, sorted on first iteration (the table never changes). */
  #sortedIndexKeys: string[] | undefined;

  private constructor(
    slots: Slots<T>,
    positions: PersistentMap<string, number>,
    indexed: PersistentMap<string, T>,
  ) {
    this.#slots = slots;
    this.#positions = positions;
    this.#indexed = indexed;
  }

  /** A table with no entries. */
  static empty<T>(): Table<T> {
    return new Table(Slots.empty<T>(), PersistentMap<string, number>(), PersistentMap<string, T>());
  }

  /**
   * A table of `entries` in their order. A repeated key keeps its first position and its last
   * value, as assigning to an object would.
   */
  static fromEntries<T>(entries: Iterable<readonly [string, T]>): Table<T> {
    return Table.empty<T>().batch((writer) => {
      for (const [key, value] of entries) writer.set(key, value);
    });
  }

  /** A table of a plain object's own enumerable entries, in the object's key order. */
  static fromRecord<T>(record: Readonly<Record<string, T>>): Table<T> {
    return Table.fromEntries(Object.entries(record));
  }

  /** How many entries the table holds. */
  get size(): number {
    return this.#positions.size + this.#indexed.size;
  }

  /** The value stored under `key`, or `undefined`. */
  get(key: string): T | undefined {
    if (isArrayIndex(key)) return this.#indexed.get(key);
    const slot = this.#positions.get(key);
    return slot === undefined ? undefined : this.#slots.value(slot);
  }

  /**
   * A number that orders `key` among this table's keys as iteration does (smaller comes first),
   * or `undefined` without an entry. Only comparable within one table. O(log n).
   */
  rank(key: string): number | undefined {
    if (isArrayIndex(key)) return this.#indexed.has(key) ? Number(key) - 2 ** 33 : undefined;
    return this.#positions.get(key);
  }

  /** Whether `key` has an entry. */
  has(key: string): boolean {
    return isArrayIndex(key) ? this.#indexed.has(key) : this.#positions.has(key);
  }

  /**
   * A table with `value` under `key`: an existing key keeps its position, a new key goes last.
   * Returns this same table when `key` already holds exactly `value`.
   */
  set(key: string, value: T): Table<T> {
    return this.batch((writer) => writer.set(key, value));
  }

  /** A table without `key` (this same table if `key` has no entry). */
  delete(key: string): Table<T> {
    return this.batch((writer) => writer.delete(key));
  }

  /**
   * A table where the value under `key` is replaced by `update(value)`; this same table when
   * `key` has no entry or `update` returns the value unchanged.
   */
  update(key: string, update: (value: T) => T): Table<T> {
    const value = this.get(key);
    if (value === undefined && !this.has(key)) return this;
    return this.set(key, update(value as T));
  }

  /**
   * Several changes at once, cheaper than a chain of {@link Table.set} calls: `change` gets a
   * writer that sets and deletes on a private copy, which becomes the returned table.
   */
  batch(change: (writer: TableWriter<T>) => void): Table<T> {
    // Copies are made on the first real change only, so a batch that changes nothing returns
    // this very table (callers compare tables by identity to skip work).
    let slots: SlotsWriter<T> | undefined;
    let positions: PersistentMap<string, number> | undefined;
    let indexed: PersistentMap<string, T> | undefined;
    change({
      set: (key, value) => {
        if (isArrayIndex(key)) {
          const current = indexed ?? this.#indexed;
          if (current.get(key) === value && current.has(key)) return;
          indexed ??= this.#indexed.asMutable();
          indexed.set(key, value);
          return;
        }
        const slot = (positions ?? this.#positions).get(key);
        if (slot !== undefined && (slots ?? this.#slots).value(slot) === value) return;
        slots ??= this.#slots.edit();
        positions ??= this.#positions.asMutable();
        if (slot === undefined) positions.set(key, slots.append(key, value));
        else slots.set(slot, value);
      },
      delete: (key) => {
        if (isArrayIndex(key)) {
          if (!(indexed ?? this.#indexed).has(key)) return;
          indexed ??= this.#indexed.asMutable();
          indexed.delete(key);
          return;
        }
        const slot = (positions ?? this.#positions).get(key);
        if (slot === undefined) return;
        slots ??= this.#slots.edit();
        positions ??= this.#positions.asMutable();
        positions.delete(key);
        slots.remove(slot);
      },
    });
    if (slots === undefined && indexed === undefined) return this;
    const nextIndexed = indexed?.wasAltered() ? indexed.asImmutable() : this.#indexed;
    if (slots === undefined)
      return nextIndexed === this.#indexed ? this : new Table(this.#slots, this.#positions, nextIndexed);
    const nextSlots = slots.done();
    const nextPositions = (positions as PersistentMap<string, number>).asImmutable();
    // Holes cost a little memory and iteration time each; once they outnumber the entries, a
    // fresh copy without them costs less than keeping them (at most once per size-many deletes).
    if (nextSlots.holes > 32 && nextSlots.holes > nextPositions.size) {
      return Table.#compacted(nextSlots, nextIndexed);
    }
    return new Table(nextSlots, nextPositions, nextIndexed);
  }

  /**
   * The keys that changed since `older`, a table this one was made from by sets and deletes:
   * values replaced in place, keys removed, keys added (in order). It costs about the number of
   * 1,024-entry chunks the edits touched, not the table's size. `undefined` when the tables are
   * not related that way (different lineage, a compaction in between, or array-index keys that
   * changed), and the caller must compare them some other way.
   */
  changesSince(older: Table<T>): TableChanges | undefined {
    if (this.#indexed !== older.#indexed && (this.#indexed.size > 0 || older.#indexed.size > 0))
      return undefined;
    return this.#slots.changesSince(older.#slots);
  }

  /** A table of the entries in `slots`, without holes. */
  static #compacted<T>(slots: Slots<T>, indexed: PersistentMap<string, T>): Table<T> {
    const writer = Slots.empty<T>().edit();
    const positions = PersistentMap<string, number>().asMutable();
    slots.forEach((value, key) => {
      positions.set(key, writer.append(key, value));
    });
    return new Table(writer.done(), positions.asImmutable(), indexed);
  }

  /** The keys, in order. */
  keys(): MapIterator<string> {
    return this.#snapshot((_value, key) => key);
  }

  /** The values, in order. */
  values(): MapIterator<T> {
    return this.#snapshot((value) => value);
  }

  /** `[key, value]` pairs, in order. */
  entries(): MapIterator<[string, T]> {
    return this.#snapshot((value, key): [string, T] => [key, value]);
  }

  /** Same as {@link Table.entries}, so `for (const [id, node] of table)` works. */
  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }

  /** Calls `callback` for every entry, in order. */
  forEach(callback: (value: T, key: string, table: ReadonlyMap<string, T>) => void, thisArg?: unknown): void {
    this.#each((value, key) => {
      callback.call(thisArg, value, key, this);
    });
  }

  /** The values as a new array, in order: the fast way to filter, map or sort them. */
  toArray(): T[] {
    const values: T[] = [];
    this.#each((value) => {
      values.push(value);
    });
    return values;
  }

  /**
   * The entries as a plain object keyed by id, in order. Written with `defineProperty`, so even
   * a key such as `__proto__` becomes an own property rather than reaching the prototype.
   */
  toRecord(): Record<string, T> {
    const out: Record<string, T> = {};
    this.#each((value, key) => {
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    });
    return out;
  }

  /** What `JSON.stringify` writes: the plain object of {@link Table.toRecord}. */
  toJSON(): Record<string, T> {
    return this.toRecord();
  }

  /** `[object Table]`, for debugging output. */
  get [Symbol.toStringTag](): string {
    return 'Table';
  }

  /**
   * Iterators walk an array taken at the call: `immutable`'s own iterators allocate a step object
   * per entry and are several times slower than its internal `forEach`, which fills the array.
   */
  #snapshot<R>(pick: (value: T, key: string) => R): MapIterator<R> {
    const items: R[] = [];
    this.#each((value, key) => {
      items.push(pick(value, key));
    });
    return items[Symbol.iterator]() as MapIterator<R>;
  }

  /** Every entry in order: array-index keys ascending, then the rest as inserted. */
  #each(visit: (value: T, key: string) => void): void {
    if (this.#indexed.size > 0) {
      this.#sortedIndexKeys ??= [...this.#indexed.keys()].sort((a, b) => Number(a) - Number(b));
      for (const key of this.#sortedIndexKeys) visit(this.#indexed.get(key) as T, key);
    }
    this.#slots.forEach(visit);
  }
}

/** What {@link Table.changesSince} returns. */
export type TableChanges = SlotChanges;

/** The writer {@link Table.batch} hands to its callback. */
export interface TableWriter<T> {
  /** Sets `value` under `key` (an existing key keeps its position; a new key goes last). */
  set(key: string, value: T): void;
  /** Removes `key`. */
  delete(key: string): void;
}

/**
 * Whether a plain object would treat `key` as an array index and list it before other keys: the
 * canonical decimal form of an integer from 0 to 2^32 - 2.
 */
function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  if (key === '0') return true;
  if (first === 48 || key.length > 10 || !/^\d+$/.test(key)) return false;
  return Number(key) < 4_294_967_295;
}
