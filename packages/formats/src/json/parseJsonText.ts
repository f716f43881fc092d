/**
 * `JSON.parse` with a line and column on failure. Node 20's messages do not always carry a
 * position, so on failure a small scanner walks the text to find the first bad character.
 *
 * @module
 */
import { type Diagnostic, fail, ok, type Result } from '@argmap/core';
import { lineColumnAt } from '../input.ts';

/**
 * Parses JSON text; a syntax error comes back as a `json-syntax` diagnostic with line and column
 * (on the diagnostic, not repeated in its message).
 */
export function parseJsonText(text: string, formatName: string): Result<unknown> {
  try {
    return ok(JSON.parse(text));
  } catch (error) {
    const offset = firstJsonError(text);
    const { line, column } = lineColumnAt(text, offset);
    const found = offset < text.length ? `'${text[offset]}'` : 'the end of the file';
    const diagnostic: Diagnostic = {
      severity: 'error',
      code: 'json-syntax',
      message:
        error instanceof RangeError
          ? `This ${formatName} file is nested too deeply to read.`
          : `This ${formatName} file is not valid JSON: unexpected ${found}.`,
      line,
      column,
    };
    return fail([diagnostic]);
  }
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw control characters.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Offset of the first character where `text` stops being JSON. Iterative (an explicit stack of
 * open containers), so deeply nested input cannot overflow the call stack.
 */
export function firstJsonError(text: string): number {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  // What the grammar allows next.
  let expect: 'value' | 'key' | 'after-value' | 'colon' | 'first-value' | 'first-key' = 'value';
  const skip = (): void => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const match = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  for (;;) {
    skip();
    if (i >= text.length) return text.length;
    const c = text[i] as string;
    if (expect === 'value' || expect === 'first-value') {
      if (c === ']' && expect === 'first-value') {
        stack.pop();
        i++;
        expect = 'after-value';
      } else if (c === '{') {
        stack.push('{');
        i++;
        expect = 'first-key';
      } else if (c === '[') {
        stack.push('[');
        i++;
        expect = 'first-value';
      } else if (c === '"') {
        if (!match(STRING)) return i;
        expect = 'after-value';
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
        i += 4;
        expect = 'after-value';
      } else if (text.startsWith('false', i)) {
        i += 5;
        expect = 'after-value';
      } else if (!match(NUMBER)) return i;
      else expect = 'after-value';
    } else if (expect === 'key' || expect === 'first-key') {
      if (c === '}' && expect === 'first-key') {
        stack.pop();
        i++;
        expect = 'after-value';
      } else if (c !== '"' || !match(STRING)) return i;
      else expect = 'colon';
    } else if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i; // trailing content after the document
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}
