/**
 * Writes a map as an ICCMA 2023 `p af N` framework: nodes numbered 1..N in map order, each
 * `opposes` edge an attack (a self-attack is `a a`). A `#` comment per argument names the node
 * it stands for.
 *
 * @module
 */
import type { ArgMap, Result } from '@argmap/core';
import { inert, invisibleTextWarning } from '../export/inertText.ts';
import { frameworkLosses } from './frameworkLosses.ts';
import { mapAttacks } from './mapAttacks.ts';

/** The map as `p af`, with a warning for each relation an abstract framework cannot hold. */
export function serializeIccma(map: ArgMap): Result<string> {
  const { ids, from, to, diagnostics } = mapAttacks(map, 'An ICCMA abstract framework', 'iccma');
  const lines: string[] = [`p af ${ids.length}`];
  ids.forEach((id, i) => {
    lines.push(`# ${i + 1} ${inert(id.replace(/\s+/g, ' '))}`);
  });
  for (let i = 0; i < from.length; i++) lines.push(`${from[i]! + 1} ${to[i]! + 1}`);
  return {
    ok: true,
    value: `${lines.join('\n')}\n`,
    diagnostics: [
      ...diagnostics,
      ...frameworkLosses(map, ids, (i) => String(i + 1), {
        code: 'iccma',
        name: 'an ICCMA framework',
        importTitle: 'Imported ICCMA framework',
        textFate: 'an ICCMA framework numbers its arguments, and a number is all that reads back',
      }),
      ...invisibleTextWarning(map, 'ICCMA'),
    ],
  };
}
