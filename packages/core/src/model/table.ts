/**
 * `Table`: the persistent, insertion-ordered collection that holds a map's nodes and edges in
 * memory. An edit on a 10,000-node map must cost about what it costs on a 10-node map, and no
 * plain object of n keys can be copied in less than O(n); a table shares all but O(log n) of its
 * structure with the table it was derived from.
 *
 * Built on `immutable`'s `OrderedMap` (a hash array mapped trie plus an ordered list): well kept,
 * typed, dependency-free. It stays an implementation detail: nothing in this class's public
 * surface names an `immutable` type, so it could be swapped without touching a caller.
 *
 * @module
 */

import { OrderedMap, Map as PersistentMap } from 'immutable';

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
  /** Entries under every key that is not an array index, in insertion order. */
  readonly #entries: OrderedMap<string, T>;
  /** Entries under array-index keys (rare in maps, common in some imports), iterated ascending. */
  readonly #indexed: PersistentMap<string, T>;
  /** `#indexed`'s keys in ascending order, sorted on first iteration (the table never changes). */
  #sortedIndexKeys: string[] | undefined;

  private constructor(entries: OrderedMap<string, T>, indexed: PersistentMap<string, T>) {
    this.#entries = entries;
    this.#indexed = indexed;
  }

  /** A table with no entries. */
  static empty<T>(): Table<T> {
    return new Table(OrderedMap<string, T>(), PersistentMap<string, T>());
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
    return this.#entries.size + this.#indexed.size;
  }

  /** The value stored under `key`, or `undefined`. */
  get(key: string): T | undefined {
    return isArrayIndex(key) ? this.#indexed.get(key) : this.#entries.get(key);
  }

  /** Whether `key` has an entry. */
  has(key: string): boolean {
    return isArrayIndex(key) ? this.#indexed.has(key) : this.#entries.has(key);
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
    // Mutable copies are made on the first real change only, so a batch that changes nothing
    // returns this very table (callers compare tables by identity to skip work).
    let entries: OrderedMap<string, T> | undefined;
    let indexed: PersistentMap<string, T> | undefined;
    change({
      set: (key, value) => {
        const current = isArrayIndex(key) ? (indexed ?? this.#indexed) : (entries ?? this.#entries);
        if (current.get(key) === value && current.has(key)) return;
        if (isArrayIndex(key)) {
          indexed ??= this.#indexed.asMutable();
          indexed.set(key, value);
        } else {
          entries ??= this.#entries.asMutable();
          entries.set(key, value);
        }
      },
      delete: (key) => {
        if (isArrayIndex(key)) {
          indexed ??= this.#indexed.asMutable();
          indexed.delete(key);
        } else {
          entries ??= this.#entries.asMutable();
          entries.delete(key);
        }
      },
    });
    if (entries === undefined && indexed === undefined) return this;
    const nextEntries = entries?.wasAltered() ? entries.asImmutable() : this.#entries;
    const nextIndexed = indexed?.wasAltered() ? indexed.asImmutable() : this.#indexed;
    if (nextEntries === this.#entries && nextIndexed === this.#indexed) return this;
    return new Table(nextEntries, nextIndexed);
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
    this.#entries.forEach((value, key) => {
      visit(value, key);
    });
  }
}

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
