/**
 * `@argmap/layout`: where the nodes of an argument map go, computed without a browser, so the
 * editor, the static SVG export and the CLI place a map the same way.
 *
 * @packageDocumentation
 */

export { buildForest, type Forest } from './forest.ts';
export {
  type Bounds,
  type LayoutOptions,
  layoutMap,
  type MapLayout,
  STACK_GAP,
  STACK_INDENT,
} from './layoutMap.ts';
export {
  estimateNodeSize,
  formatCitation,
  NODE_METRICS,
  NODE_WIDTHS,
  type NodeContent,
  nodeContent,
  type Size,
} from './nodeContent.ts';
export { ROUTE_MARGIN } from './routeLinks.ts';
export { clampLines, textUnits, wrapText } from './text.ts';
