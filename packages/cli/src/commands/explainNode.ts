/**
 * `argmap evaluate FILE --explain NODE`: why one node has its strength or its label, as the
 * editor's Why dialog says it — plain sentences, one a line, with points that add up.
 *
 * @module
 */
import type { ArgMap } from '@argmap/core';
import { createEvaluator, type EvaluateOptions, explainWhy } from '@argmap/core/evaluate';
import type { Io } from '../io.ts';
import { terminalJson, terminalText } from '../terminalText.ts';
import { EXIT, printDiagnostics } from './shared.ts';

/** The help line of `--explain`, for `argmap evaluate --help`. */
export const EXPLAIN_HELP = `  --explain NODE     why NODE (an id, or its exact text) has its strength or label, one sentence
                     a line; with --json, the explanation as JSON
`;

/** The node `wanted` names: its id, or else the one node whose text is exactly `wanted`. */
function findNode(map: ArgMap, wanted: string): string | undefined {
  if (map.nodes.has(wanted)) return wanted;
  const matches = map.nodes.toArray().filter((node) => node.text.trim() === wanted.trim());
  return matches.length === 1 ? matches[0]?.id : undefined;
}

/** Prints the explanation of one node; returns the exit code. */
export function printExplanation(
  io: Io,
  file: string,
  map: ArgMap,
  options: EvaluateOptions,
  wanted: string,
  json: boolean,
): number {
  const id = findNode(map, wanted);
  if (id === undefined) {
    io.err(
      `${file}: no node with the id or text "${terminalText(wanted)}" (ids are listed by 'argmap evaluate ${file}')\n`,
    );
    return EXIT.invalid;
  }
  const evaluator = createEvaluator(map, options);
  if (!evaluator.ok) {
    printDiagnostics(io, file, evaluator.diagnostics);
    return EXIT.invalid;
  }
  const why = explainWhy(evaluator.value, id);
  if (!why.ok) {
    printDiagnostics(io, file, why.diagnostics);
    return EXIT.invalid;
  }
  // Node texts come from the file: printed inert, like every other command's output.
  io.out(json ? `${terminalJson(why.value)}\n` : `${terminalText(why.value.lines.join('\n'))}\n`);
  return EXIT.ok;
}
