/**
 * The compact block layout: every subtree is a rectangle, and a node's children either stand in one
 * row under it or, when a row would run wide, wrap into indented columns joined to it by a line down
 * each column's left margin. How readily rows wrap is one number, tuned (by bisection) so the whole
 * map's box comes out close to the screen's aspect ratio.
 *
 * @module
 */
import type { Point } from '@argmap/core';
import type { Size } from './nodeContent.ts';

/** Geometry of {@link placeCompact}. Every length is in canvas units. */
export interface CompactOptions {
  siblingGap: number;
  levelGap: number;
  /** Left margin of a column, where the joining line runs. */
  indent: number;
  /** Vertical space between two subtrees stacked in a column. */
  stackGap: number;
  /** The width : height the whole drawing aims for. */
  aspect: number;
}

/** Where every node goes, and the bent lines that join stacked children to their parent. */
export interface CompactPlacement {
  positions: Map<string, Point>;
  /** Child id → its line to the tree parent (from the child's box to the parent's bottom), for children in columns. */
  routes: Map<string, Point[]>;
  /** Parent id → its children that sit in columns. */
  columns: Map<string, string[]>;
  /** Room for a label centred on each box, from its top, that no other box enters. */
  labelRoom: Map<string, Size>;
}

/** A tree to place: children in drawing order (every node has an entry) and each box's size. */
export interface CompactTree {
  roots: readonly string[];
  children: ReadonlyMap<string, readonly string[]>;
  size: (id: string) => Size;
}

/** A row wins over columns unless columns come this many times closer to the wanted shape. */
const ROW_BONUS = 2;
/** Where a line enters a stacked child, below its top edge (at most). */
const ENTRY_DROP = 28;
const VIRTUAL = '\u0000forest';

/**
 * Places a forest compactly. Several roots are laid out as the children of an invisible root, so
 * a map of many separate trees wraps too. Iterative throughout: a 5,000-deep chain is safe.
 */
export function placeCompact(tree: CompactTree, options: CompactOptions): CompactPlacement {
  const ids = postOrder(tree);
  const n = ids.length;
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const kids: number[][] = ids.map((id) =>
    (id === VIRTUAL ? tree.roots : (tree.children.get(id) ?? [])).map((kid) => indexOf.get(kid) as number),
  );
  const boxW = new Float64Array(n);
  const boxH = new Float64Array(n);
  ids.forEach((id, i) => {
    if (id === VIRTUAL) return;
    const size = tree.size(id);
    boxW[i] = size.width;
    boxH[i] = size.height;
  });
  const top = n - 1; // post-order: the top block comes last
  const shape: Shape = {
    w: new Float64Array(n),
    h: new Float64Array(n),
    boxX: new Float64Array(n),
    choice: new Int32Array(n),
  };
  const gapsOf = (i: number): CompactOptions =>
    ids[i] === VIRTUAL ? { ...options, levelGap: 0, indent: 0 } : options;
  const virtualGaps = { ...options, levelGap: 0, indent: 0 };
  const run = (tau: number): number => {
    for (let i = 0; i < n; i++) {
      const gaps = ids[i] === VIRTUAL ? virtualGaps : options;
      choose(i, kids[i] as number[], boxW, boxH, shape, i === top ? options.aspect : tau, gaps);
    }
    return Math.log(Math.max(shape.w[top] as number, 1) / Math.max(shape.h[top] as number, 1));
  };

  // Bisection on how wide subtrees may be (log scale): wider subtrees make a wider map.
  const goal = Math.log(options.aspect);
  let lo = Math.log(0.03);
  let hi = Math.log(30);
  let best = { tau: 1, error: Number.POSITIVE_INFINITY };
  for (let i = 0; i < 14 && best.error > 0.08; i++) {
    const mid = (lo + hi) / 2;
    const got = run(Math.exp(mid));
    const error = Math.abs(got - goal);
    if (error < best.error) best = { tau: Math.exp(mid), error };
    if (got < goal) lo = mid;
    else hi = mid;
  }
  run(best.tau);
  return place(ids, kids, boxW, boxH, shape, gapsOf);
}

