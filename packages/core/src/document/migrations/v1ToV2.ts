/**
 * Version 1 → 2. Version 2 adds linked arguments: a top-level `arguments` record and an optional
 * `argument` field on edges (premises that support or oppose a conclusion only together). A
 * version 1 file has neither: each of its reasons stands alone, which version 2 writes exactly as
 * version 1 did. So the step only changes the version number; a version 1 Argmap refuses version
 * 2 files (`newer-version`) instead of silently dropping their arguments.
 *
 * @module
 */

import type { Result } from '../../result.ts';
import { ok } from '../../result.ts';

/** Upgrades a version 1 document to version 2. Never mutates `doc`. */
export function v1ToV2(doc: Record<string, unknown>): Result<Record<string, unknown>> {
  return ok({ ...doc, version: 2 });
}
