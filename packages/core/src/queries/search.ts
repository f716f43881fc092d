/**
 * Text search over a map: statements, notes, tags, quotes and sources. Matching ignores case
 * and accents ("etude" finds "Étude"), and every word of the query must appear somewhere in
 * the node, in any searched field.
 *
 * @module
 */

import { mapOrThrow } from '../model/mapInput.ts';
import type { ArgMap, ArgMapDocument, ArgNode } from '../model/types.ts';

/** A node field that search looks in. */
export type SearchField = 'text' | 'notes' | 'tags' | 'quote' | 'speaker' | 'role' | 'title' | 'outlet';

/** Every field search looks in by default. */
export const SEARCH_FIELDS: readonly SearchField[] = [
  'text',
  'notes',
  'tags',
  'quote',
  'speaker',
  'role',
  'title',
  'outlet',
];

/** A node that matched, and the fields in which the query's words were found. */
export interface SearchHit {
  node: ArgNode;
  fields: SearchField[];
}

/** Lower case, accents and other combining marks removed, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function fieldText(node: ArgNode, field: SearchField): string | undefined {
  switch (field) {
    case 'text':
      return node.text;
    case 'notes':
      return node.notes;
    case 'tags':
      return node.tags?.join(' ');
    case 'quote':
      return node.evidence?.quote;
    default:
      return node.evidence?.source[field];
  }
}

/**
 * Nodes matching every word of `query`, in map order. An empty query matches nothing.
 * `fields` narrows where to look, e.g. `['speaker']` to find everything a person said.
 */
export function searchNodes(
  given: ArgMap | ArgMapDocument,
  query: string,
  fields: readonly SearchField[] = SEARCH_FIELDS,
): SearchHit[] {
  const map = mapOrThrow(given);
  const words = normalizeText(typeof query === 'string' ? query : '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const node of map.nodes.toArray()) {
    const texts = fields.map((field) => [field, normalizeText(fieldText(node, field) ?? '')] as const);
    if (!words.every((word) => texts.some(([, text]) => text.includes(word)))) continue;
    const matched = texts
      .filter(([, text]) => words.some((word) => text.includes(word)))
      .map(([field]) => field);
    hits.push({ node, fields: matched });
  }
  return hits;
}
