/** A crafted share-link payload for tests of the decompression ceiling. */

/**
 * The worst case for LZ decoding, written directly: one character, then `codes` times the code of
 * the entry not yet in the dictionary, which means "the last entry plus its own first character",
 * so the n-th code adds n characters. Bits go out as lz-string writes them (6 per character).
 */
export function bombLink(codes: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  let out = '';
  let value = 0;
  let filled = 0;
  const write = (bits: number, count: number) => {
    for (let i = 0; i < count; i++) {
      value = (value << 1) | ((bits >> i) & 1);
      if (++filled === 6) {
        out += alphabet[value];
        value = 0;
        filled = 0;
      }
    }
  };
  write(0, 2);
  write('a'.charCodeAt(0), 8);
  let size = 4;
  let numBits = 3;
  let enlargeIn = 4;
  for (let i = 0; i < codes; i++) {
    write(size, numBits);
    size++;
    if (--enlargeIn === 0) enlargeIn = 1 << numBits++;
  }
  write(2, numBits);
  while (filled !== 0) write(0, 1);
  return out;
}
