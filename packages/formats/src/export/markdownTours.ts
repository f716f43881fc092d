/**
 * The map's tours as Markdown: a section per tour, its steps as a numbered list naming the
 * statements each step shows, with the speaker notes under the step. A teacher can hand it out as
 * the order of the lesson, or read it while presenting without the editor.
 *
 * @module
 */
import type { ArgMap } from '@argmap/core';
import { escapeMarkdown } from './markdownEscape.ts';

/**
 * Lines for every tour of `map` (none when it has no tours), each section followed by a blank
 * line. A step with no title is called "Step N"; a step naming a node the map does not have shows
 * its id, marked, so the gap is visible instead of silently skipped. A step showing every
 * statement says so instead of listing them all again. Every user text is escaped.
 */
export function markdownTours(map: ArgMap): string[] {
  const out: string[] = [];
  for (const tour of map.tours ?? []) {
    out.push(`## Tour: ${escapeMarkdown(tour.title || 'Untitled tour')}`, '');
    if (tour.steps.length === 0) out.push('*This tour has no steps yet.*', '');
    tour.steps.forEach((step, index) => {
      const number = `${index + 1}.`;
      const title = step.title?.trim() ? escapeMarkdown(step.title) : `Step ${index + 1}`;
      const shown = showsWholeMap(map, step.nodes)
        ? [`*every statement of the map (${step.nodes.length})*`]
        : step.nodes.map((id) => {
            const node = map.nodes.get(id);
            return node ? `“${escapeMarkdown(node.text)}”` : `*(${escapeMarkdown(id)}, not in the map)*`;
          });
      out.push(`${number} **${title}:** ${shown.length > 0 ? shown.join('; ') : '*(shows no statements)*'}`);
      // Indented to the list item's text, so the notes stay part of this step.
      if (step.notes?.trim())
        out.push(`${' '.repeat(number.length + 1)}*Notes:* ${escapeMarkdown(step.notes)}`);
    });
    out.push('');
  }
  return out;
}

// A closing "whole map" step would otherwise list every statement again, a page of text.
function showsWholeMap(map: ArgMap, ids: readonly string[]): boolean {
  const total = map.nodes.size;
  if (total < 2 || ids.length < total) return false;
  const shown = new Set(ids.filter((id) => map.nodes.get(id) !== undefined));
  return shown.size === total;
}
