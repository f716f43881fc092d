/**
 * Writes a map as Trivial Graph Format: one `id text` line per node (ids without blanks; a blank
 * in an id becomes `_`, and an id starting with `#`, which would end the node list, gets a `_` in front; control and bidi characters are shown as `\u{…}` codes), a `#` line, then one `from to` line per `opposes` edge.
 *
 * @module
 */
import type { ArgMap, Result } from '@argmap/core';
import { inert, invisibleTextWarning } from '../export/inertText.ts';
import { frameworkLosses } from './frameworkLosses.ts';
import { mapAttacks } from './mapAttacks.ts';

/** The map as `.tgf`, with a warning for each relation an abstract framework cannot hold. */
export function serializeTgf(map: ArgMap): Result<string> {
  const { ids, from, to, diagnostics } = mapAttacks(map, 'A TGF framework', 'tgf');
  const taken = new Set<string>();
  const names = ids.map((id) => {
    let name = inert(id.replace(/\s+/g, '_'));
    // A line that starts with `#` ends the node list in TGF, so an id such as `#` cannot be written as is.
    if (name.startsWith('#')) name = `_${name}`;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    return name;
  });
  const lines: string[] = [];
  const texts = ids.map((id, i) => {
    const text = inert((map.nodes.get(id)?.text ?? '').replace(/\s+/g, ' ').trim());
    lines.push(text && text !== names[i] ? `${names[i]} ${text}` : names[i]!);
    return text || (names[i] as string);
  });
  lines.push('#');
  for (let i = 0; i < from.length; i++) lines.push(`${names[from[i]!]} ${names[to[i]!]}`);
  return {
    ok: true,
    value: `${lines.join('\n')}\n`,
    diagnostics: [
      ...diagnostics,
      ...frameworkLosses(map, ids, (i) => texts[i] as string, {
        code: 'tgf',
        name: 'a TGF framework',
        importTitle: 'Imported TGF framework',
        textFate: 'a TGF label is one line, so line breaks and runs of spaces became one space',
      }),
      ...invisibleTextWarning(map, 'TGF'),
    ],
  };
}
