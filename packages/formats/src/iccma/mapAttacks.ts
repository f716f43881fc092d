/**
 * The abstract framework a map stands for when written as `p af`, `.apx` or `.tgf`: its nodes in
 * map order and its `opposes` edges (self-attacks included), with a warning for what such a file
 * cannot hold (supports, undercuts, linked arguments, tours).
 *
 * @module
 */
import type { ArgMap, Diagnostic } from '@argmap/core';
import { toursDropped } from '../toursDropped.ts';

/** Nodes by number (`0 … n − 1`, map order) and attacks between those numbers. */
export interface MapAttacks {
  ids: string[];
  from: number[];
  to: number[];
  diagnostics: Diagnostic[];
}

/** The attacks of `map`; `format` names the target in the warnings. */
export function mapAttacks(map: ArgMap, format: string, code: string): MapAttacks {
  const ids = [...map.nodes.keys()];
  const numbers = new Map<string, number>();
  ids.forEach((id, i) => {
    numbers.set(id, i);
  });
  const from: number[] = [];
  const to: number[] = [];
  let supports = 0;
  let undercuts = 0;
  // Premises of two linked arguments may attack one node twice; a framework has one attack per pair.
  const pairs = map.arguments === undefined ? undefined : new Set<string>();
  map.edges.forEach((edge) => {
    if (edge.kind === 'supports') supports++;
    else if (edge.kind === 'undercuts') undercuts++;
    else {
      if (pairs !== undefined) {
        const pair = `${edge.source}\u0000${edge.target}`;
        if (pairs.has(pair)) return;
        pairs.add(pair);
      }
      from.push(numbers.get(edge.source)!);
      to.push(numbers.get(edge.target)!);
    }
  });
  const diagnostics: Diagnostic[] = [];
  if (supports > 0) {
    diagnostics.push({
      severity: 'warning',
      code: `${code}-supports-dropped`,
      message: `${supports} support relation(s) left out: abstract frameworks only have attacks.`,
    });
  }
  if (undercuts > 0) {
    diagnostics.push({
      severity: 'warning',
      code: `${code}-undercuts-dropped`,
      message: `${undercuts} undercut(s) left out: abstract frameworks only attack arguments, not inferences.`,
    });
  }
  const linked = map.arguments?.size ?? 0;
  if (linked > 0) {
    diagnostics.push({
      severity: 'warning',
      code: `${code}-arguments-dropped`,
      message: `${linked} linked argument(s) written as separate attacks: an abstract framework has no premises that count only together.`,
    });
  }
  diagnostics.push(...toursDropped(map, format));
  return { ids, from, to, diagnostics };
}
