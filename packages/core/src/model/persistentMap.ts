/**
 * `PersistentMap`: an immutable map from strings to values that shares structure between
 * versions — a hash array mapped trie (Bagwell), 32 ways per level, with bitmap-indexed branches
 * and a collision node for keys whose 32-bit hashes are equal. `set` and `delete` copy the
 * O(log₃₂ n) path to the key and share the rest; an {@link MapEditor} makes many changes at once,
 * changing in place the nodes it has already copied.
 *
 * It replaces `immutable`'s `Map` and `Set` in the tables and the edge index: `immutable` cannot be
 * tree-shaken, and made up 90% of the bundle of an app that imported `createMap` alone.
 *
 * @module
 */

/** A key and its value, at the bottom of the trie. Never changed once shared. */
interface Leaf<V> {
  readonly key: string;
  readonly hash: number;
  readonly value: V;
}

/** Up to 32 children, present where `bitmap` has a bit: leaves, collisions or deeper branches. */
interface Branch<V> {
  bitmap: number;
  items: Item<V>[];
  /** The editor that made this node and may still change it in place. */
  owner: object | undefined;
}

/** Leaves whose hashes are all equal (`hash`), in a list. */
interface Collision<V> {
  readonly hash: number;
  leaves: Leaf<V>[];
  owner: object | undefined;
}

type Item<V> = Leaf<V> | Branch<V> | Collision<V>;

const isBranch = <V>(item: Item<V>): item is Branch<V> => 'bitmap' in item;
const isCollision = <V>(item: Item<V>): item is Collision<V> => 'leaves' in item;

/** FNV-1a over the UTF-16 code units, then a final mix so that the low bits (the first level) spread well. Exported for tests (not from the package). */
export function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  n = (n + (n >>> 4)) & 0x0f0f0f0f;
  return Math.imul(n, 0x01010101) >>> 24;
}

/** The hash of a leaf or collision (what decides where it sits). */
const hashOfItem = <V>(item: Leaf<V> | Collision<V>): number => item.hash;

/**
 * The node holding both `a` (a leaf or collision already in the trie) and the new leaf `b`, from
 * level `shift` down. Their hashes differ (equal hashes go into one collision), so they part at
 * some level before the 32 bits run out.
 */
function join<V>(a: Leaf<V> | Collision<V>, b: Leaf<V>, shift: number, owner: object | undefined): Item<V> {
  const ha = hashOfItem(a);
  if (ha === b.hash) {
    if (isCollision(a)) return { hash: ha, leaves: [...a.leaves, b], owner };
    return { hash: ha, leaves: [a, b], owner };
  }
  const ia = (ha >>> shift) & 31;
  const ib = (b.hash >>> shift) & 31;
  if (ia === ib) return { bitmap: 1 << ia, items: [join(a, b, shift + 5, owner)], owner };
  return { bitmap: (1 << ia) | (1 << ib), items: ia < ib ? [a, b] : [b, a], owner };
}

/** What a change did, for the map's size. */
interface Change {
  added: boolean;
  removed: boolean;
}

/** `node` with `key` set to `value` (copied unless `owner` owns it; the same node when nothing changes). */
function setIn<V>(
  node: Branch<V>,
  shift: number,
  leaf: Leaf<V>,
  owner: object | undefined,
  change: Change,
): Branch<V> {
  const bit = 1 << ((leaf.hash >>> shift) & 31);
  const at = popcount(node.bitmap & (bit - 1));
  let next: Item<V>;
  if ((node.bitmap & bit) === 0) {
    change.added = true;
    const editable = owner !== undefined && node.owner === owner ? node : copyBranch(node, owner);
    editable.items.splice(at, 0, leaf);
    editable.bitmap |= bit;
    return editable;
  }
  const item = node.items[at] as Item<V>;
  if (isBranch(item)) {
    next = setIn(item, shift + 5, leaf, owner, change);
  } else if (isCollision(item)) {
    if (item.hash === leaf.hash) {
      const index = item.leaves.findIndex((l) => l.key === leaf.key);
      if (index >= 0 && item.leaves[index]?.value === leaf.value) return node;
      const editable =
        owner !== undefined && item.owner === owner
          ? item
          : { hash: item.hash, leaves: [...item.leaves], owner };
      if (index >= 0) editable.leaves[index] = leaf;
      else {
        editable.leaves.push(leaf);
        change.added = true;
      }
      next = editable;
    } else {
      change.added = true;
      next = join(item, leaf, shift + 5, owner);
    }
  } else if (item.key === leaf.key) {
    if (item.value === leaf.value) return node;
    next = leaf;
  } else {
    change.added = true;
    next = join(item, leaf, shift + 5, owner);
  }
  if (next === item) return node;
  const editable = owner !== undefined && node.owner === owner ? node : copyBranch(node, owner);
  editable.items[at] = next;
  return editable;
}

