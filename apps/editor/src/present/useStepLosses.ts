import { useEffect, useState } from 'react';
import type { EditorStore } from '../state/editorStore.ts';
import { NO_LOSSES, type StepLosses, trackStepLosses } from './stepLosses.ts';

/**
 * The nodes tour steps lost to deletions since this map was opened, kept while the editor runs
 * (the tour panel may be closed when a node is deleted). Opening another map starts afresh.
 */
export function useStepLosses(store: EditorStore): StepLosses {
  const [losses, setLosses] = useState<StepLosses>(NO_LOSSES);
  useEffect(() => {
    let { map, opened } = store.getSnapshot();
    let known: StepLosses = NO_LOSSES;
    setLosses(known);
    return store.subscribe(() => {
      const next = store.getSnapshot();
      if (next.map === map && next.opened === opened) return;
      known = next.opened === opened ? trackStepLosses(map, next.map, known) : NO_LOSSES;
      map = next.map;
      opened = next.opened;
      setLosses(known);
    });
  }, [store]);
  return losses;
}
