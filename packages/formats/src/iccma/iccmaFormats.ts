/**
 * Abstract argumentation frameworks as the ICCMA competition and ASPARTIX write them, so
 * researchers can load standard benchmarks: `p af N` (ICCMA 2023), `.apx` and `.tgf`.
 *
 * @module
 */
import { type ArgMap, type Diagnostic, fail, type Result } from '@argmap/core';
import type { FormatAdapter, ParseOptions } from '../adapter.ts';
import { checkTextInput } from '../input.ts';
import { type AbstractFramework, errorAt, frameworkToMap, MAX_ARGUMENTS } from './abstractFramework.ts';
import { serializeIccma } from './serializeIccma.ts';

/** Calls `visit` with each line and its 1-based number, without splitting a huge input at once. */
function eachLine(text: string, visit: (line: string, number: number) => void): void {
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    visit(text.slice(start, end).replace(/\r$/, ''), number);
    start = end + 1;
    number++;
  }
}

/**
 * Reads the ICCMA 2023 format: a header `p af N`, then one attack `a b` per line between
 * arguments numbered 1..N; lines starting with `#` are comments.
 */
export function parseIccma(text: string, options?: ParseOptions): Result<ArgMap> {
  const guard = checkTextInput(text, 'ICCMA', options);
  if (guard) return fail([guard]);
  const errors: Diagnostic[] = [];
  const framework: AbstractFramework = { args: [], labels: new Map(), attacks: [] };
  let count = -1;
  eachLine(text, (raw, line) => {
    const body = raw.trim();
    if (body === '' || body.startsWith('#') || errors.length > 100) return;
    const column = raw.indexOf(body) + 1;
    if (count < 0) {
      const header = /^p\s+af\s+(\d+)$/.exec(body);
      const n = header ? Number(header[1]) : Number.NaN;
      if (!header) {
        errors.push(
          errorAt(
            'iccma-header',
            'An ICCMA file starts with the line "p af N" (N = number of arguments).',
            line,
            column,
          ),
        );
        count = 0;
      } else if (n > MAX_ARGUMENTS) {
        errors.push(
          errorAt(
            'iccma-too-many-arguments',
            `"p af ${n}" declares more than ${MAX_ARGUMENTS.toLocaleString('en')} arguments.`,
            line,
            column,
          ),
        );
        count = 0;
      } else {
        count = n;
        for (let i = 1; i <= n; i++) framework.args.push(String(i));
      }
      return;
    }
    const attack = /^(\d+)\s+(\d+)$/.exec(body);
    if (!attack) {
      errors.push(
        errorAt(
          'iccma-syntax',
          `Expected an attack "a b" (two argument numbers), found "${body.slice(0, 40)}".`,
          line,
          column,
        ),
      );
      return;
    }
    const [from, to] = [attack[1] as string, attack[2] as string];
    for (const [name, offset] of [
      [from, 0],
      [to, body.lastIndexOf(to)],
    ] as const) {
      const n = Number(name);
      if (n < 1 || n > count || name.startsWith('0')) {
        errors.push(
          errorAt(
            'iccma-unknown-argument',
            `Argument ${name} is not between 1 and ${count}.`,
            line,
            column + offset,
          ),
        );
      }
    }
    framework.attacks.push({ from, to, line, column });
  });
  if (count < 0)
    errors.push(errorAt('iccma-header', 'The file is empty: an ICCMA file starts with "p af N".', 1, 1));
  return frameworkToMap(framework, 'ICCMA', errors, options);
}

const APX_FACT = /^(arg|att)\s*\(\s*([^,()\s]+)\s*(?:,\s*([^,()\s]+)\s*)?\)\s*\.$/;

