/**
 * Routes cross-links (links that did not place their source) around the boxes, as lines of
 * horizontal and vertical pieces, so a second parent's link never runs through a statement.
 *
 * The search runs on the grid of lines that pass just outside each box near the link (an
 * orthogonal visibility grid): shortest length, each bend costing extra, from any side of the
 * source to any side of the target.
 *
 * @module
 */
import type { Point } from '@argmap/core';
import { simplify } from './compact.ts';

/** A link to route: its id and the node ids at its ends. */
export interface LinkToRoute {
  id: string;
  source: string;
  target: string;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far a route keeps from every box. */
export const ROUTE_MARGIN = 10;
const BEND_COST = 60;
/** Grids with more points than this are not searched (the link keeps its plain curve). */
const MAX_GRID = 4_000;
/**
 * Grid points searched for one map, at most: past it, the remaining links keep their plain curves,
 * so an edit on a big, densely cross-linked map stays quick (a few hundred milliseconds at worst).
 */
const MAX_WORK = 30_000;
const CELL = 256;
/** A search area larger than this (canvas units²) is not tried: it would hold too many boxes anyway. */
const MAX_AREA = 4_000_000;

/** Edge id → route (source side to target side) for every link a route was found for. */
export function routeLinks(
  links: readonly LinkToRoute[],
  boxes: ReadonlyMap<string, Box>,
): Record<string, Point[]> {
  const routes: Record<string, Point[]> = {};
  if (links.length === 0) return routes;
  const index = new BoxIndex([...boxes.values()]);
  const budget = { left: MAX_WORK };
  for (const link of links) {
    if (budget.left <= 0) break;
    const source = boxes.get(link.source);
    const target = boxes.get(link.target);
    if (!source || !target || clearAsDrawn(source, target, index)) continue;
    for (const pad of [160, 480]) {
      const route = routeOne(source, target, index, pad, budget);
      if (route) {
        routes[link.id] = route;
        break;
      }
    }
  }
  return routes;
}

/**
 * Whether the plain drawing already misses every box: then the link needs no route. Renderers draw
 * an unrouted link as an S curve from the source's top up to the target's bottom, its control
 * points halfway up (React Flow's bezier and the SVG export agree); it is checked piece by piece.
 */
function clearAsDrawn(source: Box, target: Box, index: BoxIndex): boolean {
  const sx = source.x + source.width / 2;
  const sy = source.y;
  const tx = target.x + target.width / 2;
  const ty = target.y + target.height;
  if (ty > sy) return false;
  const my = (sy + ty) / 2;
  const at = (t: number): Point => {
    const u = 1 - t;
    return {
      x: u * u * u * sx + 3 * u * u * t * sx + 3 * u * t * t * tx + t * t * t * tx,
      y: u * u * u * sy + 3 * u * u * t * my + 3 * u * t * t * my + t * t * t * ty,
    };
  };
  const pieces = 16;
  let previous = at(0);
  for (let i = 1; i <= pieces; i++) {
    const next = at(i / pieces);
    for (const box of index.near(previous.x, previous.y, next.x, next.y)) {
      if (segmentHitsBox(previous.x, previous.y, next.x, next.y, shrink(box, source, target))) return false;
    }
    previous = next;
  }
  return true;
}

// The ends' own boxes are where the curve starts and stops: only other boxes count.
function shrink(box: Box, source: Box, target: Box): Box {
  const m = ROUTE_MARGIN;
  const own = (b: Box) => box.x === b.x - m && box.y === b.y - m && box.width === b.width + 2 * m;
  return own(source) || own(target) ? { x: 0, y: 0, width: 0, height: 0 } : box;
}

/** Liang–Barsky: whether the segment passes through the inside of `box`. */
export function segmentHitsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax - box.x],
    [dx, box.x + box.width - ax],
    [-dy, ay - box.y],
    [dy, box.y + box.height - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

interface Port {
  at: Point;
  stub: Point;
}

function ports(box: Box): Port[] {
  const m = ROUTE_MARGIN;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return [
    { at: { x: cx, y: box.y }, stub: { x: cx, y: box.y - m } },
    { at: { x: cx, y: box.y + box.height }, stub: { x: cx, y: box.y + box.height + m } },
    { at: { x: box.x, y: cy }, stub: { x: box.x - m, y: cy } },
    { at: { x: box.x + box.width, y: cy }, stub: { x: box.x + box.width + m, y: cy } },
  ];
}

const cellKey = (cx: number, cy: number): number => cx * 1_048_576 + cy;

/** Boxes (grown by the margin) in a coarse grid of cells, for "is this point inside a box?". */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();
  readonly all: Box[];

  constructor(boxes: Box[]) {
    const m = ROUTE_MARGIN;
    this.all = boxes.map((b) => ({
      x: b.x - m,
      y: b.y - m,
      width: b.width + 2 * m,
      height: b.height + 2 * m,
    }));
    for (const box of this.all) {
      for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++) {
        for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++) {
          const key = cellKey(cx, cy);
          const list = this.cells.get(key) ?? [];
          list.push(box);
          this.cells.set(key, list);
        }
      }
    }
  }

  /** The grown boxes that may meet the rectangle (x0, y0)–(x1, y1), each once. */
  near(x0: number, y0: number, x1: number, y1: number): Box[] {
    const found = new Set<Box>();
    for (let cx = Math.floor(Math.min(x0, x1) / CELL); cx <= Math.floor(Math.max(x0, x1) / CELL); cx++) {
      for (let cy = Math.floor(Math.min(y0, y1) / CELL); cy <= Math.floor(Math.max(y0, y1) / CELL); cy++) {
        for (const box of this.cells.get(cellKey(cx, cy)) ?? []) found.add(box);
      }
    }
    return [...found];
  }

  /** Whether (x, y) is strictly inside a grown box: on its edge is outside. */
  blocked(x: number, y: number): boolean {
    for (const b of this.cells.get(cellKey(Math.floor(x / CELL), Math.floor(y / CELL))) ?? []) {
      if (x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height) return true;
    }
    return false;
  }
}

