import { createLayoutCache } from '../canvas/autoLayout.ts';
import type { FlowInputs } from '../canvas/viewModel.ts';
import { smallDebate } from './smallMap.ts';

/** View-model inputs for a laid-out map (the small debate by default), nothing selected or measured. */
export function flowInputs(overrides: Partial<FlowInputs> = {}): FlowInputs {
  const map = overrides.map ?? smallDebate();
  const layout = createLayoutCache()(map);
  return {
    map,
    layout: layout.positions,
    widths: layout.widths,
    selectedNodes: [],
    selectedEdges: [],
    switchedOff: new Set(),
    verdicts: undefined,
    measured: new Map(),
    ...overrides,
  };
}
