/**
 * Hostile variants of valid files, as an attacker or an unlucky user makes them: flipped
 * characters, files cut short, slices repeated, deep nesting spliced in, numbers too large to
 * store, control and bidi characters, and invalid UTF-16. Each arbitrary starts from a valid
 * seed, so the reader gets far past its first line before it meets the damage.
 *
 * @module
 */
import fc from 'fast-check';

const NASTY_CHARS = [
  '\u0000',
  '\u001b',
  '\u0007',
  '\u202e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ud800',
  '\r',
  '"',
  '\\',
];
const HUGE_NUMBERS = ['1e999', '-1e999', '1e308', '-1e308', '99999999999999999999999', 'NaN', '-0', '1e-999'];

type Mutation = (text: string) => string;

/** A position in `text`, from a fraction in [0, 1). */
const at = (text: string, where: number) => Math.floor(where * (text.length + 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Flip a few characters to random ones.
  fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        ),
        { minLength: 1, maxLength: 8 },
      ),
    )
    .map(([flips]) => (text: string) => {
      let out = text;
      for (const [where, char] of flips) {
        const i = Math.min(at(out, where), Math.max(0, out.length - 1));
        out = out.slice(0, i) + char + out.slice(i + 1);
      }
      return out;
    }),
  // Cut the file short.
  fc
    .double({ min: 0, max: 1, maxExcluded: true, noNaN: true })
    .map((where) => (text: string) => text.slice(0, at(text, where))),
  // Repeat a slice, up to a hundred times.
  fc
    .tuple(
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      fc.integer({ min: 1, max: 400 }),
      fc.integer({ min: 2, max: 100 }),
    )
    .map(([where, length, times]) => (text: string) => {
      const i = at(text, where);
      return text.slice(0, i) + text.slice(i, i + length).repeat(times) + text.slice(i);
    }),
  // Splice in deep nesting of brackets, braces, indentation or numbering.
  fc
    .tuple(
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      fc.constantFrom('[', '{"a":', '  ', '(', '1.', '\n  +'),
      fc.integer({ min: 100, max: 20_000 }),
    )
    .map(([where, unit, depth]) => (text: string) => {
      const i = at(text, where);
      return text.slice(0, i) + unit.repeat(depth) + text.slice(i);
    }),
  // In JSON, replace a value with a list nested thousands deep: still valid JSON, so the damage
  // reaches validation and the messages about the value (this once overflowed the stack).
  fc.tuple(fc.nat(), fc.integer({ min: 1_000, max: 10_000 })).map(([which, depth]) => (text: string) => {
    const values = [...text.matchAll(/:\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)/g)];
    const match = values[which % Math.max(1, values.length)];
    if (!match?.[1]) return text;
    const start = (match.index ?? 0) + match[0].length - match[1].length;
    return `${text.slice(0, start)}${'['.repeat(depth)}${']'.repeat(depth)}${text.slice(start + match[1].length)}`;
  }),
  // Replace a number with one too large, too small or not a number.
  fc.tuple(fc.nat(), fc.constantFrom(...HUGE_NUMBERS)).map(([which, huge]) => (text: string) => {
    const numbers = [...text.matchAll(/-?\d+(?:\.\d+)?/g)];
    const match = numbers[which % Math.max(1, numbers.length)];
    if (!match) return `${text}${huge}`;
    return text.slice(0, match.index) + huge + text.slice(match.index + match[0].length);
  }),
  // Insert control, bidi, separator and lone-surrogate characters.
  fc
    .array(
      fc.tuple(
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.constantFrom(...NASTY_CHARS),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((inserts) => (text: string) => {
      let out = text;
      for (const [where, char] of inserts) {
        const i = at(out, where);
        out = out.slice(0, i) + char + out.slice(i);
      }
      return out;
    }),
);

/** A seed with one to three mutations applied. */
export function mutatedText(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([seed, steps]) => steps.reduce((text, step) => step(text), seed));
}

/** Mutated seeds, mixed with fully random text (a fifth of the inputs). */
export function fuzzInput(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: mutatedText(seeds), weight: 4 },
    { arbitrary: fc.oneof(fc.string({ unit: 'binary' }), fc.json()), weight: 1 },
  );
}
