/**
 * `checkRoots`: the Yjs-level half of a change's check. `checkChange` compares maps; this makes
 * sure an update created no root type outside the layout and left the server's own roots alone.
 *
 * @module
 */

import type { Diagnostic } from '@argmap/core';
import type * as Y from 'yjs';
import { jsonEqual } from './equal.ts';
import { ROOT_TYPES, SERVER_ONLY_ROOTS } from './layout.ts';

/**
 * Problems with `after` (the document with a client's update applied) compared with `before`:
 * `unknown-root` for a root type the layout does not have, `server-only` for a change to the
 * `class` or `contributions` map. Empty when there are none.
 */
export function checkRoots(before: Y.Doc, after: Y.Doc): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const name of after.share.keys()) {
    if (!ROOT_TYPES.includes(name)) {
      problems.push({
        severity: 'error',
        code: 'unknown-root',
        message: `"${name}" is not part of a class map's shared document.`,
        path: [name],
      });
    }
  }
  for (const name of SERVER_ONLY_ROOTS) {
    if (!jsonEqual(before.getMap(name).toJSON(), after.getMap(name).toJSON())) {
      problems.push({
        severity: 'error',
        code: 'server-only',
        message: `Only the class server writes "${name}".`,
        path: [name],
      });
    }
  }
  return problems;
}
