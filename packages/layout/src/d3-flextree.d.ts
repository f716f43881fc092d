/**
 * Types for the part of `d3-flextree` (2.x, which ships none) that the layout uses.
 * `flextree` lays out a hierarchy whose nodes have their own `[width, height]`; after the call every
 * node has `x` (the centre of its box) and `y` (the top of its box).
 */
declare module 'd3-flextree' {
  /** One node of the hierarchy that `flextree().hierarchy()` builds around the caller's data. */
  export interface FlexHierarchyNode<T> {
    data: T;
    x: number;
    y: number;
    depth: number;
    children: FlexHierarchyNode<T>[] | null;
    descendants(): FlexHierarchyNode<T>[];
  }

  /** A configured layout: call it on a hierarchy to assign `x` and `y` to every node. */
  export interface FlexTreeLayout<T> {
    (root: FlexHierarchyNode<T>): FlexHierarchyNode<T>;
    hierarchy(data: T, children?: (data: T) => T[] | undefined): FlexHierarchyNode<T>;
  }

  /** Options: the size of each node (`[width, height]`), and extra space between neighbours. */
  export interface FlexTreeOptions<T> {
    nodeSize?: (node: FlexHierarchyNode<T>) => [number, number];
    spacing?: number | ((a: FlexHierarchyNode<T>, b: FlexHierarchyNode<T>) => number);
    children?: (data: T) => T[] | undefined;
  }

  export function flextree<T>(options?: FlexTreeOptions<T>): FlexTreeLayout<T>;
}
