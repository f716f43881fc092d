import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIT_MARGIN, fitViewport, minZoomFor } from './fitMap.ts';

const corner = { width: 215, height: 165 };

/** The screen rectangle `bounds` lands on under `view`. */
function onScreen(
  bounds: { x: number; y: number; width: number; height: number },
  view: { x: number; y: number; zoom: number },
) {
  return {
    left: bounds.x * view.zoom + view.x,
    top: bounds.y * view.zoom + view.y,
    right: (bounds.x + bounds.width) * view.zoom + view.x,
    bottom: (bounds.y + bounds.height) * view.zoom + view.y,
  };
}

describe('fitViewport', () => {
  it('puts any map wholly on screen, clear of the minimap corner, however big (property)', () => {
    const rect = fc.record({
      x: fc.integer({ min: -100_000, max: 100_000 }),
      y: fc.integer({ min: -100_000, max: 100_000 }),
      width: fc.integer({ min: 1, max: 200_000 }),
      height: fc.integer({ min: 1, max: 200_000 }),
    });
    const canvas = fc.record({
      width: fc.integer({ min: 400, max: 3000 }),
      height: fc.integer({ min: 300, max: 2000 }),
    });
    fc.assert(
      fc.property(rect, canvas, (bounds, size) => {
        const view = fitViewport(bounds, size, corner);
        const box = onScreen(bounds, view);
        expect(box.left).toBeGreaterThanOrEqual(FIT_MARGIN - 1e-6);
        expect(box.top).toBeGreaterThanOrEqual(FIT_MARGIN - 1e-6);
        expect(box.right).toBeLessThanOrEqual(size.width - FIT_MARGIN + 1e-6);
        expect(box.bottom).toBeLessThanOrEqual(size.height - FIT_MARGIN + 1e-6);
        // Beside the minimap or above it: never over it.
        const besideIt = box.right <= size.width - corner.width + 1e-6;
        const aboveIt = box.bottom <= size.height - corner.height + 1e-6;
        expect(besideIt || aboveIt).toBe(true);
        expect(view.zoom).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('shows a small map at its natural size, centred', () => {
    const view = fitViewport(
      { x: 0, y: 0, width: 200, height: 100 },
      { width: 1000, height: 800 },
      undefined,
    );
    expect(view.zoom).toBe(1);
    expect(view.x).toBeCloseTo(400);
    expect(view.y).toBeCloseTo(350);
  });

  it('gives big maps a lower zoom limit than the fit', () => {
    const bounds = { x: 0, y: 0, width: 80_000, height: 50_000 };
    const canvas = { width: 1200, height: 800 };
    expect(minZoomFor(bounds, canvas)).toBeLessThan(fitViewport(bounds, canvas, corner).zoom);
    expect(minZoomFor({ x: 0, y: 0, width: 500, height: 300 }, canvas)).toBe(0.1);
  });
});
