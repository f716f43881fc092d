/**
 * What a `p af`, `.apx` or `.tgf` file cannot hold of a map besides its supports, undercuts and
 * tours (which `mapAttacks` names): texts, kinds, evidence, scores, notes, layout and the map's
 * metadata. Each kind is counted and named once, so converting a map to a framework says exactly
 * what reading the file back will not give back.
 *
 * @module
 */
import { type ArgMap, DEFAULT_BASE_SCORE, type Diagnostic } from '@argmap/core';
import { Losses, plural } from '../losses.ts';

/** The file a map is written to, for the warnings. */
export interface FrameworkTarget {
  /** Prefix of the codes: `iccma`, `apx`, `tgf`. */
  code: string;
  /** `An ICCMA framework`, … */
  name: string;
  /** The title its reader gives a map (`Imported ICCMA framework`): that one is not lost. */
  importTitle: string;
  /** What becomes of a node's text, for the text warning. */
  textFate: string;
}

/**
 * The losses of writing `map`, whose nodes are `ids` (map order), as `target`; `textBack(i)` is
 * the text node `i` gets when the file is read back.
 */
export function frameworkLosses(
  map: ArgMap,
  ids: readonly string[],
  textBack: (index: number) => string,
  target: FrameworkTarget,
): Diagnostic[] {
  const { code, name } = target;
  const losses = new Losses();
  ids.forEach((id, i) => {
    const node = map.nodes.get(id);
    if (!node) return;
    if (node.text !== textBack(i))
      losses.note(`${code}-text-dropped`, (n) => `${plural(n, 'node text')} not kept: ${target.textFate}.`);
    if (node.kind !== 'claim') {
      losses.note(
        `${code}-kinds-dropped`,
        (n) =>
          `${plural(n, 'question, position or evidence node', 'question, position and evidence nodes')} become plain arguments: ${name} has one kind of node.`,
      );
    }
    if (node.evidence)
      losses.note(
        `${code}-evidence-dropped`,
        (n) => `${plural(n, 'evidence quote and source', 'evidence quotes and sources')} left out.`,
      );
    if (node.baseScore !== DEFAULT_BASE_SCORE)
      losses.note(
        `${code}-scores-dropped`,
        (n) => `${plural(n, 'base score')} left out (read back as ${DEFAULT_BASE_SCORE}).`,
      );
    const notes = (node.notes ? 1 : 0) + (node.tags?.length ? 1 : 0);
    losses.note(
      `${code}-notes-dropped`,
      (n) => `${plural(n, 'note or tag list', 'notes and tag lists')} left out.`,
      notes,
    );
    const layout = (node.position ? 1 : 0) + (node.collapsed ? 1 : 0);
    losses.note(
      `${code}-layout-dropped`,
      (n) =>
        `${plural(n, 'hand position or collapsed state', 'hand positions and collapsed states')} left out.`,
      layout,
    );
  });
  const { meta } = map;
  const kept = [
    meta.title !== target.importTitle ? 'title' : '',
    meta.description ? 'description' : '',
    meta.authors?.length ? 'authors' : '',
    meta.language ? 'language' : '',
    meta.created || meta.modified ? 'dates' : '',
  ].filter(Boolean);
  losses.note(
    `${code}-meta-dropped`,
    () =>
      `The map's ${kept.slice(0, -1).join(', ')}${kept.length > 1 ? ' and ' : ''}${kept.at(-1)} ${kept.length === 1 ? 'is' : 'are'} not kept in ${name}.`,
    kept.length > 0 ? 1 : 0,
  );
  return losses.warnings();
}