function sortedUnique(values: number[]): number[] {
  return [...new Set(values.map((v) => Math.round(v * 100) / 100))].sort((a, b) => a - b);
}

function routeOne(
  source: Box,
  target: Box,
  index: BoxIndex,
  pad: number,
  budget: { left: number },
): Point[] | undefined {
  const from = ports(source);
  const to = ports(target);
  const x0 = Math.min(source.x, target.x) - pad;
  const y0 = Math.min(source.y, target.y) - pad;
  const x1 = Math.max(source.x + source.width, target.x + target.width) + pad;
  const y1 = Math.max(source.y + source.height, target.y + target.height) + pad;
  // Each box brings two lines each way: skip before building a grid that would be too big.
  if ((x1 - x0) * (y1 - y0) > MAX_AREA) return undefined;
  const nearby = index
    .near(x0, y0, x1, y1)
    .filter((b) => !(b.x > x1 || b.x + b.width < x0 || b.y > y1 || b.y + b.height < y0));
  if ((2 * nearby.length + 10) ** 2 > MAX_GRID) return undefined;
  const xsRaw = [x0, x1];
  const ysRaw = [y0, y1];
  for (const p of [...from, ...to]) {
    xsRaw.push(p.stub.x);
    ysRaw.push(p.stub.y);
  }
  for (const b of nearby) {
    xsRaw.push(b.x, b.x + b.width);
    ysRaw.push(b.y, b.y + b.height);
  }
  const xs = sortedUnique(xsRaw.filter((x) => x >= x0 && x <= x1));
  const ys = sortedUnique(ysRaw.filter((y) => y >= y0 && y <= y1));
  if (xs.length * ys.length > MAX_GRID) return undefined;
  budget.left -= xs.length * ys.length;
  const path = search(xs, ys, from, to, index);
  if (!path) return undefined;
  return simplify(path);
}

// Directions: 0 right, 1 left, 2 down, 3 up.
const DX = [1, -1, 0, 0];
const DY = [0, 0, 1, -1];

