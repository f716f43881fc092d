/**
 * Helpers the exporters share for evidence: a full citation in plain words, and whether a URL is
 * safe to link (only `http:` and `https:`, as the map model requires).
 *
 * @module
 */
import type { Source } from '@argmap/core';

/**
 * The URL if it parses as `http:` or `https:`, normalised; otherwise `undefined`. Exporters only
 * ever link to such URLs, so a `javascript:` or `data:` URL in a map never becomes a live link.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

/**
 * A full citation in one line, e.g. `Dario Amodei (CEO of Anthropic), “On DeepSeek and Export
 * Controls”, darioamodei.com, 2025-01-29, https://…`. Empty parts are left out; a URL that is
 * not http(s) is kept as text, marked so no reader takes it for a link.
 */
export function citationText(source: Source | undefined): string {
  if (!source) return '';
  const speaker = source.speaker ? `${source.speaker}${source.role ? ` (${source.role})` : ''}` : source.role;
  const url = source.url ? (safeHttpUrl(source.url) ?? `${source.url} (not a web link)`) : undefined;
  const parts = [speaker, source.title ? `“${source.title}”` : undefined, source.outlet, source.date, url];
  return parts
    .filter((part): part is string => typeof part === 'string' && part.trim().length > 0)
    .join(', ');
}

/** Collapses every run of whitespace (newlines included) to one space and trims the ends. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
