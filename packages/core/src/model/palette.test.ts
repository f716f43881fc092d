import { describe, expect, it } from 'vitest';
import { contrastRatio, PALETTE } from './palette.ts';
import { EDGE_KINDS, NODE_KINDS } from './types.ts';

describe('the palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#123456', '#123456')).toBe(1);
  });

  for (const name of ['light', 'dark'] as const) {
    const scheme = PALETTE[name];
    it(`${name}: text and lines are readable on what they are drawn on (WCAG AA)`, () => {
      expect(contrastRatio(scheme.text, scheme.background)).toBeGreaterThanOrEqual(7);
      for (const kind of NODE_KINDS) {
        const colours = scheme.kinds[kind];
        expect(contrastRatio(colours.accent, scheme.background), `${kind} accent`).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(colours.ink, colours.tint), `${kind} ink on tint`).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(scheme.text, colours.tint), `text on ${kind} tint`).toBeGreaterThanOrEqual(4.5);
      }
      for (const relation of EDGE_KINDS) {
        expect(contrastRatio(scheme.relations[relation], scheme.background), relation).toBeGreaterThanOrEqual(
          3,
        );
      }
    });
  }
});
