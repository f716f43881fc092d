import type { ArgMap } from '../model/types.ts';
import example from './export-controls.argmap.json' with { type: 'json' };

/**
 * The example debate: US export controls on AI chips and DeepSeek, built from four articles of
 * early 2025. Every evidence node quotes its article verbatim, with speaker and source.
 * Treat it as read-only; edits made through the core's operations return new maps.
 */
export const exportControlsExample: ArgMap = example as ArgMap;
