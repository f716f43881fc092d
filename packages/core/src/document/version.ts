/**
 * Reading a document's `format`/`version` header, shared by validation and migration.
 *
 * @module
 */

import { describe } from '../model/rules.ts';
import { FORMAT_NAME, FORMAT_VERSION } from '../model/types.ts';
import type { Diagnostic } from '../result.ts';

/** The header of a document: its version if readable, and the problem if any. */
export interface Header {
  version?: number;
  diagnostic?: Diagnostic;
}

/** Checks `format` and `version`. A newer version yields `newer-version`, which callers show as such. */
export function checkHeader(value: Record<string, unknown>): Header {
  if (value.format !== FORMAT_NAME) {
    return {
      diagnostic: {
        severity: 'error',
        code: value.format === undefined ? 'not-a-map' : 'invalid-format',
        message:
          value.format === undefined
            ? 'This is not an Argmap document: "format": "argmap" is missing.'
            : `This is not an Argmap document: "format" is ${describe(value.format)}, expected "argmap".`,
        path: ['format'],
      },
    };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      diagnostic: {
        severity: 'error',
        code: version === undefined ? 'missing-field' : 'wrong-type',
        message:
          version === undefined
            ? `"version" is missing; files written now use version ${FORMAT_VERSION}.`
            : `"version" should be a whole number such as ${FORMAT_VERSION}, not ${describe(version)}.`,
        path: ['version'],
      },
    };
  }
  if (version > FORMAT_VERSION) {
    return {
      version,
      diagnostic: {
        severity: 'error',
        code: 'newer-version',
        message: `This file is from a newer Argmap (format version ${version}); this Argmap reads up to version ${FORMAT_VERSION}. Update Argmap to open it.`,
        path: ['version'],
      },
    };
  }
  return { version };
}
