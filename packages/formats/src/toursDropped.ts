/**
 * The warning every writer gives when the map has tours and its format cannot hold them. One
 * wording and one code for all formats, so the CLI, the editor and the docs can rely on it.
 *
 * @module
 */
import type { ArgMap, Diagnostic } from '@argmap/core';
import { oneLine } from './export/citation.ts';

/** Code of the warning a writer gives when it leaves the map's tours out. */
export const TOURS_DROPPED = 'tours-dropped';

// Enough titles to recognise the tours by, short enough for one terminal line.
const NAMED_TOURS = 3;
const TITLE_LENGTH = 40;

function shortTitle(title: unknown): string {
  // A map typed as ArgMap may still come from an unchecked source; a missing title must not throw.
  const line = typeof title === 'string' ? oneLine(title) : '';
  if (line.length === 0) return 'untitled';
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : line;
}

/**
 * A `tours-dropped` warning when `map` has tours, else nothing. It carries no path: the message
 * names the tours, and a path would only repeat "tours" beside it in the CLI and the editor. `formatName` is what the student
 * chose to export as, e.g. `Mermaid`: "This map has 2 tours ('Class walk-through', 'Recap');
 * Mermaid cannot hold tours, so they are not in the exported file — save as .argmap.json to keep
 * them."
 */
export function toursDropped(map: ArgMap, formatName: string): Diagnostic[] {
  const tours = map.tours ?? [];
  if (tours.length === 0) return [];
  const named = tours.slice(0, NAMED_TOURS).map((tour) => `'${shortTitle(tour.title)}'`);
  const more = tours.length - named.length;
  const titles = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
  const one = tours.length === 1;
  return [
    {
      severity: 'warning',
      code: TOURS_DROPPED,
      message: `This map has ${tours.length} ${one ? 'tour' : 'tours'} (${titles}); ${formatName} cannot hold tours, so ${one ? 'it is' : 'they are'} not in the exported file — save as .argmap.json to keep ${one ? 'it' : 'them'}.`,
    },
  ];
}
