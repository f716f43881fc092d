import type { Source } from '@argmap/core';

/**
 * A source as one line a student can look up: "Dario Amodei (CEO of Anthropic), “On DeepSeek”,
 * Anthropic blog, 2025-01-29". Missing parts are left out; an empty source gives "".
 */
export function formatCitation(source: Source): string {
  const who = source.speaker
    ? source.role
      ? `${source.speaker} (${source.role})`
      : source.speaker
    : source.role;
  const parts = [who, source.title ? `“${source.title}”` : undefined, source.outlet, source.date];
  return parts.filter((part): part is string => !!part && part.trim() !== '').join(', ');
}
