/**
 * Text formats are inert: a label holding ESC, BEL or U+202E must not colour, retitle or clear the
 * terminal that `cat`s the file, make Graphviz write ill-formed SVG, or reverse the text around it
 * in an editor. Writers show such characters as `\u{…}` codes and say how many texts had them.
 *
 * @module
 */
import { type ArgMap, type Diagnostic, hasInvisible, showInvisible } from '@argmap/core';
import { Losses, plural } from '../losses.ts';

/** `text` with control, bidi and zero-width characters as visible `\u{…}` codes; `keep` is left alone. */
export function inert(text: string, keep = ''): string {
  return showInvisible(text, keep);
}

/** Every text of the map a writer may write: title, description, ids, texts, notes, tags, evidence. */
function* textsOf(map: ArgMap): Generator<string> {
  yield map.meta.title;
  if (map.meta.description) yield map.meta.description;
  for (const node of map.nodes.values()) {
    yield node.id;
    yield node.text;
    if (node.notes) yield node.notes;
    if (node.tags) yield* node.tags;
    if (node.evidence) {
      yield node.evidence.quote;
      yield* Object.values(node.evidence.source).filter((v): v is string => typeof v === 'string');
    }
  }
}

/**
 * One `control-characters-shown` warning if any text of `map` holds characters {@link inert}
 * rewrites (line breaks and tabs excepted), naming how many texts and the format.
 */
export function invisibleTextWarning(map: ArgMap, format: string): Diagnostic[] {
  const losses = new Losses();
  let count = 0;
  for (const text of textsOf(map)) if (hasInvisible(text, '\n\r\t')) count++;
  losses.note(
    'control-characters-shown',
    (n) =>
      `${plural(n, 'text')} held control or bidi characters (such as ESC or U+202E); ${format} got them as visible \\u{…} codes, so the file cannot drive a terminal or reorder text.`,
    count,
  );
  return losses.warnings();
}
