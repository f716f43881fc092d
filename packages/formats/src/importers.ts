/**
 * The formats Argmap can read besides its own (most can also write, see each adapter).
 * Kept apart from the exporters' list so each side adds its lines without touching the other.
 *
 * @module
 */
import type { FormatAdapter } from './adapter.ts';
import { aifFormat } from './aif/aifFormat.ts';
import { argdownFormat } from './argdown/argdownFormat.ts';
import { apxFormat, iccmaFormat, tgfFormat } from './iccma/iccmaFormats.ts';
import { kialoFormat } from './kialo/kialoFormat.ts';

/** Importers (and symmetric adapters) for other tools' formats, in registry order. */
export const importFormats: readonly FormatAdapter[] = [
  argdownFormat,
  aifFormat,
  kialoFormat,
  iccmaFormat,
  apxFormat,
  tgfFormat,
];
