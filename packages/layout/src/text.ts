/**
 * Text measurement without a browser: a string's width in "character units", and greedy word
 * wrapping by that width. The SVG exporter and the editor's first paint both size nodes from this,
 * so they agree without measuring fonts.
 *
 * @module
 */

// East Asian wide characters take about two Latin character widths in common sans-serif fonts.
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The width of `text` in character units: 1 per ordinary character, 2 per East Asian wide one
 * (and 2 per astral character such as an emoji, which is about right too).
 */
export function textUnits(text: string): number {
  // Most text has no wide character: one regex scan instead of one per character.
  if (!WIDE.test(text)) return text.length;
  let units = 0;
  for (const char of text) units += char.length > 1 || WIDE.test(char) ? 2 : 1;
  return units;
}

/**
 * Splits `text` into lines of at most `maxUnits` character units, breaking between words where it
 * can and inside a word only when the word alone is too long. Runs of whitespace, including
 * newlines, count as one space: node texts are statements, not formatted prose.
 */
export function wrapText(text: string, maxUnits: number): string[] {
  const limit = Math.max(1, Math.floor(maxUnits));
  const words = text.split(/\s+/u).filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  let lineUnits = 0;
  for (const word of words) {
    const units = textUnits(word);
    if (line.length > 0 && lineUnits + 1 + units <= limit) {
      line += ` ${word}`;
      lineUnits += 1 + units;
      continue;
    }
    if (line.length > 0) lines.push(line);
    line = '';
    lineUnits = 0;
    if (units <= limit) {
      line = word;
      lineUnits = units;
      continue;
    }
    for (const char of word) {
      const charUnits = textUnits(char);
      if (lineUnits + charUnits > limit && line.length > 0) {
        lines.push(line);
        line = '';
        lineUnits = 0;
      }
      line += char;
      lineUnits += charUnits;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * Keeps at most `maxLines` lines; when lines are dropped, the last kept line ends in an ellipsis
 * (shortened so that it still fits in `maxUnits`).
 */
export function clampLines(lines: string[], maxLines: number, maxUnits: number): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1] ?? '';
  let shortened = last;
  while (shortened.length > 0 && textUnits(shortened) + 1 > maxUnits) {
    shortened = Array.from(shortened).slice(0, -1).join('');
  }
  kept[kept.length - 1] = `${shortened.trimEnd()}…`;
  return kept;
}
