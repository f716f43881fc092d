/**
 * Finding where a JSON text goes wrong. `JSON.parse` does the parsing, but its error messages
 * differ between engines and often omit the position, so when it fails this scanner walks the
 * text once more and names the first problem in words a student can act on. It is iterative (an
 * explicit stack, no recursion), so deeply nested junk cannot overflow the call stack.
 *
 * @module
 */

/** The first syntax problem in a JSON text: where (0-based offset) and what. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The first syntax error in `text`, or undefined if `text` is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (message: string, offset = i): JsonSyntaxError => ({ offset, message });
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');

  while (true) {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
    if (i >= text.length) break;
    const c = text[i] as string;
    switch (expect) {
      case 'end':
        return fail(
          `Unexpected ${show(c)} after the end of the document. Remove it, or wrap everything in one { }.`,
        );
      case 'colon':
        if (c !== ':') return fail(`Expected ':' after the property name, found ${show(c)}.`);
        i++;
        expect = 'value';
        continue;
      case 'comma-or-close': {
        const open = stack.at(-1);
        if (c === ',') {
          i++;
          expect = open === '{' ? 'key' : 'value';
          continue;
        }
        if ((c === '}' && open === '{') || (c === ']' && open === '[')) {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        const close = open === '{' ? '}' : ']';
        return fail(`Expected ',' or '${close}', found ${show(c)}. Is a comma missing before it?`);
      }
      case 'key':
      case 'key-or-close':
        if (c === '}') {
          if (expect === 'key') return fail(`Trailing comma before '}': remove the last comma.`, i);
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (c !== '"') return fail(`Expected a property name in double quotes, found ${show(c)}.`);
        {
          const problem = scanString(text, i);
          if (typeof problem !== 'number') return problem;
          i = problem;
        }
        expect = 'colon';
        continue;
      case 'value':
      case 'value-or-close': {
        if (c === ']') {
          if (expect === 'value' && stack.at(-1) === '[')
            return fail(`Trailing comma before ']': remove the last comma.`);
          if (expect === 'value-or-close') {
            stack.pop();
            i++;
            expect = afterValue();
            continue;
          }
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
          continue;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = afterValue();
          continue;
        }
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text);
        if (number && number[0].length > 0) {
          i += number[0].length;
          expect = afterValue();
          continue;
        }
        const literal = LITERALS.find((word) => text.startsWith(word, i));
        if (literal) {
          i += literal.length;
          expect = afterValue();
          continue;
        }
        if (c === "'") return fail('Text must be in double quotes ("), not single quotes.');
        return fail(
          `Expected a value (text in double quotes, a number, true, false, null, { or [), found ${show(c)}.`,
        );
      }
    }
  }
  if (expect === 'end') return undefined;
  if (stack.length === 0)
    return fail('The file is empty: it should hold one JSON object, { … }.', text.length);
  const missing = stack
    .reverse()
    .map((open) => (open === '{' ? '}' : ']'))
    .join('');
  return fail(
    `The file ends too early: ${missing.length} closing bracket(s) missing ("${missing.slice(0, 10)}").`,
    text.length,
  );
}

/** Scans the string starting at the quote at `start`; returns the offset after it, or the error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) {
      return {
        offset: i,
        message:
          code === 0x0a
            ? 'Line break inside text: close the quote, or write \\n.'
            : 'Control character inside text.',
      };
    }
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, message: 'Bad \\u escape: write four hex digits, e.g. \\u00e9.' };
        }
        i += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) {
        return { offset: i, message: 'Bad escape in text: write \\\\ for a backslash.' };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: start, message: 'Text is never closed: a double quote (") is missing.' };
}

function show(c: string): string {
  return c === '"' ? `'"'` : `"${c}"`;
}

/** 1-based line and column of a 0-based offset, counting \n, \r\n and \r as line breaks. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
