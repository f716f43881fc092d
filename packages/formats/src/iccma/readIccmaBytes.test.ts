import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrameworkBytes } from './readFrameworkBytes.ts';
import { readIccma } from './readIccma.ts';
import { readIccmaBytes } from './readIccmaBytes.ts';

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** What the careful path makes of the same bytes: decoded (BOM dropped) and read as text. */
function careful(bytes: Uint8Array) {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return readIccma(text, { maxLength: 1e9 });
}

/** Lines as ICCMA files have them, and the near misses the fast path must leave to the careful reader. */
const line = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })).map(([a, b]) => `${a} ${b}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a}\t ${b}  `),
  fc.constantFrom(
    '',
    '  ',
    '# comment',
    '#ü',
    '1 2 3',
    '01 2',
    '1 02',
    ' 1 2',
    'p af 3',
    '1',
    '1 x',
    '\f',
    '1 2 #',
  ),
  fc.string({ maxLength: 6 }),
);
const ending = fc.constantFrom('\n', '\r\n', '\r');
const file = fc
  .tuple(
    fc.constantFrom('', '\ufeff', '# header next\n'),
    fc.constantFrom('p af 9', 'p af 12', 'p  af\t5 ', 'p af 0', 'p af 007', 'p af', 'p af x', 'q af 3', ''),
    fc.array(fc.tuple(ending, line), { maxLength: 12 }),
    fc.constantFrom('', '\n'),
  )
  .map(
    ([before, header, lines, last]) => `${before}${header}${lines.map(([e, l]) => e + l).join('')}${last}`,
  );

describe('the byte-level p af reader', () => {
  it('gives exactly what the careful reader gives, or leaves the file to it', () => {
    fc.assert(
      fc.property(file, (text) => {
        const bytes = bytesOf(text);
        const fast = readIccmaBytes(bytes, { maxLength: 1e9 });
        if (fast === undefined) return;
        const slow = careful(bytes);
        expect(slow.ok).toBe(true);
        if (!slow.ok) return;
        expect(fast.size).toBe(slow.value.size);
        expect(Array.from(fast.from)).toEqual(Array.from(slow.value.from));
        expect(Array.from(fast.to)).toEqual(Array.from(slow.value.to));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes ICCMA files as they are written: header, attacks, comments, blank lines, CRLF', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.tuple(fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n })), {
              maxLength: 40,
            }),
            fc.constantFrom('\n', '\r\n'),
          ),
        ),
        ([n, pairs, eol]) => {
          const text = `# made by a test${eol}p af ${n}${eol}${pairs.map(([a, b]) => `${a} ${b}`).join(eol)}${eol}${eol}`;
          const fast = readIccmaBytes(bytesOf(text));
          expect(fast).toBeDefined();
          expect(fast?.size).toBe(n);
          expect(Array.from(fast?.from ?? [])).toEqual(pairs.map(([a]) => a - 1));
          expect(Array.from(fast?.to ?? [])).toEqual(pairs.map(([, b]) => b - 1));
        },
      ),
    );
  });

  it('leaves a bad file to the careful reader, whose diagnostics the CLI then shows', () => {
    const { read, text } = readFrameworkBytes(bytesOf('p af 2\n1 2\n1 3\n'), 'iccma');
    expect(read.ok).toBe(false);
    expect(text).toBe('p af 2\n1 2\n1 3\n');
    expect(read.diagnostics[0]).toMatchObject({ code: 'iccma-unknown-argument', line: 3, column: 3 });
    expect(readFrameworkBytes(new Uint8Array([0x70, 0xff]), 'iccma').read.diagnostics[0]?.code).toBe(
      'invalid-utf8',
    );
  });
});
