/**
 * Horizontal placement of one tree: d3-flextree's tidy layout (Reingold–Tilford extended to boxes of
 * different sizes), with a plain iterative fallback for trees too deep for its recursion.
 *
 * @module
 */
/// <reference path="./d3-flextree.d.ts" />
// The reference makes the declaration travel with this file into every program that compiles it
// from source (other workspace packages, the editor), not only this package's own tsconfig.
import { flextree } from 'd3-flextree';

/** A tree to place: each node's box width and row height, and its children in order. */
export interface TidyInput {
  root: string;
  children: ReadonlyMap<string, readonly string[]>;
  /** Horizontal space each node claims: its width plus the gap to its neighbour. */
  xSize: (id: string) => number;
  /** Vertical space each node claims: its row's height plus the gap to the next row. */
  ySize: (id: string) => number;
}

/**
 * Deeper than this, d3-flextree's recursive passes risk overflowing the call stack (Node's default
 * stack holds about 2,000 levels; browsers vary), so such trees use {@link placeLayered}.
 */
export const MAX_FLEXTREE_DEPTH = 400;

interface FlexDatum {
  id: string;
  kids: FlexDatum[];
}

/** Centre x of every node of the tree, relative to an arbitrary origin. */
export function placeTidy(input: TidyInput, depth: number): Map<string, number> {
  if (depth > MAX_FLEXTREE_DEPTH) return placeLayered(input);
  const data = new Map<string, FlexDatum>();
  const stack = [input.root];
  const order: string[] = [];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    order.push(id);
    data.set(id, { id, kids: [] });
    for (const child of input.children.get(id) ?? []) stack.push(child);
  }
  for (const id of order) {
    const datum = data.get(id) as FlexDatum;
    for (const child of input.children.get(id) ?? []) datum.kids.push(data.get(child) as FlexDatum);
  }
  const layout = flextree<FlexDatum>({
    children: (datum) => datum.kids,
    nodeSize: (node) => [input.xSize(node.data.id), input.ySize(node.data.id)],
    spacing: 0,
  });
  const tree = layout.hierarchy(data.get(input.root) as FlexDatum);
  layout(tree);
  const xs = new Map<string, number>();
  for (const node of tree.descendants()) xs.set(node.data.id, node.x);
  return xs;
}

/**
 * A simpler, stack-free placement: each subtree gets its own vertical band as wide as its widest
 * row of leaves, and a parent is centred over its children. Wider than the tidy layout (subtrees
 * never interleave) but it cannot overlap and never recurses.
 */
export function placeLayered(input: TidyInput): Map<string, number> {
  const order: string[] = [];
  const stack = [input.root];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    order.push(id);
    for (const child of input.children.get(id) ?? []) stack.push(child);
  }
  const band = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i] as string;
    let sum = 0;
    for (const child of input.children.get(id) ?? []) sum += band.get(child) ?? 0;
    band.set(id, Math.max(input.xSize(id), sum));
  }
  const xs = new Map<string, number>();
  const left = new Map<string, number>([[input.root, 0]]);
  for (const id of order) {
    const start = left.get(id) ?? 0;
    const width = band.get(id) ?? 0;
    xs.set(id, start + width / 2);
    const kids = input.children.get(id) ?? [];
    let sum = 0;
    for (const child of kids) sum += band.get(child) ?? 0;
    let cursor = start + (width - sum) / 2;
    for (const child of kids) {
      left.set(child, cursor);
      cursor += band.get(child) ?? 0;
    }
  }
  return xs;
}
