import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipLine, isLongEdge, visibleRect } from './longEdge.ts';

const screen = { x0: 0, y0: 0, x1: 1000, y1: 800 };

function ends(path: string): number[] {
  return (path.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
}

describe('long edges', () => {
  it('are edges longer than a couple of screens, not the short ones of a small map', () => {
    expect(isLongEdge(0, 0, 300, 150)).toBe(false);
    expect(isLongEdge(0, 0, 4000, 150)).toBe(true);
  });

  it('keep only the part near the screen, with the arrowhead only where the target is', () => {
    // From far left of the screen to a target on it: clipped at the left side, arrow kept.
    const toScreen = clipLine(-9000, 400, 500, 400, screen);
    expect(toScreen && ends(toScreen.path)).toEqual([0, 400, 500, 400]);
    expect(toScreen?.offset).toBe(9000);
    expect(toScreen?.reachesTarget).toBe(true);
    // From the screen to a target far below: clipped at the bottom, no arrowhead at the cut.
    const away = clipLine(500, 400, 500, 20000, screen);
    expect(away && ends(away.path)).toEqual([500, 400, 500, 800]);
    expect(away?.offset).toBe(0);
    expect(away?.reachesTarget).toBe(false);
  });

  it('draw nothing when the line misses the screen', () => {
    expect(clipLine(-5000, -100, 5000, -50, screen)).toBeUndefined();
    expect(clipLine(2000, 0, 2000, 5000, screen)).toBeUndefined();
  });

  it('clip to a piece of the same line, inside the screen, whose dash offset is its distance from the source', () => {
    const coord = fc.integer({ min: -20000, max: 20000 });
    fc.assert(
      fc.property(coord, coord, coord, coord, (sx, sy, tx, ty) => {
        const line = clipLine(sx, sy, tx, ty, screen);
        if (!line) return;
        const [ax = Number.NaN, ay = Number.NaN, bx = Number.NaN, by = Number.NaN] = ends(line.path);
        for (const [x, y] of [
          [ax, ay],
          [bx, by],
        ] as const) {
          expect(x).toBeGreaterThanOrEqual(screen.x0 - 1e-6);
          expect(x).toBeLessThanOrEqual(screen.x1 + 1e-6);
          expect(y).toBeGreaterThanOrEqual(screen.y0 - 1e-6);
          expect(y).toBeLessThanOrEqual(screen.y1 + 1e-6);
          // On the line through source and target: the cross product vanishes.
          const cross = (tx - sx) * (y - sy) - (ty - sy) * (x - sx);
          expect(Math.abs(cross)).toBeLessThanOrEqual(1e-6 * (Math.hypot(tx - sx, ty - sy) + 1) ** 2);
        }
        expect(line.offset).toBeCloseTo(Math.hypot(ax - sx, ay - sy), 6);
      }),
    );
  });

  it('follow the viewport in steps, so a small pan does not redraw them', () => {
    // Panned so the screen shows flow x from -100 to 1340 and y from -100 to 800.
    const a = visibleRect([100, 100, 1], 1440, 900);
    const b = visibleRect([70, 112, 1], 1440, 900);
    expect(b).toEqual(a);
    expect(a.x0).toBeLessThanOrEqual(-100);
    expect(a.y0).toBeLessThanOrEqual(-100);
    expect(a.x1).toBeGreaterThanOrEqual(1340);
    expect(a.y1).toBeGreaterThanOrEqual(800);
    // Zoomed out to a quarter, the screen covers four times as much of the map.
    const far = visibleRect([0, 0, 0.25], 1440, 900);
    expect(far.x1).toBeGreaterThanOrEqual(1440 * 4);
  });
});
