/**
 * What an export-only format (Markdown, Mermaid, DOT, CSV, SVG) leaves out of a map, counted by
 * kind: one warning per kind, with how many values it drops. A picture or an outline cannot hold
 * everything a map does, and saying so is what lets a student keep the `.argmap.json` as well.
 *
 * The codes name the kind, not the format (`notes-dropped`), so the editor's PNG export, drawn
 * from the SVG, can pass the SVG writer's warnings on as they are.
 *
 * @module
 */
import { type ArgMap, DEFAULT_BASE_SCORE, type Diagnostic } from '@argmap/core';
import { Losses, plural } from '../losses.ts';

/** A kind of value an export can leave out. */
export type ExportPart =
  /** Evidence quotes. */
  | 'quotes'
  /** Evidence citations (speaker, title, outlet, date, URL). */
  | 'citations'
  /** Nodes' notes. */
  | 'notes'
  /** Base scores that differ from the default (all of them: `scores`). */
  | 'scores'
  /** Base scores of questions, positions and claims only (CSV keeps evidence's as `credibility`). */
  | 'statement-scores'
  | 'tags'
  /** Hand positions on the canvas. */
  | 'positions'
  /** Collapsed branches. */
  | 'collapsed'
  /** Questions, positions and claims as rows of their own (CSV has only evidence rows). */
  | 'statements'
  /** Relations that do not leave an evidence node (CSV lists only what evidence bears on). */
  | 'statement-relations';

/**
 * Every code {@link exportLosses} can give. `argmap render` asks for a picture and leaves these
 * unsaid, as it does tours; `argmap convert` says them.
 */
export const EXPORT_LOSS_CODES: readonly string[] = [
  'quotes-dropped',
  'citations-dropped',
  'notes-dropped',
  'scores-dropped',
  'tags-dropped',
  'positions-dropped',
  'collapsed-dropped',
  'statements-dropped',
  'relations-dropped',
  'meta-dropped',
];

/** The map's metadata fields a format may or may not write. */
export type MetaField = 'title' | 'description' | 'authors' | 'language' | 'dates';

/** What one export-only format leaves out. */
export interface ExportLossSpec {
  parts: readonly ExportPart[];
  /** The metadata fields it does not write. */
  meta: readonly MetaField[];
}

/** The warnings for writing `map` as a format that leaves out what `spec` says. */
export function exportLosses(map: ArgMap, spec: ExportLossSpec): Diagnostic[] {
  const losses = new Losses();
  const parts = new Set(spec.parts);
  for (const node of map.nodes.values()) {
    if (parts.has('quotes') && node.evidence?.quote)
      losses.note('quotes-dropped', (n) => `${plural(n, 'evidence quote')} left out.`);
    if (parts.has('citations') && node.evidence && Object.values(node.evidence.source).some(Boolean))
      losses.note('citations-dropped', (n) => `${plural(n, 'evidence citation')} left out.`);
    if (parts.has('notes') && node.notes)
      losses.note('notes-dropped', (n) => `${plural(n, 'note')} left out.`);
    const scoreLost = parts.has('scores') || (parts.has('statement-scores') && node.kind !== 'evidence');
    if (scoreLost && node.baseScore !== DEFAULT_BASE_SCORE)
      losses.note('scores-dropped', (n) => `${plural(n, 'base score')} left out.`);
    if (parts.has('tags') && node.tags?.length)
      losses.note('tags-dropped', (n) => `${plural(n, 'tag list')} left out.`);
    if (parts.has('positions') && node.position)
      losses.note('positions-dropped', (n) => `${plural(n, 'hand position')} on the canvas left out.`);
    if (parts.has('collapsed') && node.collapsed)
      losses.note(
        'collapsed-dropped',
        (n) => `${plural(n, 'collapsed branch', 'collapsed branches')} shown in full.`,
      );
    if (parts.has('statements') && node.kind !== 'evidence')
      losses.note(
        'statements-dropped',
        (n) =>
          `${plural(n, 'question, position or claim', 'questions, positions and claims')} not written as rows (they appear only where evidence bears on them).`,
      );
  }
  if (parts.has('statement-relations')) {
    for (const edge of map.edges.values()) {
      const source = map.nodes.get(edge.source);
      if (source?.kind === 'evidence' && edge.kind !== 'undercuts') continue;
      losses.note(
        'relations-dropped',
        (n) => `${plural(n, 'relation')} between statements (or undercut) left out.`,
      );
    }
  }
  const missing = presentMeta(map).filter((field) => spec.meta.includes(field));
  losses.note(
    'meta-dropped',
    () =>
      `The map's ${missing.slice(0, -1).join(', ')}${missing.length > 1 ? ' and ' : ''}${missing.at(-1)} ${missing.length === 1 ? 'is' : 'are'} left out.`,
    missing.length > 0 ? 1 : 0,
  );
  return losses.warnings();
}

/** The metadata fields `map` has a value for. */
function presentMeta(map: ArgMap): MetaField[] {
  const { meta } = map;
  const present: MetaField[] = [];
  if (meta.title) present.push('title');
  if (meta.description) present.push('description');
  if (meta.authors?.length) present.push('authors');
  if (meta.language) present.push('language');
  if (meta.created || meta.modified) present.push('dates');
  return present;
}
