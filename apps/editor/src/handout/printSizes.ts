import type { ArgNode } from '@argmap/core';
import type { Size } from '@argmap/layout';
import { PRINT_NODE_WIDTH } from './HandoutNode.tsx';

/**
 * A node's box on paper estimated from its text (10 pt statement, about 6.7 px a character), for
 * where the browser cannot measure (jsdom). Generous, so an estimated box is never too short.
 */
export function estimatePrintSize(node: ArgNode, noted: boolean): Size {
  const width = PRINT_NODE_WIDTH[node.kind];
  const perLine = Math.max(8, Math.floor((width - 18) / 7));
  const lines = Math.max(1, Math.ceil(node.text.length / perLine));
  const height = 12 + 16 + lines * 18 + (node.evidence ? 18 : 0) + (noted ? 18 : 0);
  return { width, height };
}

/** Measured heights of each node's box, plain and with its note (`id` → [plain, noted]). */
export type MeasuredHeights = ReadonlyMap<string, readonly [number, number]>;

/** The size function for `mapPanels`: measured heights where the browser gave them, else estimates. */
export function printSizeOf(measured: MeasuredHeights): (node: ArgNode, noted: boolean) => Size {
  return (node, noted) => {
    const heights = measured.get(node.id);
    const height = heights?.[noted ? 1 : 0];
    return height && height > 0
      ? { width: PRINT_NODE_WIDTH[node.kind], height }
      : estimatePrintSize(node, noted);
  };
}
