/**
 * Writes a map as ASPARTIX `.apx` facts. A node id that is a plain ASP constant (`a`, `arg_2`)
 * or a number is used as the argument's name; any other id (`ev-reuters`) becomes `a<N>` with a
 * `%` comment naming the node, so clingo and the other ASP-based solvers read the file as is.
 *
 * @module
 */
import type { ArgMap, Result } from '@argmap/core';
import { inert, invisibleTextWarning } from '../export/inertText.ts';
import { frameworkLosses } from './frameworkLosses.ts';
import { mapAttacks } from './mapAttacks.ts';

const ASP_NAME = /^(?:[a-z][A-Za-z0-9_]*|0|[1-9][0-9]*)$/;

/** The map as `.apx`, with a warning for each relation an abstract framework cannot hold. */
export function serializeApx(map: ArgMap): Result<string> {
  const { ids, from, to, diagnostics } = mapAttacks(map, 'An ASPARTIX framework', 'apx');
  const taken = new Set(ids.filter((id) => ASP_NAME.test(id)));
  const names = ids.map((id, i) => {
    if (ASP_NAME.test(id)) return id;
    let name = `a${i + 1}`;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    return name;
  });
  const lines: string[] = [];
  ids.forEach((id, i) => {
    lines.push(names[i] === id ? `arg(${id}).` : `arg(${names[i]}). % ${inert(id.replace(/\s+/g, ' '))}`);
  });
  for (let i = 0; i < from.length; i++) lines.push(`att(${names[from[i]!]},${names[to[i]!]}).`);
  return {
    ok: true,
    value: `${lines.join('\n')}\n`,
    diagnostics: [
      ...diagnostics,
      ...frameworkLosses(map, ids, (i) => names[i] as string, {
        code: 'apx',
        name: 'an ASPARTIX framework',
        importTitle: 'Imported ASPARTIX framework',
        textFate: 'ASPARTIX names its arguments, and the name is all that reads back',
      }),
      ...invisibleTextWarning(map, 'APX'),
    ],
  };
}
