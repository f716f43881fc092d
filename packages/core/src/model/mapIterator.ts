/**
 * `MapIteratorOf<V>`: the iterator a `ReadonlyMap` hands out, as the consumer's own TypeScript
 * names it — `MapIterator<V>` from TypeScript 5.6, `IterableIterator<V>` before. Written as
 * `MapIterator` in our declarations, the types failed to compile on TypeScript 5.5 and older
 * (TS2552); derived from `ReadonlyMap` itself, they fit every version a consumer may use.
 *
 * @module
 */

/** The iterator type of `ReadonlyMap.prototype.values` for values of type `V`. */
export type MapIteratorOf<V> = ReturnType<ReadonlyMap<unknown, V>['values']>;