/** Each block's size, its box's left inside it, and how its children stand (0 a row, c > 0 columns). */
interface Shape {
  w: Float64Array;
  h: Float64Array;
  boxX: Float64Array;
  choice: Int32Array;
}

function postOrder(tree: CompactTree): string[] {
  const order: string[] = [];
  const stack = [...tree.roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    order.push(id);
    for (const kid of tree.children.get(id) ?? []) stack.push(kid);
  }
  order.reverse();
  if (tree.roots.length !== 1) order.push(VIRTUAL);
  return order;
}

/** The column counts worth trying for `k` children: every count up to 8, then growing by a quarter. */
function columnCounts(k: number): number[] {
  const counts: number[] = [];
  for (let c = 1; c <= Math.min(k, 8); c++) counts.push(c);
  for (let c = 10; c < k; c = Math.ceil(c * 1.25)) counts.push(c);
  return counts;
}

interface Arranged {
  w: number;
  h: number;
  boxX: number;
  /** Offsets of the children's blocks, and (columns only) each child's trunk x. */
  at: Point[];
  trunks: number[];
}

/** Picks one row or a column count for node `i`, by how close its block comes to `target`. */
function choose(
  i: number,
  kidList: number[],
  boxW: Float64Array,
  boxH: Float64Array,
  shape: Shape,
  target: number,
  gaps: CompactOptions,
): void {
  if (kidList.length === 0) {
    shape.w[i] = boxW[i] as number;
    shape.h[i] = boxH[i] as number;
    shape.boxX[i] = 0;
    shape.choice[i] = 0;
    return;
  }
  const score = (b: Arranged) => Math.abs(Math.log(Math.max(b.w, 1) / Math.max(b.h, 1) / target));
  let best = arrange(i, kidList, 0, boxW, boxH, shape, gaps, false);
  let bestChoice = 0;
  let bestScore = score(best) - Math.log(ROW_BONUS);
  for (const c of columnCounts(kidList.length)) {
    const candidate = arrange(i, kidList, c, boxW, boxH, shape, gaps, false);
    const s = score(candidate);
    if (s < bestScore) {
      best = candidate;
      bestScore = s;
      bestChoice = c;
    }
  }
  shape.w[i] = best.w;
  shape.h[i] = best.h;
  shape.boxX[i] = best.boxX;
  shape.choice[i] = bestChoice;
}

/**
 * Node `i`'s block with its children in one row (`columns` 0) or in that many columns. Offsets are
 * filled in only when `withOffsets` is set: the bisection needs sizes alone.
 */
