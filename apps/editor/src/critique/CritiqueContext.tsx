import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { useEditor } from '../state/EditorContext.tsx';
import { type Critique, type CritiqueSettings, DEFAULT_CRITIQUE } from './critique.ts';
import { createCritiqueCache } from './critiqueCache.ts';

interface CritiqueValue {
  critique: Critique;
  settings: CritiqueSettings;
  setSettings: (settings: CritiqueSettings) => void;
}

const CritiqueContext = createContext<CritiqueValue | null>(null);

/**
 * Evaluates the map live: again whenever the argument, the what-if switches or the semantics change,
 * never on selection or drag frames (those leave the map object as it is), nor when a drop or a
 * collapse changes only where nodes sit (see `createCritiqueCache`).
 */
export function CritiqueProvider({ children }: { children: ReactNode }) {
  const map = useEditor((state) => state.map);
  const switchedOff = useEditor((state) => state.switchedOff);
  const [settings, setSettings] = useState(DEFAULT_CRITIQUE);
  const [critiqueOf] = useState(createCritiqueCache);
  const result = useMemo(
    () => critiqueOf(map, switchedOff, settings),
    [critiqueOf, map, switchedOff, settings],
  );
  const value = useMemo(() => ({ critique: result, settings, setSettings }), [result, settings]);
  return <CritiqueContext.Provider value={value}>{children}</CritiqueContext.Provider>;
}

/** The current critique and its settings. */
export function useCritique(): CritiqueValue {
  const value = useContext(CritiqueContext);
  if (!value) throw new Error('useCritique() needs a <CritiqueProvider> above it');
  return value;
}
