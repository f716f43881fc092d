import { PALETTE } from '@argmap/core';
import { describe, expect, it } from 'vitest';
import { installPalette, paletteVariables } from './paletteVariables.ts';

describe('palette variables', () => {
  it('name every kind and relation, per scheme', () => {
    const dark = paletteVariables('dark');
    expect(dark['--kind-evidence-accent']).toBe(PALETTE.dark.kinds.evidence.accent);
    expect(dark['--rel-opposes']).toBe(PALETTE.dark.relations.opposes);
    expect(Object.keys(dark)).toHaveLength(4 * 3 + 3);
  });

  it('are installed on the page', () => {
    installPalette();
    expect(document.documentElement.style.getPropertyValue('--rel-supports')).toBe(
      PALETTE.light.relations.supports,
    );
  });
});
