/**
 * `Slots`: the ordered storage under a {@link Table}. A persistent array of key/value slots, in
 * chunks of a fixed size: reading every value is a plain loop over a few arrays (no pointer chase
 * per entry), and a change copies only the chunks it touches plus the short list of chunks.
 *
 * A removed entry leaves a hole (its key slot becomes `undefined`); new entries always go at the
 * end. The table compacts when holes outnumber entries.
 *
 * @module
 */

/** Chunk size of 2^10 = 1,024 slots: a change copies 8 KB; a million slots need 977 chunks. */
const DEFAULT_CHUNK_BITS = 10;

const NO_SLOTS: readonly undefined[] = [];

/** An immutable, chunked array of key/value slots; see the module comment. */
export class Slots<T> {
  /** Slots in use, holes included. */
  readonly length: number;
  /** Slots whose entry was removed. */
  readonly holes: number;
  readonly #bits: number;
  readonly #keys: readonly (readonly (string | undefined)[])[];
  readonly #values: readonly (readonly (T | undefined)[])[];

  /** Internal: use {@link Slots.empty} and {@link Slots.edit}. */
  constructor(
    bits: number,
    keys: readonly (readonly (string | undefined)[])[],
    values: readonly (readonly (T | undefined)[])[],
    length: number,
    holes: number,
  ) {
    this.#bits = bits;
    this.#keys = keys;
    this.#values = values;
    this.length = length;
    this.holes = holes;
  }

  /** No slots. `chunkBits` sets the chunk size to 2^chunkBits (small sizes are for tests). */
  static empty<T>(chunkBits = DEFAULT_CHUNK_BITS): Slots<T> {
    return new Slots<T>(chunkBits, [], [], 0, 0);
  }

  /** The key in `slot`, or `undefined` for a hole. */
  key(slot: number): string | undefined {
    return this.#keys[slot >> this.#bits]?.[slot & ((1 << this.#bits) - 1)];
  }

  /** The value in `slot`, or `undefined` for a hole. */
  value(slot: number): T | undefined {
    return this.#values[slot >> this.#bits]?.[slot & ((1 << this.#bits) - 1)];
  }

  /** Calls `visit` for every slot that is not a hole, in slot order. */
  forEach(visit: (value: T, key: string) => void): void {
    const keys = this.#keys;
    const values = this.#values;
    for (let c = 0; c < keys.length; c++) {
      const keyChunk = keys[c] ?? NO_SLOTS;
      const valueChunk = values[c] ?? NO_SLOTS;
      for (let i = 0; i < keyChunk.length; i++) {
        const key = keyChunk[i];
        if (key !== undefined) visit(valueChunk[i] as T, key);
      }
    }
  }

