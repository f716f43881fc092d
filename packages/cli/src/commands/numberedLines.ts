/**
 * `evaluate`'s per-argument output for a framework whose arguments are named 1 … N (`p af`), built
 * as ASCII bytes in one buffer and made a string once. For the million-attack bench file (200,000
 * lines, 7 MB) a template string per line took 160-240 ms of CPU, most of it allocating and
 * collecting the strings; the bytes take 60-100 ms (both on a loaded machine).
 *
 * @module
 */

/** Stands for the argument's name in a line template: JSON and the text output leave it as is. */
const SLOT = '\u{e000}';

/**
 * The lines `lineFor(code(i), name)` for `i = 0 … size − 1`, where argument `i` is named `i + 1`,
 * each followed by `separator` but the last. `lineFor` must use the name verbatim (it is called
 * once per label code with a stand-in). Returns `undefined` when a line is not plain ASCII, for
 * the caller to build the lines as strings.
 */
export function numberedLines(
  size: number,
  code: (i: number) => number,
  lineFor: (code: number, name: string) => string,
  separator: string,
): string | undefined {
  const templates = new Map<number, Uint8Array[]>();
  const partsOf = (c: number) => {
    let parts = templates.get(c);
    if (!parts) {
      const pieces = lineFor(c, SLOT).split(SLOT);
      pieces[pieces.length - 1] += separator;
      parts = pieces.map((piece) => Uint8Array.from(piece, (ch) => ch.charCodeAt(0)));
      if (pieces.some((piece) => !/^[\x20-\x7e\n]*$/.test(piece))) parts = [];
      templates.set(c, parts);
    }
    return parts;
  };
  const digits = String(size).length;
  let capacity = 0;
  let bytes = new Uint8Array(0);
  let at = 0;
  let lastCode = Number.NaN;
  let parts: Uint8Array[] = [];
  let need = 0;
  for (let i = 0; i < size; i++) {
    const c = code(i);
    if (c !== lastCode) {
      lastCode = c;
      parts = partsOf(c);
      if (parts.length === 0) return undefined;
      need = digits * (parts.length - 1);
      for (const part of parts) need += part.length;
    }
    if (at + need > capacity) {
      capacity = Math.max(2 * capacity, at + need * (size - i));
      const bigger = new Uint8Array(capacity);
      bigger.set(bytes.subarray(0, at));
      bytes = bigger;
    }
    // Byte by byte: `set` per part, three calls a line, cost more than the copying.
    let first = true;
    for (const part of parts) {
      if (!first) at = writeNumber(bytes, at, i + 1);
      first = false;
      for (let k = 0; k < part.length; k++) bytes[at++] = part[k] ?? 0;
    }
  }
  // The last separator is not wanted.
  if (size > 0) at -= separator.length;
  return Buffer.from(bytes.buffer, 0, at).toString('latin1');
}

/** Writes `n` in decimal at `at`; returns where it ends. */
function writeNumber(bytes: Uint8Array, at: number, n: number): number {
  let width = 1;
  for (let m = n; m >= 10; m = Math.floor(m / 10)) width++;
  for (let k = at + width - 1; k >= at; k--) {
    bytes[k] = 48 + (n % 10);
    n = Math.floor(n / 10);
  }
  return at + width;
}
