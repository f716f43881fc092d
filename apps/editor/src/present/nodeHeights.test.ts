import { describe, expect, it } from 'vitest';
import { estimateProjectorHeight, measureProjectorHeight } from './nodeHeights.ts';
import type { ProjectorNodeData } from './projectorFlow.ts';

const claim: ProjectorNodeData = { kind: 'claim', text: 'Short', appearance: 'focused' };

describe('estimateProjectorHeight', () => {
  it('grows with the text, the quote, the citation and the verdict', () => {
    const short = estimateProjectorHeight(claim);
    const long = estimateProjectorHeight({ ...claim, text: 'word '.repeat(30) });
    expect(long).toBeGreaterThan(short + 5 * 40);
    const quoted = estimateProjectorHeight({ ...claim, kind: 'evidence', quote: 'q', citation: 'c' });
    expect(quoted).toBeGreaterThan(short + 37 + 32);
    expect(estimateProjectorHeight({ ...claim, strength: 0.5 })).toBeGreaterThan(short);
    // The accepted / rejected label shares the kind's line with the strength.
    expect(estimateProjectorHeight({ ...claim, strength: 0.5, status: 'accepted' })).toBe(
      estimateProjectorHeight({ ...claim, strength: 0.5 }),
    );
  });

  it('counts a long quote as three lines at most, as the projector clamps it', () => {
    const evidence = { ...claim, kind: 'evidence' as const };
    expect(estimateProjectorHeight({ ...evidence, quote: 'x'.repeat(63) })).toBe(
      estimateProjectorHeight({ ...evidence, quote: 'x'.repeat(600) }),
    );
  });
});

describe('measureProjectorHeight', () => {
  it('falls back to the estimate where the page has no layout (jsdom)', () => {
    expect(measureProjectorHeight(claim)).toBe(estimateProjectorHeight(claim));
    // The measuring box is gone afterwards.
    expect(document.querySelector('.present-measure')).toBeNull();
  });
});
