import { fromDocument } from '../model/document.ts';
import type { ArgMap, ArgMapDocument } from '../model/types.ts';
import example from './export-controls.argmap.json' with { type: 'json' };

/**
 * The example debate: US export controls on AI chips and DeepSeek, built from four articles of
 * early 2025: a question, four positions, the claims between them and over fifty evidence nodes, each
 * quoting its article verbatim with speaker and source, plus a nine-step tour for presenting it.
 * The articles themselves ship in `examples/sources/` of this package.
 * Treat it as read-only; edits made through the core's operations return new maps.
 */
export const exportControlsExample: ArgMap = fromDocument(example as ArgMapDocument);
