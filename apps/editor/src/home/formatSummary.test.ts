import { describe, expect, it } from 'vitest';
import { formatSavedAt, formatSize } from './formatSummary.ts';

describe('formatSize', () => {
  it('reads like a person would say it', () => {
    expect(formatSize(812)).toBe('812 bytes');
    expect(formatSize(14_200)).toBe('14 KB');
    expect(formatSize(2_345_678)).toBe('2.3 MB');
  });
});

describe('formatSavedAt', () => {
  const now = new Date('2026-05-10T12:00:00Z');
  it('is relative within a day', () => {
    expect(formatSavedAt('2026-05-10T11:59:30Z', now)).toBe('just now');
    expect(formatSavedAt('2026-05-10T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatSavedAt('2026-05-10T09:00:00Z', now)).toBe('3 hours ago');
  });
  it('is a date after that, and says when the time is unreadable', () => {
    expect(formatSavedAt('2026-05-01T09:00:00Z', now, 'en-GB')).toBe('1 May 2026');
    expect(formatSavedAt('', now)).toBe('unknown');
  });
});