/** Reads ASPARTIX `.apx`: facts `arg(a).` and `att(a,b).`, `%` comments, several facts a line allowed. */
export function parseApx(text: string, options?: ParseOptions): Result<ArgMap> {
  const guard = checkTextInput(text, 'ASPARTIX', options);
  if (guard) return fail([guard]);
  const errors: Diagnostic[] = [];
  const framework: AbstractFramework = { args: [], labels: new Map(), attacks: [] };
  const declared = new Set<string>();
  eachLine(text, (raw, line) => {
    const code = raw.replace(/%.*$/, '');
    // A line may hold several facts, each ended by a full stop; names never contain one.
    let offset = 0;
    const pieces = code.split('.');
    pieces.forEach((piece, index) => {
      const fact = piece.trim();
      const column = offset + piece.indexOf(fact) + 1;
      offset += piece.length + 1;
      if (fact === '' || errors.length > 100) return;
      const ended = index < pieces.length - 1;
      const parsed = ended ? APX_FACT.exec(`${fact}.`) : null;
      if (!parsed || (parsed[1] === 'arg') !== (parsed[3] === undefined)) {
        errors.push(
          errorAt('apx-syntax', `Expected arg(a). or att(a,b)., found "${fact.slice(0, 40)}".`, line, column),
        );
        return;
      }
      const name = parsed[2] as string;
      if (parsed[1] === 'arg') {
        if (!declared.has(name)) {
          declared.add(name);
          framework.args.push(name);
        }
      } else framework.attacks.push({ from: name, to: parsed[3] as string, line, column });
    });
  });
  for (const attack of framework.attacks) {
    for (const name of [attack.from, attack.to]) {
      if (!declared.has(name) && errors.length <= 100) {
        errors.push(
          errorAt(
            'apx-unknown-argument',
            `att(${attack.from},${attack.to}) names ${name}, which has no arg(${name}).`,
            attack.line,
            attack.column,
          ),
        );
      }
    }
  }
  return frameworkToMap(framework, 'ASPARTIX', errors, options);
}

/** Reads Trivial Graph Format: `id [label]` lines, a `#` line, then `from to [label]` lines. */
export function parseTgf(text: string, options?: ParseOptions): Result<ArgMap> {
  const guard = checkTextInput(text, 'TGF', options);
  if (guard) return fail([guard]);
  const errors: Diagnostic[] = [];
  const framework: AbstractFramework = { args: [], labels: new Map(), attacks: [] };
  const declared = new Set<string>();
  let inEdges = false;
  eachLine(text, (raw, line) => {
    const body = raw.trim();
    if (body === '' || errors.length > 100) return;
    const column = raw.indexOf(body) + 1;
    if (body === '#') {
      inEdges = true;
      return;
    }
    const [first = '', second, ...rest] = body.split(/\s+/);
    if (!inEdges) {
      if (!declared.has(first)) {
        declared.add(first);
        framework.args.push(first);
        const label = body.slice(first.length).trim();
        if (label) framework.labels.set(first, label);
      }
      return;
    }
    if (second === undefined) {
      errors.push(
        errorAt('tgf-syntax', `An edge line needs two node ids, found "${body.slice(0, 40)}".`, line, column),
      );
      return;
    }
    for (const name of [first, second]) {
      if (!declared.has(name))
        errors.push(
          errorAt(
            'tgf-unknown-argument',
            `Edge names node ${name}, which is not listed before "#".`,
            line,
            column,
          ),
        );
    }
    if (rest.length > 0) {
      errors.push(
        errorAt(
          'tgf-edge-label',
          `Edge labels are not supported in argumentation frameworks ("${rest.join(' ').slice(0, 40)}").`,
          line,
          column,
        ),
      );
    }
    framework.attacks.push({ from: first, to: second, line, column });
  });
  return frameworkToMap(framework, 'TGF', errors, options);
}

/** ICCMA 2023 `p af N`; reads and writes. */
export const iccmaFormat: FormatAdapter = {
  id: 'iccma',
  name: 'ICCMA abstract framework (p af)',
  extensions: ['.af', '.i23'],
  parse: parseIccma,
  serialize: serializeIccma,
};

/** ASPARTIX `.apx`; reads only. */
export const apxFormat: FormatAdapter = {
  id: 'apx',
  name: 'ASPARTIX (apx)',
  extensions: ['.apx'],
  parse: parseApx,
};

/** Trivial Graph Format as ICCMA used it until 2021; reads only. */
export const tgfFormat: FormatAdapter = {
  id: 'tgf',
  name: 'Trivial Graph Format (tgf)',
  extensions: ['.tgf'],
  parse: parseTgf,
};
