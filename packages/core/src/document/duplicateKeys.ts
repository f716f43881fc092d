/**
 * Finding keys that appear twice in one JSON object. `JSON.parse` keeps the last and says nothing,
 * so a file edited by hand can lose a node or a field without a word; this scan names each one.
 *
 * @module
 */

/** A key written twice in one object: the path of that object's member, and where the repeat starts. */
export interface DuplicateKey {
  path: (string | number)[];
  offset: number;
}

interface Frame {
  /** Keys seen so far in an object; undefined for an array. */
  keys: Set<string> | undefined;
  /** The key or index of the member being read. */
  at: string | number;
}

/**
 * Every repeated key in `text`, which must be valid JSON (run it after `JSON.parse` succeeds), up
 * to `limit` of them. One iterative pass with an explicit stack: deep nesting cannot overflow it.
 */
export function findDuplicateKeys(text: string, limit = 50): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) found.push({ path: [...stack.slice(0, -1).map((f) => f.at), key], offset: i });
        top.keys.add(key);
        top.at = key;
        expectKey = false;
      }
      i = end;
    } else if (code === 0x7b /* { */) {
      stack.push({ keys: new Set(), at: '' });
      expectKey = true;
    } else if (code === 0x5b /* [ */) {
      stack.push({ keys: undefined, at: 0 });
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      stack.pop();
    } else if (code === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top?.keys) expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return found;
}

/** The offset of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i;
    i += code === 0x5c ? 2 : 1;
  }
  return text.length;
}