  /**
   * What changed since `older`, a version these slots were derived from by edits: the keys whose
   * value was replaced in place, the keys removed, and the keys added (in slot order). Chunks
   * both versions share are skipped, so a few edits cost a few chunks, not the whole table.
   * `undefined` when these slots did not come from `older` (a slot that now holds another key).
   */
  changesSince(older: Slots<T>): SlotChanges | undefined {
    if (older.#bits !== this.#bits || older.length > this.length) return undefined;
    const changes: SlotChanges = { replaced: [], removed: [], added: [] };
    const size = 1 << this.#bits;
    for (let c = 0; c < older.#keys.length; c++) {
      const oldKeys = older.#keys[c] ?? NO_SLOTS;
      const newKeys = this.#keys[c] ?? NO_SLOTS;
      const oldValues = older.#values[c] ?? NO_SLOTS;
      const newValues = this.#values[c] ?? NO_SLOTS;
      if (oldKeys === newKeys && oldValues === newValues) continue;
      for (let i = 0; i < oldKeys.length; i++) {
        const before = oldKeys[i];
        const after = newKeys[i];
        if (before === undefined) {
          // A hole is never filled again: a key here means another table.
          if (after !== undefined) return undefined;
        } else if (after === undefined) changes.removed.push(before);
        else if (after !== before) return undefined;
        else if (newValues[i] !== oldValues[i]) changes.replaced.push(after);
      }
      // The old version's last chunk may have grown since.
      for (let i = oldKeys.length; i < newKeys.length && c * size + i < this.length; i++) {
        const key = newKeys[i];
        if (key !== undefined) changes.added.push(key);
      }
    }
    for (let slot = older.#keys.length * size; slot < this.length; slot++) {
      const key = this.key(slot);
      if (key !== undefined) changes.added.push(key);
    }
    return changes;
  }

  /**
   * Starts a set of changes. The writer copies each chunk the first time it changes it, and
   * {@link SlotsWriter.done} returns the new slots; this object never changes.
   */
  edit(): SlotsWriter<T> {
    return new SlotsWriter(this, this.#bits, this.#keys, this.#values);
  }
}

/** Keys that differ between two versions of a {@link Slots}; see {@link Slots.changesSince}. */
export interface SlotChanges {
  /** Keys present in both, whose value was replaced. */
  replaced: string[];
  /** Keys the older version had and this one has not. */
  removed: string[];
  /** Keys this version added, in order. */
  added: string[];
}

/** Changes one {@link Slots} into a new one; see {@link Slots.edit}. Every method changes something. */
export class SlotsWriter<T> {
  readonly #bits: number;
  readonly #mask: number;
  #keys: readonly (readonly (string | undefined)[])[];
  #values: readonly (readonly (T | undefined)[])[];
  #length: number;
  #holes: number;
  /** Chunks (by index) this writer has copied, and may therefore change in place. */
  readonly #owned = new Set<number>();
  #ownsLists = false;
  readonly #original: Slots<T>;

  constructor(
    original: Slots<T>,
    bits: number,
    keys: readonly (readonly (string | undefined)[])[],
    values: readonly (readonly (T | undefined)[])[],
  ) {
    this.#original = original;
    this.#bits = bits;
    this.#mask = (1 << bits) - 1;
    this.#keys = keys;
    this.#values = values;
    this.#length = original.length;
    this.#holes = original.holes;
  }

  /** Puts `key` and `value` in a new slot at the end and returns its number. */
  append(key: string, value: T): number {
    const slot = this.#length;
    const chunk = slot >> this.#bits;
    const [keys, values] = this.#lists();
    if (chunk === keys.length) {
      keys.push([]);
      values.push([]);
      this.#owned.add(chunk);
    }
    this.#chunk(chunk, keys, values);
    (keys[chunk] as (string | undefined)[]).push(key);
    (values[chunk] as (T | undefined)[]).push(value);
    this.#length++;
    return slot;
  }

  /** The value in `slot` as changed so far, or `undefined` for a hole. */
  value(slot: number): T | undefined {
    return this.#values[slot >> this.#bits]?.[slot & this.#mask];
  }

  /** Replaces the value in `slot`, which must hold an entry. */
  set(slot: number, value: T): void {
    const [keys, values] = this.#lists();
    const chunk = slot >> this.#bits;
    this.#chunk(chunk, keys, values);
    (values[chunk] as (T | undefined)[])[slot & this.#mask] = value;
  }

  /** Makes `slot`, which must hold an entry, a hole. */
  remove(slot: number): void {
    const [keys, values] = this.#lists();
    const chunk = slot >> this.#bits;
    this.#chunk(chunk, keys, values);
    (keys[chunk] as (string | undefined)[])[slot & this.#mask] = undefined;
    (values[chunk] as (T | undefined)[])[slot & this.#mask] = undefined;
    this.#holes++;
  }

  /** The slots with every change made; the same object as before when nothing changed. */
  done(): Slots<T> {
    if (!this.#ownsLists) return this.#original;
    return new Slots(this.#bits, this.#keys, this.#values, this.#length, this.#holes);
  }

  /** The lists of chunks, copied on the first change. */
  #lists(): [(readonly (string | undefined)[])[], (readonly (T | undefined)[])[]] {
    if (!this.#ownsLists) {
      this.#keys = [...this.#keys];
      this.#values = [...this.#values];
      this.#ownsLists = true;
    }
    return [
      this.#keys as (readonly (string | undefined)[])[],
      this.#values as (readonly (T | undefined)[])[],
    ];
  }

  /** Makes chunk `chunk` this writer's own copy. */
  #chunk(
    chunk: number,
    keys: (readonly (string | undefined)[])[],
    values: (readonly (T | undefined)[])[],
  ): void {
    if (this.#owned.has(chunk)) return;
    keys[chunk] = [...(keys[chunk] ?? NO_SLOTS)];
    values[chunk] = [...(values[chunk] ?? NO_SLOTS)];
    this.#owned.add(chunk);
  }
}
