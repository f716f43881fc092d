import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { MapRepository } from './mapRepository.ts';
import type { Persistence, PersistenceState } from './persistence.ts';

interface PersistenceValue {
  persistence: Persistence;
  repository: MapRepository;
}

const Context = createContext<PersistenceValue | null>(null);

/** Makes the persistence controller and the map repository available to the components below. */
export function PersistenceProvider({
  persistence,
  repository,
  children,
}: PersistenceValue & { children: ReactNode }) {
  return <Context.Provider value={{ persistence, repository }}>{children}</Context.Provider>;
}

/** The controller and repository from the nearest {@link PersistenceProvider}. */
export function usePersistenceContext(): PersistenceValue {
  const value = useContext(Context);
  if (!value) throw new Error('usePersistence() needs a <PersistenceProvider> above it');
  return value;
}

/**
 * The controller and repository, or `undefined` when the app runs without browser storage (tests
 * and benchmarks that bring their own store); the persistence slots then render nothing.
 */
export function useOptionalPersistence(): PersistenceValue | undefined {
  return useContext(Context) ?? undefined;
}

/** The current persistence state; re-renders when it changes. */
export function usePersistenceState(): PersistenceState {
  const { persistence } = usePersistenceContext();
  return useSyncExternalStore(persistence.subscribe, persistence.getSnapshot, persistence.getSnapshot);
}
