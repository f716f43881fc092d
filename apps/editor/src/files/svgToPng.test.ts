import { describe, expect, it } from 'vitest';
import { pngScale, svgSize } from './svgToPng.ts';

describe('svgSize', () => {
  it('reads width and height', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800.5">')).toEqual({
      width: 1200,
      height: 800.5,
    });
  });
  it('falls back to the viewBox', () => {
    expect(svgSize('<svg viewBox="0 0 640 480"></svg>')).toEqual({ width: 640, height: 480 });
  });
  it('returns undefined for something that is not an SVG', () => {
    expect(svgSize('<html></html>')).toBeUndefined();
    expect(svgSize('<svg width="0" height="0"></svg>')).toBeUndefined();
  });
});

describe('pngScale', () => {
  it('draws at 2× for ordinary maps', () => {
    expect(pngScale({ width: 3000, height: 2000 })).toBe(2);
  });
  it('shrinks a huge map to fit the largest canvas browsers allow', () => {
    const scale = pngScale({ width: 20_000, height: 1000 });
    expect(20_000 * scale).toBeLessThanOrEqual(16_384);
  });
});
