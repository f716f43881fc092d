/**
 * `Table`: the persistent, insertion-ordered collection that holds a map's nodes and edges in
 * memory. An edit on a 10,000-node map must cost about what it costs on a 10-node map, and no
 * plain object of n keys can be copied in less than O(n); a table shares almost all of its
 * structure with the table it was derived from (an edit copies one chunk of 1,024 slots, the list
 * of chunks, about a thousandth of the table's length, and the O(log n) path to the key in the trie).
 *
 * Its entries sit in {@link Slots}, chunked arrays in order. A key's slot is found in two layers:
 * a native `Map` filled once when the table is built from nothing (a file read, an import, a
 * compaction) and never changed after, and over it a {@link PersistentMap} (a hash array mapped
 * trie) holding what later edits changed. The native layer is there because a trie hashes a
 * string key anew on every lookup: building a million-entry table through a trie alone took
 * seconds, most of a large import's time, while a native `Map` hashes each string once. Reading
 * every entry is a plain loop over arrays, several times faster than walking a trie.
 *
 * @module
 */

import { INSPECT, type Inspect, type InspectOptions, inspectEntries } from './inspect.ts';
import type { MapIteratorOf } from './mapIterator.ts';
import { type MapEditor, PersistentMap } from './persistentMap.ts';
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
  /**
   * The slot of each key in {@link Table.#slots} as the table was first built from nothing; never
   * changed after the constructor, so every table derived from it can share it.
   */
  readonly #base: ReadonlyMap<string, number>;
  /**
   * What edits changed since {@link Table.#base} was built: a key's slot, or {@link GONE} for a
   * key of the base that was deleted. Looked up before the base.
   */
  readonly #changed: PersistentMap<number>;
  /** How many non-index keys the table holds. */
  readonly #count: number;
  /** Entries under array-index keys (rare in maps, common in some imports), iterated ascending. */
  readonly #indexed: PersistentMap<T>;
  /** `#indexed`'s keys in ascending order, sorted on first iteration (the table never changes). */
  #sortedIndexKeys: string[] | undefined;

  private constructor(
    slots: Slots<T>,
    base: ReadonlyMap<string, number>,
    changed: PersistentMap<number>,
    count: number,
    indexed: PersistentMap<T>,
  ) {
    this.#slots = slots;
    this.#base = base;
    this.#changed = changed;
    this.#count = count;
    this.#indexed = indexed;
  }

  /** A table with no entries. */
  static empty<T>(): Table<T> {
    return new Table(Slots.empty<T>(), NO_BASE, NO_CHANGES, 0, PersistentMap.empty<T>());
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
    return this.#count + this.#indexed.size;
  }

  /** The value stored under `key`, or `undefined`. */
  get(key: string): T | undefined {
    if (isArrayIndex(key)) return this.#indexed.get(key);
    const slot = this.#slotOf(key, this.#changed);
    return slot === undefined ? undefined : this.#slots.value(slot);
  }

  /**
   * A number that orders `key` among this table's keys as iteration does (smaller comes first),
   * or `undefined` without an entry. Only comparable within one table. O(log n).
   */
  rank(key: string): number | undefined {
    if (isArrayIndex(key)) return this.#indexed.has(key) ? Number(key) - 2 ** 33 : undefined;
    return this.#slotOf(key, this.#changed);
  }

  /** Whether `key` has an entry. */
  has(key: string): boolean {
    return isArrayIndex(key) ? this.#indexed.has(key) : this.#slotOf(key, this.#changed) !== undefined;
  }

  /** The slot of the non-index `key` with `changed` laid over the base, or `undefined`. */
  #slotOf(key: string, changed: Pick<PersistentMap<number>, 'size' | 'get'>): number | undefined {
    // An empty trie answers without hashing the key: a table fresh from a file pays one native lookup.
    const slot = changed.size === 0 ? undefined : changed.get(key);
    if (slot !== undefined) return slot === GONE ? undefined : slot;
    return this.#base.get(key);
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
    if (this.#count === 0 && this.#indexed.size === 0) {
      const built = Table.#built(change);
      return built.size === 0 ? this : built;
    }
    // Copies are made on the first real change only, so a batch that changes nothing returns
    // this very table (callers compare tables by identity to skip work).
    let slots: SlotsWriter<T> | undefined;
    let changed: MapEditor<number> | undefined;
    let count = this.#count;
    let indexed: MapEditor<T> | undefined;
    change({
      set: (key, value) => {
        if (isArrayIndex(key)) {
          const current = indexed ?? this.#indexed;
          if (current.get(key) === value && current.has(key)) return;
          indexed ??= this.#indexed.edit();
          indexed.set(key, value);
          return;
        }
        const slot = this.#slotOf(key, changed ?? this.#changed);
        if (slot !== undefined && (slots ?? this.#slots).value(slot) === value) return;
        slots ??= this.#slots.edit();
        if (slot !== undefined) {
          slots.set(slot, value);
          return;
        }
        changed ??= this.#changed.edit();
        changed.set(key, slots.append(key, value));
        count++;
      },
      delete: (key) => {
        if (isArrayIndex(key)) {
          if (!(indexed ?? this.#indexed).has(key)) return;
          indexed ??= this.#indexed.edit();
          indexed.delete(key);
          return;
        }
        const slot = this.#slotOf(key, changed ?? this.#changed);
        if (slot === undefined) return;
        slots ??= this.#slots.edit();
        changed ??= this.#changed.edit();
        if (this.#base.has(key)) changed.set(key, GONE);
        else changed.delete(key);
        slots.remove(slot);
        count--;
      },
    });
    if (slots === undefined && indexed === undefined) return this;
    const nextIndexed = indexed === undefined ? this.#indexed : indexed.done();
    if (slots === undefined)
      return nextIndexed === this.#indexed
        ? this
        : new Table(this.#slots, this.#base, this.#changed, this.#count, nextIndexed);
    const nextSlots = slots.done();
    const nextChanged = changed === undefined ? this.#changed : changed.done();
    // Holes cost a little memory and iteration time each; once they outnumber the entries, a
    // fresh copy without them costs less than keeping them (at most once per size-many deletes).
    if (nextSlots.holes > 32 && nextSlots.holes > count) {
      return Table.#compacted(nextSlots, nextIndexed);
    }
    return new Table(nextSlots, this.#base, nextChanged, count, nextIndexed);
  }

  /**
   * A batch on an empty table: every key goes into a fresh native base, with nothing laid over
   * it. This is how files, imports and {@link Table.fromEntries} build their tables.
   */
  static #built<T>(change: (writer: TableWriter<T>) => void): Table<T> {
    let slots: SlotsWriter<T> | undefined;
    const base = new Map<string, number>();
    let indexed: MapEditor<T> | undefined;
    change({
      set: (key, value) => {
        if (isArrayIndex(key)) {
          indexed ??= PersistentMap.empty<T>().edit();
          indexed.set(key, value);
          return;
        }
        slots ??= Slots.empty<T>().edit();
        const slot = base.get(key);
        if (slot === undefined) base.set(key, slots.append(key, value));
        else slots.set(slot, value);
      },
      delete: (key) => {
        if (isArrayIndex(key)) {
          indexed?.delete(key);
          return;
        }
        const slot = base.get(key);
        if (slot === undefined || slots === undefined) return;
        base.delete(key);
        slots.remove(slot);
      },
    });
    const nextIndexed = indexed === undefined ? PersistentMap.empty<T>() : indexed.done();
    const built = new Table(
      slots === undefined ? Slots.empty<T>() : slots.done(),
      base,
      NO_CHANGES,
      base.size,
      nextIndexed,
    );
    // Keys set and deleted in the same batch leave holes; a compacted copy drops them.
    return built.#slots.holes > 32 && built.#slots.holes > base.size
      ? Table.#compacted(built.#slots, nextIndexed)
      : built;
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
  static #compacted<T>(slots: Slots<T>, indexed: PersistentMap<T>): Table<T> {
    const writer = Slots.empty<T>().edit();
    const base = new Map<string, number>();
    slots.forEach((value, key) => {
      base.set(key, writer.append(key, value));
    });
    return new Table(writer.done(), base, NO_CHANGES, base.size, indexed);
  }

  /** The keys, in order. */
  keys(): MapIteratorOf<string> {
    return this.#snapshot((_value, key) => key);
  }

  /** The values, in order. */
  values(): MapIteratorOf<T> {
    return this.#snapshot((value) => value);
  }

  /** `[key, value]` pairs, in order. */
  entries(): MapIteratorOf<[string, T]> {
    return this.#snapshot((value, key): [string, T] => [key, value]);
  }

  /** Same as {@link Table.entries}, so `for (const [id, node] of table)` works. */
  [Symbol.iterator](): MapIteratorOf<[string, T]> {
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

  /** What `console.log` and the Node REPL show: `Table(2) { 'q' => { … }, 'p' => { … } }`. */
  [INSPECT](depth: number, options: InspectOptions, inspect?: Inspect): string {
    return inspectEntries('Table', this.size, () => this.entries(), depth, options, inspect);
  }

  /** `[object Table]`, for debugging output. */
  get [Symbol.toStringTag](): string {
    return 'Table';
  }

  /** Iterators walk an array taken at the call, filled by one plain loop over the slots. */
  #snapshot<R>(pick: (value: T, key: string) => R): MapIteratorOf<R> {
    const items: R[] = [];
    this.#each((value, key) => {
      items.push(pick(value, key));
    });
    return items[Symbol.iterator]() as MapIteratorOf<R>;
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

/** The slot {@link Table}'s change layer records for a key of its base that was deleted. */
const GONE = -1;
const NO_BASE: ReadonlyMap<string, number> = new Map();
const NO_CHANGES = PersistentMap.empty<number>();

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
