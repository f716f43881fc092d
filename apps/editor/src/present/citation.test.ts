import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.ts';

describe('formatCitation', () => {
  it('joins speaker, role, title, outlet and date', () => {
    expect(
      formatCitation({
        speaker: 'Ada',
        role: 'Analyst',
        title: 'Chips',
        outlet: 'The Post',
        date: '2025-02-01',
      }),
    ).toBe('Ada (Analyst), “Chips”, The Post, 2025-02-01');
  });

  it('leaves out what is missing', () => {
    expect(formatCitation({ outlet: 'Reuters' })).toBe('Reuters');
    expect(formatCitation({ role: 'Spokesperson', date: 'early 2025' })).toBe('Spokesperson, early 2025');
    expect(formatCitation({})).toBe('');
  });
});