/** `node` without `key`; `undefined` when that leaves it empty. */
function deleteIn<V>(
  node: Branch<V>,
  shift: number,
  hash: number,
  key: string,
  owner: object | undefined,
  change: Change,
): Branch<V> | undefined {
  const bit = 1 << ((hash >>> shift) & 31);
  if ((node.bitmap & bit) === 0) return node;
  const at = popcount(node.bitmap & (bit - 1));
  const item = node.items[at] as Item<V>;
  let next: Item<V> | undefined;
  if (isBranch(item)) {
    next = deleteIn(item, shift + 5, hash, key, owner, change);
    if (next === item) return node;
  } else if (isCollision(item)) {
    const index = item.leaves.findIndex((l) => l.key === key);
    if (index < 0) return node;
    change.removed = true;
    const leaves = item.leaves.filter((_, i) => i !== index);
    next = leaves.length === 1 ? leaves[0] : { hash: item.hash, leaves, owner };
  } else {
    if (item.key !== key) return node;
    change.removed = true;
    next = undefined;
  }
  const editable = owner !== undefined && node.owner === owner ? node : copyBranch(node, owner);
  if (next === undefined) {
    editable.items.splice(at, 1);
    editable.bitmap &= ~bit;
    return editable.bitmap === 0 ? undefined : editable;
  }
  editable.items[at] = next;
  return editable;
}

function copyBranch<V>(node: Branch<V>, owner: object | undefined): Branch<V> {
  return { bitmap: node.bitmap, items: node.items.slice(), owner };
}

const EMPTY_ROOT: Branch<never> = { bitmap: 0, items: [], owner: undefined };

/** An immutable map from string keys to values; see the module comment. */
export class PersistentMap<V> {
  readonly #root: Branch<V>;
  readonly #size: number;

  private constructor(root: Branch<V>, size: number) {
    this.#root = root;
    this.#size = size;
  }

  static #empty = new PersistentMap<never>(EMPTY_ROOT, 0);

  /** The map with no entries. */
  static empty<V>(): PersistentMap<V> {
    return PersistentMap.#empty as PersistentMap<V>;
  }

  /** How many keys it holds. */
  get size(): number {
    return this.#size;
  }

