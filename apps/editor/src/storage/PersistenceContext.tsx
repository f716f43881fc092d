import { useSyncExternalStore } from 'react';
import { useEditorStore } from '../state/EditorContext.tsx';
import type { EditorStore } from '../state/editorStore.ts';
import type { KeyValueStore } from './keyValueStore.ts';
import type { MapRepository } from './mapRepository.ts';
import type { Persistence, PersistenceState } from './persistence.ts';
import { type PersistenceSetup, setupPersistence } from './setupPersistence.ts';

/** The controller and repository the persistence components use. */
export interface PersistenceValue {
  persistence: Persistence;
  repository: MapRepository;
}

// Persistence is attached to an editor store, not to a React subtree, so App opts in with one call
// where it creates its store and the slot components find it through the store they already have.
const wanted = new WeakMap<EditorStore, KeyValueStore | undefined>();
const setups = new WeakMap<EditorStore, PersistenceSetup>();

/**
 * Marks a store to be saved in the browser: the persistence slots then reopen the last map into it,
 * autosave it and handle files and share links. Stores not marked (tests, benchmarks) are left
 * alone and the slots render nothing. `storage` replaces IndexedDB, for tests.
 */
export function withPersistence<S extends EditorStore>(store: S, storage?: KeyValueStore): S {
  wanted.set(store, storage);
  return store;
}

/** The persistence of a store marked with {@link withPersistence}, created on first use. */
export function persistenceFor(store: EditorStore): PersistenceSetup | undefined {
  if (!wanted.has(store)) return undefined;
  let setup = setups.get(store);
  if (!setup) {
    setup = setupPersistence(store, wanted.get(store));
    setups.set(store, setup);
  }
  return setup;
}

/** The controller and repository, or `undefined` when the store is not persisted. */
export function useOptionalPersistence(): PersistenceValue | undefined {
  return persistenceFor(useEditorStore());
}

/** The controller and repository; for components that only render when persistence is on. */
export function usePersistenceContext(): PersistenceValue {
  const value = useOptionalPersistence();
  if (!value) throw new Error('persistence components need a store marked with withPersistence()');
  return value;
}

/** The current persistence state; re-renders when it changes. */
export function usePersistenceState(): PersistenceState {
  const { persistence } = usePersistenceContext();
  return useSyncExternalStore(persistence.subscribe, persistence.getSnapshot, persistence.getSnapshot);
}
