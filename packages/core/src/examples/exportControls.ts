import { fromDocument } from '../model/document.ts';
import { Table } from '../model/table.ts';
import type { ArgMap, ArgMapDocument } from '../model/types.ts';
import example from './export-controls.argmap.json' with { type: 'json' };

/**
 * The example debate: US export controls on AI chips and DeepSeek, built from four articles of
 * early 2025: a question, four positions, the claims between them and over fifty evidence nodes, each
 * quoting its article verbatim with speaker and source, plus a nine-step tour for presenting it.
 * The articles themselves ship in `examples/sources/` of this package.
 * It is frozen, all the way down, because every importer shares this one value: edits made through
 * the core's operations return new maps, and a stray assignment fails instead of changing the
 * example for everyone else.
 */
export const exportControlsExample: ArgMap = deepFreeze(
  fromDocument(structuredClone(example) as ArgMapDocument),
);

/** `value` with every plain object and array in it frozen (tables are immutable already). */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || Object.isFrozen(item)) continue;
    if (item instanceof Table) {
      for (const entry of item.values()) stack.push(entry);
      continue;
    }
    Object.freeze(item);
    for (const child of Object.values(item)) stack.push(child);
  }
  return value;
}
