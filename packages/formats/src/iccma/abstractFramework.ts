/**
 * What the three abstract-argumentation formats share: named arguments and attacks, read line by
 * line with positions, then built into a map where every argument is a `claim` node whose id is
 * its name and every attack an `opposes` edge.
 *
 * @module
 */
import { type ArgMap, type Diagnostic, fail, type Result } from '@argmap/core';
import type { ParseOptions } from '../adapter.ts';
import { MapBuilder } from '../mapBuilder.ts';

/** Most arguments one file may declare (a `p af` header is 10 characters whatever N is). */
export const MAX_ARGUMENTS = 1_000_000;

/** An abstract argumentation framework as read, with where each attack was written. */
export interface AbstractFramework {
  /** Argument names in declaration order. */
  args: string[];
  /** Text labels, for formats that carry them (TGF). */
  labels: Map<string, string>;
  attacks: { from: string; to: string; line: number; column: number }[];
}

/** Turns a framework into a map; self-attacks, which the map cannot hold, go to notes and warnings. */
export function frameworkToMap(
  framework: AbstractFramework,
  formatName: string,
  errors: Diagnostic[],
  options?: ParseOptions,
): Result<ArgMap> {
  if (errors.length > 0) return fail(errors);
  const builder = new MapBuilder(undefined, `Imported ${formatName} framework`, options);
  // Names are kept as ids, except ones the core refuses (`__proto__`), which get a fresh id.
  const ids = new Map<string, string>();
  for (const name of framework.args) {
    ids.set(name, builder.addNode(name, 'claim', framework.labels.get(name) ?? name, {}, true));
  }
  for (const attack of framework.attacks) {
    const at = { line: attack.line, column: attack.column };
    const from = ids.get(attack.from) ?? attack.from;
    const to = ids.get(attack.to) ?? attack.to;
    if (from === to) {
      const node = builder.map.nodes.get(from);
      if (node)
        node.notes = `${node.notes ? `${node.notes}\n` : ''}Attacks itself in the ${formatName} file.`;
      builder.warn(
        'self-attack',
        `Argument ${attack.from} attacks itself; Argmap has no self-relations, so this is kept in its notes.`,
        at,
      );
      continue;
    }
    if (builder.hasPair(from, to)) continue; // a repeated attack is the same attack
    builder.addEdge('opposes', from, to, at);
  }
  return { ok: true, value: builder.map, diagnostics: builder.diagnostics };
}

/** An `error` diagnostic at a line and column. */
export function errorAt(code: string, message: string, line: number, column: number): Diagnostic {
  return { severity: 'error', code, message, line, column };
}
