/**
 * Writes a map as an ICCMA 2023 `p af N` framework: nodes numbered 1..N in map order, each
 * `opposes` edge an attack. A `#` comment per argument names the node it stands for.
 *
 * @module
 */
import type { ArgMap, Diagnostic, Result } from '@argmap/core';
import { toursDropped } from '../toursDropped.ts';

/** The map as `p af`, with a warning for each relation an abstract framework cannot hold. */
export function serializeIccma(map: ArgMap): Result<string> {
  const diagnostics: Diagnostic[] = [];
  const numbers = new Map<string, number>();
  const lines: string[] = [];
  for (const id of [...map.nodes.keys()]) numbers.set(id, numbers.size + 1);
  lines.push(`p af ${numbers.size}`);
  for (const [id, n] of numbers) lines.push(`# ${n} ${id.replace(/\s+/g, ' ')}`);
  let supports = 0;
  let undercuts = 0;
  for (const edge of map.edges.toArray()) {
    if (edge.kind === 'supports') supports++;
    else if (edge.kind === 'undercuts') undercuts++;
    else lines.push(`${numbers.get(edge.source)} ${numbers.get(edge.target)}`);
  }
  if (supports > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'iccma-supports-dropped',
      message: `${supports} support relation(s) left out: abstract frameworks only have attacks.`,
    });
  }
  if (undercuts > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'iccma-undercuts-dropped',
      message: `${undercuts} undercut(s) left out: abstract frameworks only attack arguments, not inferences.`,
    });
  }
  diagnostics.push(...toursDropped(map, 'An ICCMA abstract framework'));
  return { ok: true, value: `${lines.join('\n')}\n`, diagnostics };
}
