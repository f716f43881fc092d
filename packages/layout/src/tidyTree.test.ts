import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLayered, placeTidy, type TidyInput } from './tidyTree.ts';

// A random tree: node i > 0 hangs under a node before it, with a random width.
const tree = fc
  .array(fc.tuple(fc.nat(), fc.integer({ min: 10, max: 300 })), { minLength: 1, maxLength: 60 })
  .map((spec) => {
    const children = new Map<string, string[]>();
    const widths = new Map<string, number>();
    const depth = new Map<string, number>([['n0', 0]]);
    spec.forEach(([parentPick, width], i) => {
      const id = `n${i}`;
      children.set(id, []);
      widths.set(id, width);
      if (i === 0) return;
      const parent = `n${parentPick % i}`;
      children.get(parent)?.push(id);
      depth.set(id, (depth.get(parent) ?? 0) + 1);
    });
    const input: TidyInput = {
      root: 'n0',
      children,
      xSize: (id) => widths.get(id) ?? 0,
      ySize: () => 50,
    };
    return { input, widths, depth };
  });

// Boxes in one row (same depth) must not overlap; rows never do, since every row has one height.
function rowOverlaps(
  xs: Map<string, number>,
  widths: Map<string, number>,
  depth: Map<string, number>,
): string[] {
  const rows = new Map<number, [number, number, string][]>();
  for (const [id, cx] of xs) {
    const w = widths.get(id) ?? 0;
    const row = rows.get(depth.get(id) ?? 0) ?? [];
    row.push([cx - w / 2, cx + w / 2, id]);
    rows.set(depth.get(id) ?? 0, row);
  }
  const bad: string[] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < row.length; i++) {
      const previous = row[i - 1] as [number, number, string];
      const current = row[i] as [number, number, string];
      if (current[0] < previous[1] - 1e-6) bad.push(`${previous[2]}/${current[2]}`);
    }
  }
  return bad;
}

describe('placeTidy and placeLayered', () => {
  it('place every node, with no two boxes of a row overlapping (property)', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(tree, ({ input, widths, depth }) => {
        for (const xs of [placeTidy(input, 0), placeLayered(input)]) {
          expect(xs.size).toBe(widths.size);
          expect(rowOverlaps(xs, widths, depth)).toEqual([]);
        }
      }),
    );
  });

  it('centres a parent over its children in the layered fallback', () => {
    const children = new Map([
      ['r', ['a', 'b']],
      ['a', []],
      ['b', []],
    ]);
    const xs = placeLayered({ root: 'r', children, xSize: () => 100, ySize: () => 50 });
    expect(xs.get('r')).toBe(((xs.get('a') ?? 0) + (xs.get('b') ?? 0)) / 2);
    expect((xs.get('b') ?? 0) - (xs.get('a') ?? 0)).toBe(100);
  });

  it('switches to the layered fallback past the depth flextree can recurse through', () => {
    const children = new Map<string, string[]>();
    for (let i = 0; i < 5000; i++) children.set(`n${i}`, i + 1 < 5000 ? [`n${i + 1}`] : []);
    const input: TidyInput = { root: 'n0', children, xSize: () => 100, ySize: () => 50 };
    expect(placeTidy(input, 4999).size).toBe(5000);
  });
});
