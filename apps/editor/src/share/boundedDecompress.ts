/**
 * lz-string's `decompressFromEncodedURIComponent`, with a ceiling on the output. A share link is
 * untrusted and LZ78-style codes can each repeat everything decoded so far plus one character, so a
 * 64,000-character fragment can unfold into hundreds of millions of characters (a decompression
 * bomb). This decoder counts what it has produced and stops at `maxChars`, before the memory is
 * spent. The algorithm and bit layout are lz-string 1.5's (MIT/WTFPL, Pieroxy), which writes links.
 *
 * @module
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((char, index) => [char, index]));
const BITS_PER_CHAR = 6;

/** Why decoding stopped without a text. */
export type DecompressFailure = 'damaged' | 'too-large';

/** The decoded text, or why there is none. */
export type Decompressed = { ok: true; text: string } | { ok: false; reason: DecompressFailure };

/**
 * Decodes a fragment written by `compressToEncodedURIComponent`. Fails with `too-large` as soon as
 * the output would pass `maxChars`, and with `damaged` on a character outside the alphabet, a code
 * that points nowhere, or input that ends before its end marker. Linear in the output it allows.
 */
export function decompressBounded(input: string, maxChars: number): Decompressed {
  const text = input.replace(/ /g, '+');
  let index = 0;
  let value = 0;
  let position = 0;
  let broken = false;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 0; power < count; power++) {
      if (position === 0) {
        const next = VALUE.get(text.charAt(index++));
        if (next === undefined) broken = true;
        value = next ?? 0;
        position = 1 << (BITS_PER_CHAR - 1);
      }
      if (value & position) bits |= 1 << power;
      position >>= 1;
    }
    return bits;
  };
  if (text === '') return { ok: false, reason: 'damaged' };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  let size = 0;
  const parts: string[] = [];
  const emit = (entry: string): boolean => {
    size += entry.length;
    if (size > maxChars) return false;
    parts.push(entry);
    return true;
  };

  const first = readBits(2);
  if (first === 2) return { ok: true, text: '' };
  if (first > 2 || broken) return { ok: false, reason: 'damaged' };
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary[3] = w;
  if (!emit(w)) return { ok: false, reason: 'too-large' };

  while (true) {
    if (index > text.length || broken) return { ok: false, reason: 'damaged' };
    let code = readBits(numBits);
    if (code === 2) return { ok: true, text: parts.join('') };
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(readBits(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      if (--enlargeIn === 0) enlargeIn = 1 << numBits++;
    }
    let entry: string;
    if (code < dictionary.length && code > 2) entry = dictionary[code] as string;
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return { ok: false, reason: 'damaged' };
    if (!emit(entry)) return { ok: false, reason: 'too-large' };
    dictionary.push(w + entry.charAt(0));
    if (--enlargeIn === 0) enlargeIn = 1 << numBits++;
    w = entry;
  }
}
