/**
 * Optional compaction: when a node has several children that are leaves (typically evidence), put
 * them in one column under it instead of side by side. A tree of 50 quotes is then a few columns
 * wide instead of 50 boxes. The column enters the tidy layout as one tall box.
 *
 * @module
 */
import type { Forest } from './forest.ts';
import type { Size } from './nodeContent.ts';

/** How far a column is indented from its left edge, leaving room for the line that joins it. */
export const STACK_INDENT = 44;
/** Vertical space between two boxes of a column. */
export const STACK_GAP = 14;
/** The fewest evidence leaves under one node that are stacked; fewer stay side by side. */
export const MIN_STACK = 3;

/** One column: the parent it hangs under and its members, top to bottom. */
export interface Stack {
  parent: string;
  members: string[];
  size: Size;
}

/** The columns, and the tree the tidy layout sees (each column replaced by one box). */
export interface StackPlan {
  /** Column id (never a node id) → column. */
  stacks: Map<string, Stack>;
  /** Children per node for the tidy layout: leaves grouped into their column's id. */
  children: Map<string, string[]>;
  /** Leaf ids that sit in a column. */
  stacked: Set<string>;
}

/**
 * Groups the leaf children of each node into a column where at least {@link MIN_STACK} of them
 * may stack (`canStack(parent, leaf)`: the layout allows evidence joined to the parent by a
 * supports or opposes edge, so an undercutter never looks like one of the reasons in a column).
 */
export function planStacks(
  forest: Forest,
  sizes: Record<string, Size>,
  nodeIds: ReadonlySet<string>,
  canStack: (parent: string, leaf: string) => boolean,
): StackPlan {
  const plan: StackPlan = { stacks: new Map(), children: new Map(), stacked: new Set() };
  for (const [parent, kids] of forest.children) {
    const leaves = kids.filter(
      (kid) => (forest.children.get(kid)?.length ?? 0) === 0 && canStack(parent, kid),
    );
    if (leaves.length < MIN_STACK) {
      plan.children.set(parent, kids);
      continue;
    }
    let id = `stack:${parent}`;
    while (nodeIds.has(id) || plan.stacks.has(id)) id = `${id}'`;
    let width = 0;
    let height = 0;
    for (const leaf of leaves) {
      const size = sizes[leaf] ?? { width: 0, height: 0 };
      width = Math.max(width, size.width);
      height += size.height;
      plan.stacked.add(leaf);
    }
    height += STACK_GAP * (leaves.length - 1);
    plan.stacks.set(id, { parent, members: leaves, size: { width: width + STACK_INDENT, height } });
    // The column takes the place of the first leaf, so supports still come before opposes.
    const first = kids.indexOf(leaves[0] as string);
    const rest = kids.filter((kid) => !plan.stacked.has(kid));
    rest.splice(Math.min(first, rest.length), 0, id);
    plan.children.set(parent, rest);
  }
  return plan;
}
