/**
 * Guards every importer runs before parsing: size cap and binary junk, plus decoding bytes with
 * an exact position for invalid UTF-8. Each returns a diagnostic instead of throwing, quickly.
 *
 * @module
 */
import { type Diagnostic, describeValue, fail, ok, type Result } from '@argmap/core';
import { DEFAULT_MAX_INPUT_LENGTH, type ParseOptions } from './adapter.ts';

/** The 1-based line and column of a character offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * The first problem that makes `text` unfit for any text importer, or `undefined`.
 * - `input-too-large`: longer than `options.maxLength` (default {@link DEFAULT_MAX_INPUT_LENGTH}).
 * - `binary-input`: holds a NUL or other control character no text format uses, so it is
 *   probably an image, archive or spreadsheet picked by mistake.
 */
export function checkTextInput(
  text: string,
  formatName: string,
  options?: ParseOptions,
): Diagnostic | undefined {
  if (typeof text !== 'string') {
    return {
      severity: 'error',
      code: 'not-text',
      message: `The ${formatName} reader takes the file's text as a string, not ${describeValue(text)}; decode bytes first (decodeUtf8).`,
      line: 1,
      column: 1,
    };
  }
  const max = options?.maxLength ?? DEFAULT_MAX_INPUT_LENGTH;
  if (text.length > max) {
    return {
      severity: 'error',
      code: 'input-too-large',
      message: `This ${formatName} input has ${text.length.toLocaleString('en')} characters, more than the limit of ${max.toLocaleString('en')}. Raise the limit (maxLength, or --max-size in the CLI) if the file is genuine.`,
      line: 1,
      column: 1,
    };
  }
  // Controls other than tab, newline, form feed and carriage return do not occur in text files.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const binary = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/.exec(text);
  if (binary) {
    const { line, column } = lineColumnAt(text, binary.index);
    const code = binary[0].charCodeAt(0).toString(16).padStart(4, '0');
    return {
      severity: 'error',
      code: 'binary-input',
      message: `This does not look like ${formatName} text: it holds the control character U+${code.toUpperCase()}. Check that you picked the right file.`,
      line,
      column,
    };
  }
  return undefined;
}

/**
 * Decodes bytes as UTF-8 (dropping a byte-order mark). Invalid UTF-8 fails with an
 * `invalid-utf8` diagnostic naming the line and column of the first bad byte, rather than
 * silently turning it into U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array): Result<string> {
  try {
    return ok(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    const bad = firstInvalidUtf8(bytes);
    // Decode the valid prefix to count lines and columns in characters, not bytes.
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const { line, column } = lineColumnAt(prefix, prefix.length);
    return fail([
      {
        severity: 'error',
        code: 'invalid-utf8',
        message: `The file is not valid UTF-8 (byte ${bad + 1}). Save it as UTF-8 and try again.`,
        line,
        column,
      },
    ]);
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid too.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}