  /** The value under `key`, or `undefined`. */
  get(key: string): V | undefined {
    if (this.#size === 0) return undefined;
    const hash = hashOf(key);
    let node: Branch<V> = this.#root;
    for (let shift = 0; ; shift += 5) {
      const bit = 1 << ((hash >>> shift) & 31);
      if ((node.bitmap & bit) === 0) return undefined;
      const item = node.items[popcount(node.bitmap & (bit - 1))] as Item<V>;
      if (isBranch(item)) {
        node = item;
        continue;
      }
      if (isCollision(item)) return item.leaves.find((leaf) => leaf.key === key)?.value;
      return item.key === key ? item.value : undefined;
    }
  }

  /** Whether `key` has an entry (also when its value is `undefined`). */
  has(key: string): boolean {
    if (this.#size === 0) return false;
    const hash = hashOf(key);
    let node: Branch<V> = this.#root;
    for (let shift = 0; ; shift += 5) {
      const bit = 1 << ((hash >>> shift) & 31);
      if ((node.bitmap & bit) === 0) return false;
      const item = node.items[popcount(node.bitmap & (bit - 1))] as Item<V>;
      if (isBranch(item)) {
        node = item;
        continue;
      }
      if (isCollision(item)) return item.leaves.some((leaf) => leaf.key === key);
      return item.key === key;
    }
  }

  /** A map with `value` under `key`; this same map when `key` already holds exactly `value`. */
  set(key: string, value: V): PersistentMap<V> {
    const editor = this.edit();
    editor.set(key, value);
    return editor.done();
  }

  /** A map without `key`; this same map when it has no such key. */
  delete(key: string): PersistentMap<V> {
    const editor = this.edit();
    editor.delete(key);
    return editor.done();
  }

  /** An editor for many changes at once; its `done()` is the new map (this one never changes). */
  edit(): MapEditor<V> {
    return new MapEditor(this.#root, this.#size, this);
  }

  /** Calls `visit` with every value and key, in no particular order (but the same every time). */
  forEach(visit: (value: V, key: string) => void): void {
    const stack: Item<V>[] = [this.#root];
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      if (isBranch(item))
        for (let i = item.items.length - 1; i >= 0; i--) stack.push(item.items[i] as Item<V>);
      else if (isCollision(item)) for (const leaf of item.leaves) visit(leaf.value, leaf.key);
      else visit(item.value, item.key);
    }
  }

  /** The keys, in {@link PersistentMap.forEach}'s order. */
  keys(): IterableIterator<string> {
    const keys: string[] = [];
    this.forEach((_, key) => {
      keys.push(key);
    });
    return keys[Symbol.iterator]();
  }

  /** @internal The editor's way back in. */
  static fromEditor<V>(root: Branch<V>, size: number): PersistentMap<V> {
    return size === 0 ? PersistentMap.empty<V>() : new PersistentMap(root, size);
  }
}

/**
 * Changes a {@link PersistentMap} in place on the nodes it copied itself, so a batch of n changes
 * copies each path once, not n times. Use it for one batch, then call {@link MapEditor.done}.
 */
export class MapEditor<V> {
  #root: Branch<V>;
  #size: number;
  #owner: object | undefined = {};
  readonly #from: PersistentMap<V>;
  #changed = false;

  /** @internal Use {@link PersistentMap.edit}. */
  constructor(root: Branch<V>, size: number, from: PersistentMap<V>) {
    this.#root = root;
    this.#size = size;
    this.#from = from;
  }

  /** How many keys the edited map holds. */
  get size(): number {
    return this.#size;
  }

  /** The value under `key` in the edited map. */
  get(key: string): V | undefined {
    return PersistentMap.fromEditor(this.#root, this.#size).get(key);
  }

  /** Whether `key` has an entry in the edited map. */
  has(key: string): boolean {
    return PersistentMap.fromEditor(this.#root, this.#size).has(key);
  }

  /** Sets `value` under `key`. */
  set(key: string, value: V): void {
    const owner = this.#live();
    const change: Change = { added: false, removed: false };
    const root = setIn(this.#root, 0, { key, hash: hashOf(key), value }, owner, change);
    if (root !== this.#root || change.added) this.#changed = true;
    this.#root = root;
    if (change.added) this.#size++;
  }

  /** Removes `key`. */
  delete(key: string): void {
    const owner = this.#live();
    const change: Change = { added: false, removed: false };
    const root = deleteIn(this.#root, 0, hashOf(key), key, owner, change);
    if (!change.removed) return;
    this.#changed = true;
    this.#root = root ?? { bitmap: 0, items: [], owner };
    this.#size--;
  }

  /** Whether any set or delete changed the map. */
  get changed(): boolean {
    return this.#changed;
  }

  /** The edited map (the original one when nothing changed). The editor cannot be used after. */
  done(): PersistentMap<V> {
    this.#owner = undefined;
    return this.#changed ? PersistentMap.fromEditor(this.#root, this.#size) : this.#from;
  }

  #live(): object {
    if (this.#owner === undefined) throw new Error('MapEditor: used after done()');
    return this.#owner;
  }
}
