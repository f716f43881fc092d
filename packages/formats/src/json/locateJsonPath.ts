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

/** The requested paths as a tree of steps, so each step down costs one lookup however deep. */
interface Step {
  children: Map<string, Step>;
  /** The key of a requested path that ends here. */
  wanted?: string;
}

interface Frame {
  array: boolean;
  /** Current index (arrays) or key (objects). */
  at: string | number;
  /** The step for the path up to `at`, or `undefined` once off every requested path. */
  step: Step | undefined;
}

/**
 * The 1-based line and column where each requested path's value starts in `text` (valid JSON).
 * One iterative pass, linear whatever the nesting depth; paths not found are absent from the result.
 */
export function locateJsonPaths(
  text: string,
  paths: readonly JsonPath[],
): Map<string, { line: number; column: number }> {
  const root: Step = { children: new Map() };
  for (const path of paths) {
    let step = root;
    for (const part of path) {
      const name = String(part);
      let child = step.children.get(name);
      if (!child) {
        child = { children: new Map() };
        step.children.set(name, child);
      }
      step = child;
    }
    step.wanted = key(path);
  }
  const wanted = new Set(paths.map(key));
  const found = new Map<string, number>();
  const frames: Frame[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const skip = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const parentStep = (): Step | undefined => (frames.length < 2 ? root : frames[frames.length - 2]?.step);
  const moveTo = (frame: Frame, at: string | number): void => {
    frame.at = at;
    frame.step = parentStep()?.children.get(String(at));
  };
  // `value` means a value starts at i; otherwise we are after a value inside the top frame.
  let value = true;
  while (i < text.length && found.size < wanted.size) {
    skip();
    if (value) {
      const here = frames.length === 0 ? root : frames[frames.length - 1]?.step;
      if (here?.wanted !== undefined && !found.has(here.wanted)) found.set(here.wanted, i);
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          value = false;
          continue;
        }
        const frame: Frame = { array: c === '[', at: 0, step: undefined };
        frames.push(frame);
        if (c === '[') moveTo(frame, 0);
        else if (!readKey()) break;
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
      if (top.array) moveTo(top, (top.at as number) + 1);
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
    moveTo(frames[frames.length - 1] as Frame, JSON.parse(match[0]) as string);
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
