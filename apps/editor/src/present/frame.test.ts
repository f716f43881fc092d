import { describe, expect, it } from 'vitest';
import { MIN_READABLE_ZOOM, PROJECTOR_FRAME, readableFrame } from './frame.ts';

describe('readableFrame', () => {
  it('is the canvas inside the margins, in map units at the smallest readable zoom', () => {
    const frame = readableFrame(1000, 500);
    expect(frame.width * MIN_READABLE_ZOOM).toBeCloseTo(1000 - 80);
    expect(frame.height * MIN_READABLE_ZOOM).toBeCloseTo(500 - 48);
  });

  it('gives a 1920×1080 projector room for four 440-wide boxes side by side, and never a negative size', () => {
    expect(PROJECTOR_FRAME.width).toBeGreaterThan(4 * 440 + 3 * 40);
    expect(readableFrame(10, 10)).toEqual({ width: 0, height: 0 });
  });
});
