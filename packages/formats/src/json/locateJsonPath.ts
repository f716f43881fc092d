/**
 * Finds where values sit in JSON text, so problems found in the parsed value (reported with a
 * JSON path) can also carry the line and column a student sees in an editor.
 *
 * @module
 */

/** A JSON path, as in {@link Diagnostic.path}. */
export type JsonPath = readonly (string | number)[];

const key = (path: JsonPath): string => path.map(String).join('\u0000');

// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw control characters.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

interface Frame {
  array: boolean;
  /** Current index (arrays) or key (objects). */
  at: string | number;
}

/**
 * The 1-based line and column where each requested path's value starts in `text` (valid JSON).
 * One iterative pass, whatever the nesting depth; paths not found are absent from the result.
 */
export function locateJsonPaths(
  text: string,
  paths: readonly JsonPath[],
): Map<string, { line: number; column: number }> {
  const wanted = new Set(paths.map(key));
  // Paths are only compared at depths someone asked for, so deep nesting stays linear.
  const maxDepth = Math.max(0, ...paths.map((path) => path.length));
  const found = new Map<string, number>();
  const frames: Frame[] = [];
  let i = 0;
  const skip = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const here = (): string => key(frames.map((f) => f.at));
  // `value` means a value starts at i; otherwise we are after a value inside the top frame.
  let value = true;
  while (i < text.length && found.size < wanted.size) {
    skip();
    if (value) {
      if (frames.length <= maxDepth) {
        const path = here();
        if (wanted.has(path) && !found.has(path)) found.set(path, i);
      }
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          value = false;
          continue;
        }
        frames.push({ array: c === '[', at: 0 });
        if (c === '{' && !readKey()) break;
        continue;
      }
      const re = c === '"' ? STRING : SCALAR;
      re.lastIndex = i;
      if (!re.test(text)) break;
      i = re.lastIndex;
      value = false;
      continue;
    }
    const top = frames[frames.length - 1];
    if (!top) break;
    const c = text[i++];
    if (c === ',') {
      if (top.array) top.at = (top.at as number) + 1;
      else if (!readKey()) break;
      value = true;
    } else if (c === '}' || c === ']') frames.pop();
    else break;
  }
  const starts = lineStarts(text);
  return new Map([...found].map(([path, offset]) => [path, position(starts, offset)]));

  /** Reads `"key":` into the top frame and leaves i at the value. */
  function readKey(): boolean {
    skip();
    STRING.lastIndex = i;
    const match = STRING.exec(text);
    if (!match) return false;
    (frames[frames.length - 1] as Frame).at = JSON.parse(match[0]) as string;
    i = STRING.lastIndex;
    skip();
    if (text[i] !== ':') return false;
    i++;
    value = true;
    return true;
  }
}

/** The location of one path, or `undefined`. */
export function locateJsonPath(text: string, path: JsonPath): { line: number; column: number } | undefined {
  return locateJsonPaths(text, [path]).get(key(path));
}

/**
 * Adds `line` and `column` to every diagnostic that has a path into `text` but no position.
 * A path that does not exist (a missing key) gets the position of its nearest existing parent.
 */
export function withJsonPositions<D extends { path?: (string | number)[]; line?: number; column?: number }>(
  text: string,
  diagnostics: D[],
): D[] {
  const prefixes = diagnostics.flatMap((d) =>
    d.path && d.line === undefined ? d.path.map((_, n) => d.path?.slice(0, n + 1) ?? []).concat([[]]) : [],
  );
  if (prefixes.length === 0) return diagnostics;
  const located = locateJsonPaths(text, prefixes);
  return diagnostics.map((d) => {
    if (!d.path || d.line !== undefined) return d;
    for (let n = d.path.length; n >= 0; n--) {
      const at = located.get(key(d.path.slice(0, n)));
      if (at) return { ...d, ...at };
    }
    return { ...d, line: 1, column: 1 };
  });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let j = text.indexOf('\n'); j >= 0; j = text.indexOf('\n', j + 1)) starts.push(j + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}