function search(xs: number[], ys: number[], from: Port[], to: Port[], index: BoxIndex): Point[] | undefined {
  const nx = xs.length;
  const ny = ys.length;
  const ix = new Map(xs.map((x, i) => [x, i]));
  const iy = new Map(ys.map((y, i) => [y, i]));
  const key = (p: Point) => {
    const i = ix.get(Math.round(p.x * 100) / 100);
    const j = iy.get(Math.round(p.y * 100) / 100);
    return i === undefined || j === undefined ? -1 : j * nx + i;
  };
  const size = nx * ny * 4;
  const cost = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const back = new Int32Array(size).fill(-1);
  const closed = new Uint8Array(size);
  const heap = new MinHeap();
  const startDir = [3, 2, 1, 0];
  from.forEach((port, k) => {
    const cell = key(port.stub);
    if (cell < 0 || index.blocked(port.stub.x, port.stub.y)) return;
    const state = cell * 4 + (startDir[k] as number);
    cost[state] = 0;
    heap.push(state, 0);
  });
  const goals = new Map<number, Port>();
  for (const port of to) {
    const cell = key(port.stub);
    if (cell >= 0 && !index.blocked(port.stub.x, port.stub.y)) goals.set(cell, port);
  }
  if (goals.size === 0) return undefined;
  // A*: the distance to the nearest target side never overestimates what is left.
  const ends = [...goals.values()].map((port) => port.stub);
  const estimate = (x: number, y: number): number => {
    let least = Number.POSITIVE_INFINITY;
    for (const end of ends) least = Math.min(least, Math.abs(end.x - x) + Math.abs(end.y - y));
    return least;
  };
  while (heap.size > 0) {
    const [state] = heap.pop();
    const c = cost[state] as number;
    if (closed[state] === 1) continue;
    closed[state] = 1;
    const cell = Math.floor(state / 4);
    const dir = state % 4;
    const goal = goals.get(cell);
    if (goal) return unwind(state, back, xs, ys, from, goal);
    const i = cell % nx;
    const j = Math.floor(cell / nx);
    for (let d = 0; d < 4; d++) {
      if ((d ^ 1) === dir) continue; // never straight back
      const ni = i + (DX[d] as number);
      const nj = j + (DY[d] as number);
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const ax = xs[i] as number;
      const ay = ys[j] as number;
      const bx = xs[ni] as number;
      const by = ys[nj] as number;
      if (index.blocked((ax + bx) / 2, (ay + by) / 2) || index.blocked(bx, by)) continue;
      const next = (nj * nx + ni) * 4 + d;
      const nc = c + Math.abs(bx - ax) + Math.abs(by - ay) + (d === dir ? 0 : BEND_COST);
      if (nc < (cost[next] as number)) {
        cost[next] = nc;
        back[next] = state;
        heap.push(next, nc + estimate(bx, by));
      }
    }
  }
  return undefined;
}

function unwind(
  state: number,
  back: Int32Array,
  xs: number[],
  ys: number[],
  from: Port[],
  goal: Port,
): Point[] {
  const nx = xs.length;
  const cells: Point[] = [];
  for (let s = state; s >= 0; s = back[s] as number) {
    const cell = Math.floor(s / 4);
    cells.push({ x: xs[cell % nx] as number, y: ys[Math.floor(cell / nx)] as number });
  }
  cells.reverse();
  const start = cells[0] as Point;
  const port =
    from.find((p) => Math.abs(p.stub.x - start.x) < 0.01 && Math.abs(p.stub.y - start.y) < 0.01) ??
    (from[0] as Port);
  return [port.at, ...cells, goal.at];
}

/** A binary heap of (state, cost), smallest cost first. */
class MinHeap {
  private readonly states: number[] = [];
  private readonly costs: number[] = [];

  get size(): number {
    return this.states.length;
  }

  push(state: number, cost: number): void {
    this.states.push(state);
    this.costs.push(cost);
    let i = this.states.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.costs[parent] as number) <= cost) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [number, number] {
    const top: [number, number] = [this.states[0] as number, this.costs[0] as number];
    const lastState = this.states.pop() as number;
    const lastCost = this.costs.pop() as number;
    if (this.states.length > 0) {
      this.states[0] = lastState;
      this.costs[0] = lastCost;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.costs.length && (this.costs[l] as number) < (this.costs[m] as number)) m = l;
        if (r < this.costs.length && (this.costs[r] as number) < (this.costs[m] as number)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private swap(a: number, b: number): void {
    [this.states[a], this.states[b]] = [this.states[b] as number, this.states[a] as number];
    [this.costs[a], this.costs[b]] = [this.costs[b] as number, this.costs[a] as number];
  }
}
