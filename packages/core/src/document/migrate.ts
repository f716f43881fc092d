/**
 * The migration chain: ordered steps that each upgrade a document by one format version. Steps
 * never mutate their input; a file newer than this Argmap is an expected, typed outcome.
 *
 * @module
 */

import { FORMAT_VERSION } from '../model/types.ts';
import type { Diagnostic, Result } from '../result.ts';
import { isObject } from './collector.ts';
import { v0ToV1 } from './migrations/v0ToV1.ts';
import { v1ToV2 } from './migrations/v1ToV2.ts';
import { checkHeader } from './version.ts';

/** One step of the chain: upgrades a document from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  /** What changed, for docs/format.md and the changelog. */
  description: string;
  /** Upgrades one document; never mutates it, never throws (validation judges the result). */
  up: (doc: Record<string, unknown>) => Result<Record<string, unknown>>;
}

/** Every migration, in order, with no gaps: `MIGRATIONS[i].from === i`, ending at {@link FORMAT_VERSION}. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    description:
      'Lists of nodes and links become records keyed by id; evidence fields move into an evidence block.',
    up: v0ToV1,
  },
  {
    from: 1,
    description:
      'Linked arguments: an optional top-level "arguments" record and an optional "argument" field on edges; version 1 files have neither.',
    up: v1ToV2,
  },
];

/** The outcome of {@link migrate}. */
export type MigrationResult =
  | {
      ok: true;
      /** The document in the current version (not yet validated). */
      value: Record<string, unknown>;
      /** The version the document had. */
      from: number;
      diagnostics: Diagnostic[];
    }
  | {
      ok: false;
      /**
       * `newer-version`: written by a newer Argmap (show "please update", do not treat as damage);
       * `not-a-map`: no readable format/version header.
       */
      reason: 'newer-version' | 'not-a-map';
      /** The document's version, when it could be read. */
      version?: number;
      diagnostics: Diagnostic[];
    };

/**
 * Upgrades a document of any known version to the current one. Does not validate the result
 * (see {@link validateMap}); `parseMap` runs both. The input is never modified.
 */
export function migrate(doc: unknown): MigrationResult {
  if (!isObject(doc)) {
    return {
      ok: false,
      reason: 'not-a-map',
      diagnostics: [
        {
          severity: 'error',
          code: 'not-a-map',
          message: 'This is not an Argmap document: expected a JSON object with format and version.',
          path: [],
        },
      ],
    };
  }
  const header = checkHeader(doc);
  if (header.version === undefined || header.diagnostic) {
    const reason = header.diagnostic?.code === 'newer-version' ? 'newer-version' : 'not-a-map';
    const failed: MigrationResult = {
      ok: false,
      reason,
      diagnostics: header.diagnostic ? [header.diagnostic] : [],
    };
    if (header.version !== undefined) failed.version = header.version;
    return failed;
  }
  const from = header.version;
  let current = doc;
  const diagnostics: Diagnostic[] = [];
  for (const step of MIGRATIONS.slice(from, FORMAT_VERSION)) {
    const result = step.up(current);
    diagnostics.push(...result.diagnostics);
    if (!result.ok) return { ok: false, reason: 'not-a-map', version: from, diagnostics };
    current = result.value;
  }
  if (from < FORMAT_VERSION) {
    diagnostics.unshift({
      severity: 'warning',
      code: 'migrated',
      message: `Upgraded from format version ${from} to ${FORMAT_VERSION}; saving writes the new version.`,
      path: ['version'],
    });
  }
  return { ok: true, value: current, from, diagnostics };
}
