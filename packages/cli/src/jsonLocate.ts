/**
 * Finds where a JSON path points in JSON text, so a diagnostic that carries only a path
 * (`["edges", "e1", "target"]`) can still be printed as `file:line:col`.
 *
 * @module
 */

/** A 1-based line and column. */
export interface LineColumn {
  line: number;
  column: number;
}

type Frame = { kind: 'object'; hasKey: boolean } | { kind: 'array'; index: number };

/**
 * The line and column where the value at `path` starts in `text`, or, when the path does not
 * exist (a missing field), where its longest existing prefix starts. `undefined` if `text` is not
 * JSON enough to get that far. Iterative, so deeply nested input cannot overflow the stack.
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): LineColumn | undefined {
  const current: (string | number)[] = [];
  const frames: Frame[] = [];
  let best = -1;
  let bestLength = -1;
  let expectKey = false;
  // How many leading steps of `current` equal those of `path`, kept up to date on every change so
  // each check is O(1) however deep the document.
  let agree = 0;
  const push = (step: string | number): void => {
    current.push(step);
    if (agree === current.length - 1 && String(step) === String(path[agree])) agree++;
  };
  const pop = (): void => {
    current.pop();
    agree = Math.min(agree, current.length);
  };
  const setLast = (step: string | number): void => {
    pop();
    push(step);
  };

  // Called where a value starts: remembers the deepest position on the way to `path`.
  const valueStart = (offset: number): boolean => {
    if (agree !== current.length || current.length > path.length || current.length <= bestLength)
      return false;
    best = offset;
    bestLength = current.length;
    return bestLength === path.length;
  };

  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === ' ' || char === '\n' || char === '\r' || char === '\t' || char === ':') {
      i++;
      continue;
    }
    const top = frames[frames.length - 1];
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (expectKey && top?.kind === 'object') {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          key = text.slice(i + 1, end);
        }
        push(key);
        top.hasKey = true;
        expectKey = false;
      } else if (valueStart(i)) {
        break;
      }
      i = end + 1;
      continue;
    }
    if (char === '{' || char === '[') {
      if (valueStart(i)) break;
      if (char === '{') {
        frames.push({ kind: 'object', hasKey: false });
        expectKey = true;
      } else {
        frames.push({ kind: 'array', index: 0 });
        push(0);
      }
      i++;
      continue;
    }
    if (char === ',') {
      if (top?.kind === 'array') {
        top.index++;
        setLast(top.index);
      } else if (top?.kind === 'object') {
        if (top.hasKey) pop();
        top.hasKey = false;
        expectKey = true;
      }
      i++;
      continue;
    }
    if (char === '}' || char === ']') {
      if (top?.kind === 'array' || (top?.kind === 'object' && top.hasKey)) pop();
      frames.pop();
      expectKey = false;
      i++;
      continue;
    }
    // A number, true, false or null (or junk): a value that runs to the next delimiter.
    if (valueStart(i)) break;
    while (i < text.length && !/[\s,:\]}]/u.test(text[i] as string)) i++;
  }
  if (best < 0) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < best; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: best - lineStart + 1 };
}
