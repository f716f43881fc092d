import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberedLines } from './numberedLines.ts';

/** The same lines built as strings, the obvious way. */
const plain = (size: number, codes: number[], lineFor: (c: number, n: string) => string, sep: string) =>
  Array.from({ length: size }, (_, i) => lineFor(codes[i] ?? 0, String(i + 1))).join(sep);

describe('numberedLines', () => {
  it('builds exactly the lines a template string per argument builds', () => {
    const words = ['in', 'out', 'undec', 'unknown'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 1200 }),
        fc.constantFrom('\n', ',\n'),
        fc.boolean(),
        (codes, separator, json) => {
          const lineFor = json
            ? (c: number, n: string) => `    ${JSON.stringify(n)}: { "label": "${words[c]}" }`
            : (c: number, n: string) => `${(words[c] ?? '').padStart(7)}  claim     ${n} [${n}]`;
          const built = numberedLines(codes.length, (i) => codes[i] ?? 0, lineFor, separator);
          expect(built).toBe(plain(codes.length, codes, lineFor, separator));
        },
      ),
    );
  });

  it('leaves lines that are not plain ASCII to the caller', () => {
    expect(
      numberedLines(
        3,
        () => 0,
        (_, n) => `é ${n}`,
        '\n',
      ),
    ).toBeUndefined();
    expect(
      numberedLines(
        0,
        () => 0,
        (_, n) => n,
        '\n',
      ),
    ).toBe('');
  });
});