function arrange(
  i: number,
  kidList: number[],
  columns: number,
  boxW: Float64Array,
  boxH: Float64Array,
  shape: Shape,
  { siblingGap, levelGap, indent, stackGap }: CompactOptions,
  withOffsets: boolean,
): Arranged {
  const bw = boxW[i] as number;
  const bh = boxH[i] as number;
  const top = bh + levelGap;
  const at: Point[] = [];
  const trunks: number[] = [];
  if (columns === 0) {
    let x = 0;
    let height = 0;
    let firstCentre = 0;
    let lastCentre = 0;
    kidList.forEach((k, n) => {
      const centre = x + (shape.boxX[k] as number) + (boxW[k] as number) / 2;
      if (n === 0) firstCentre = centre;
      lastCentre = centre;
      if (withOffsets) at.push({ x, y: top });
      x += (shape.w[k] as number) + siblingGap;
      height = Math.max(height, shape.h[k] as number);
    });
    // Centred over the first and last children's own boxes, as a tidy tree centres a parent.
    let boxX = (firstCentre + lastCentre) / 2 - bw / 2;
    const shift = boxX < 0 ? -boxX : 0;
    boxX += shift;
    for (const p of at) p.x += shift;
    return { w: Math.max(x - siblingGap + shift, boxX + bw), h: top + height, boxX, at, trunks };
  }
  let total = 0;
  for (const k of kidList) total += (shape.h[k] as number) + stackGap;
  const goal = total / columns;
  // Consecutive runs of children, each about `goal` tall, so reading order goes down then across.
  let x = 0;
  let y = top;
  let width = 0;
  let height = 0;
  let filled = 0;
  let used = 1;
  let count = 0;
  for (const k of kidList) {
    const kh = shape.h[k] as number;
    if (count > 0 && filled + kh / 2 > goal && used < columns) {
      x += indent + width + siblingGap;
      y = top;
      width = 0;
      filled = 0;
      used++;
    }
    if (withOffsets) {
      at.push({ x: x + indent, y });
      trunks.push(x + indent / 2);
    }
    height = Math.max(height, y + kh);
    y += kh + stackGap;
    filled += kh + stackGap;
    width = Math.max(width, shape.w[k] as number);
    count++;
  }
  const areaWidth = x + indent + width;
  // One column hangs from the parent's left edge, its line straight down; several centre under it.
  let boxX = used === 1 ? 0 : (areaWidth - bw) / 2;
  const shift = boxX < 0 ? -boxX : 0;
  boxX += shift;
  for (const p of at) p.x += shift;
  return {
    w: Math.max(areaWidth + shift, boxX + bw),
    h: height,
    boxX,
    at,
    trunks: trunks.map((t) => t + shift),
  };
}

function place(
  ids: readonly string[],
  kids: readonly number[][],
  boxW: Float64Array,
  boxH: Float64Array,
  shape: Shape,
  gapsOf: (i: number) => CompactOptions,
): CompactPlacement {
  const placement: CompactPlacement = {
    positions: new Map(),
    routes: new Map(),
    columns: new Map(),
    labelRoom: new Map(),
  };
  const stack: { i: number; x: number; y: number }[] = [{ i: ids.length - 1, x: 0, y: 0 }];
  while (stack.length > 0) {
    const { i, x, y } = stack.pop() as { i: number; x: number; y: number };
    const id = ids[i] as string;
    const virtual = id === VIRTUAL;
    const gaps = gapsOf(i);
    const kidList = kids[i] as number[];
    const block = arrange(i, kidList, shape.choice[i] as number, boxW, boxH, shape, gaps, true);
    const box = { x: x + block.boxX, y };
    const bw = boxW[i] as number;
    const bh = boxH[i] as number;
    if (!virtual) {
      placement.positions.set(id, box);
      // Its own block holds nothing else beside its box, and nothing in the gap below it.
      const centre = box.x + bw / 2;
      const width = 2 * Math.min(centre - x, x + (shape.w[i] as number) - centre);
      placement.labelRoom.set(id, { width, height: bh + (kidList.length > 0 ? gaps.levelGap * 0.75 : 0) });
    }
    if (block.trunks.length > 0 && !virtual)
      placement.columns.set(
        id,
        kidList.map((k) => ids[k] as string),
      );
    kidList.forEach((k, n) => {
      const offset = block.at[n] as Point;
      const origin = { x: x + offset.x, y: y + offset.y };
      stack.push({ i: k, ...origin });
      const trunk = block.trunks[n];
      if (trunk === undefined || virtual) return;
      const entryY = origin.y + Math.min((boxH[k] as number) / 2, ENTRY_DROP);
      const trunkX = x + trunk;
      const busY = y + bh + gaps.levelGap / 2;
      const inside = trunkX >= box.x + 12 && trunkX <= box.x + bw - 12;
      const anchorX = inside ? trunkX : box.x + bw / 2;
      placement.routes.set(
        ids[k] as string,
        simplify([
          { x: origin.x + (shape.boxX[k] as number), y: entryY },
          { x: trunkX, y: entryY },
          { x: trunkX, y: busY },
          { x: anchorX, y: busY },
          { x: anchorX, y: y + bh },
        ]),
      );
    });
  }
  return placement;
}

/** Drops repeated points and the middle of three points on one straight line. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    ) {
      out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}
