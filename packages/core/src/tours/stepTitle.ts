/**
 * Generated step titles: one line of the projector's 40 px header.
 *
 * @module
 */

/** Longest generated step title, in characters: one line of the projector's 40 px header. */
export const TITLE_LENGTH = 64;

/**
 * A node's text cut down to a slide title: the part before a colon when the text reads
 * "Claim: explanation", otherwise the first words up to `max` characters.
 */
export function shortText(text: string, max = 60): string {
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= max) return text.slice(0, colon).trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
