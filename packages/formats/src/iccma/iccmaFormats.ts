/**
 * Abstract argumentation frameworks as the ICCMA competition and ASPARTIX write them, so
 * researchers can load standard benchmarks: `p af N` (ICCMA 2023), `.apx` and `.tgf`. Each reader
 * returns the framework in arrays (`readIccma`, `readApx`, `readTgf`, for solvers) and, through
 * `frameworkToMap`, as a map (`parseIccma`, `parseApx`, `parseTgf`, for everything else).
 *
 * @module
 */
import type { ArgMap, Result } from '@argmap/core';
import type { FormatAdapter, ParseOptions } from '../adapter.ts';
import { mapSerializer } from '../mapSerializer.ts';
import { frameworkToMap } from './abstractFramework.ts';
import type { FrameworkArrays } from './frameworkArrays.ts';
import { readApx } from './readApx.ts';
import { readIccma } from './readIccma.ts';
import { readTgf } from './readTgf.ts';
import { serializeApx } from './serializeApx.ts';
import { serializeIccma } from './serializeIccma.ts';
import { serializeTgf } from './serializeTgf.ts';

function asMap(read: Result<FrameworkArrays>, formatName: string, options?: ParseOptions): Result<ArgMap> {
  if (!read.ok) return read;
  const built = frameworkToMap(read.value, formatName, options);
  return built.ok ? { ...built, diagnostics: [...read.diagnostics, ...built.diagnostics] } : built;
}

/** Reads the ICCMA 2023 format into a map: a header `p af N`, then one attack `a b` per line, `#` comments. */
export function parseIccma(text: string, options?: ParseOptions): Result<ArgMap> {
  return asMap(readIccma(text, options), 'ICCMA', options);
}

/** Reads ASPARTIX `.apx` into a map: facts `arg(a).` and `att(a,b).`, `%` comments. */
export function parseApx(text: string, options?: ParseOptions): Result<ArgMap> {
  return asMap(readApx(text, options), 'ASPARTIX', options);
}

/** Reads Trivial Graph Format into a map: `id [label]` lines, a `#` line, then `from to` lines. */
export function parseTgf(text: string, options?: ParseOptions): Result<ArgMap> {
  return asMap(readTgf(text, options), 'TGF', options);
}

/** Reads a framework file straight into arrays, by format id (`iccma`, `apx`, `tgf`). */
export const FRAMEWORK_READERS: Readonly<
  Record<'iccma' | 'apx' | 'tgf', (text: string, options?: ParseOptions) => Result<FrameworkArrays>>
> = { iccma: readIccma, apx: readApx, tgf: readTgf };

/** ICCMA 2023 `p af N`; reads and writes. */
export const iccmaFormat: FormatAdapter = {
  id: 'iccma',
  name: 'ICCMA abstract framework (p af)',
  extensions: ['.af', '.i23'],
  parse: parseIccma,
  serialize: mapSerializer(serializeIccma),
};

/** ASPARTIX `.apx`; reads and writes. */
export const apxFormat: FormatAdapter = {
  id: 'apx',
  name: 'ASPARTIX (apx)',
  extensions: ['.apx'],
  parse: parseApx,
  serialize: mapSerializer(serializeApx),
};

/** Trivial Graph Format as ICCMA used it until 2021; reads and writes. */
export const tgfFormat: FormatAdapter = {
  id: 'tgf',
  name: 'Trivial Graph Format (tgf)',
  extensions: ['.tgf'],
  parse: parseTgf,
  serialize: mapSerializer(serializeTgf),
};
