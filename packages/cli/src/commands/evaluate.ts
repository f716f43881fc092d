/**
 * `argmap evaluate FILE`: every node's strength (gradual semantics) or accepted/rejected label
 * (extension semantics), computed by `@argmap/core/evaluate`.
 *
 * @module
 */
import type { ArgMap, NodeKind } from '@argmap/core';
import {
  type Evaluation,
  EXTENSION_SEMANTICS,
  type ExtensionSemantics,
  evaluate as evaluateMap,
  SEMANTICS,
  type Semantics,
  SUPPORT_INTERPRETATIONS,
  type SupportInterpretation,
} from '@argmap/core/evaluate';
import { parseCommand } from '../args.ts';
import { inputFormat, loadMap } from '../input.ts';
import type { Io } from '../io.ts';
import { DEFAULT_LIMITS, LIMIT_OPTIONS, readLimits } from '../limits.ts';
import { terminalJson, terminalText } from '../terminalText.ts';
import { evaluateFramework, isFrameworkFormat } from './evaluateFramework.ts';
import { EXPLAIN_HELP, printExplanation } from './explainNode.ts';
import { EXIT, loadFailed, maxBytes, printDiagnostics, usageError } from './shared.ts';

const isExtension = (semantics: string): semantics is ExtensionSemantics =>
  (EXTENSION_SEMANTICS as readonly string[]).includes(semantics);

/** Help for `argmap evaluate`. */
export const EVALUATE_HELP = `Usage: argmap evaluate FILE [--semantics NAME] [--support MODE] [--json] [--time-budget MS] [--explain NODE]

Computes what the map implies. Gradual semantics give every node a strength from 0 to 1, starting
from its base score and weighing its supporters and attackers; extension semantics label each node
in (accepted), out (rejected) or undec (undecided) from the attacks.

  --semantics NAME   ${SEMANTICS.join(', ')} (default dfquad)
  --support MODE     for extension semantics, how supports count: ${SUPPORT_INTERPRETATIONS.join(', ')} (default none)
  --json             print { "semantics", "nodes": { id: { "label"?, "strength"? } }, "extensions"? }
  --time-budget MS   give up deciding extension semantics after MS milliseconds (default 1000);
                     what is left is labelled unknown
  --max-nodes N      refuse a map of more than N nodes (default ${DEFAULT_LIMITS.evaluate.maxNodes.toLocaleString('en')}; for a framework
                     file under an extension semantics, read straight into the solver,
                     ${DEFAULT_LIMITS.evaluateFramework.maxNodes.toLocaleString('en')} arguments)
  --max-edges N      refuse a map of more than N edges (default ${DEFAULT_LIMITS.evaluate.maxEdges.toLocaleString('en')}; framework file:
                     ${DEFAULT_LIMITS.evaluateFramework.maxEdges.toLocaleString('en')} attacks)
${EXPLAIN_HELP}`;

const KIND_ORDER: Record<NodeKind, number> = { question: 0, position: 1, claim: 2, evidence: 3 };

function clip(text: string, length: number): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

/** The JSON document `--json` prints (the shape documented in docs/cli.md). */
export function evaluationJson(evaluation: Evaluation): object {
  const nodes: Record<string, { label?: string; strength?: number }> = {};
  evaluation.nodes.forEach((result, id) => {
    const value = {
      ...(result.label !== undefined ? { label: result.label } : {}),
      ...(result.strength !== undefined ? { strength: result.strength } : {}),
    };
    // Defined, not assigned: a node called `__proto__` must stay a key of the output.
    Object.defineProperty(nodes, id, { value, enumerable: true, writable: true, configurable: true });
  });
  return {
    semantics: evaluation.semantics,
    support: evaluation.support,
    nodes,
    ...(evaluation.extensions ? { extensions: evaluation.extensions } : {}),
    ...(evaluation.extensionCount !== undefined ? { extensionCount: evaluation.extensionCount } : {}),
    ...(evaluation.convergence ? { convergence: evaluation.convergence } : {}),
  };
}

/** The human-readable table: questions and positions first, one node a line. */
export function formatEvaluation(map: ArgMap, evaluation: Evaluation): string {
  const ids = [...evaluation.nodes.keys()].sort(
    (a, b) =>
      (KIND_ORDER[map.nodes.get(a)?.kind ?? 'claim'] ?? 4) -
      (KIND_ORDER[map.nodes.get(b)?.kind ?? 'claim'] ?? 4),
  );
  const lines = [`Semantics: ${evaluation.semantics}, support: ${evaluation.support}`];
  if (evaluation.convergence) {
    const c = evaluation.convergence;
    lines.push(
      c.converged && c.iterations === 0
        ? 'Exact: no cycles, one pass.'
        : c.converged
          ? `Converged after ${c.iterations} round${c.iterations === 1 ? '' : 's'}.`
          : `Did NOT converge: stopped after ${c.iterations} rounds, last change ${c.lastChange.toExponential(2)}.`,
    );
  }
  if (evaluation.extensionCount !== undefined) {
    lines.push(`Extensions: ${evaluation.extensionCount ?? 'unknown (time budget ran out)'}`);
  }
  lines.push('');
  for (const id of ids) {
    const node = map.nodes.get(id);
    const result = evaluation.nodes.get(id);
    if (!node || !result) continue;
    const value = result.strength !== undefined ? result.strength.toFixed(3) : (result.label ?? '?');
    lines.push(`${value.padStart(7)}  ${node.kind.padEnd(8)}  ${clip(node.text, 70)} [${id}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs `argmap evaluate`. */
export function evaluate(args: string[], io: Io): number {
  const parsed = parseCommand(args, {
    semantics: { type: 'string' },
    support: { type: 'string' },
    json: { type: 'boolean' },
    'time-budget': { type: 'string' },
    from: { type: 'string' },
    explain: { type: 'string' },
    ...LIMIT_OPTIONS,
  });
  if (!parsed.ok) return usageError(io, parsed.message, 'evaluate');
  const values = parsed.values;
  if (values.help) {
    io.out(EVALUATE_HELP);
    return EXIT.ok;
  }
  const cap = maxBytes(values['max-size']);
  if (typeof cap === 'string') return usageError(io, cap, 'evaluate');
  if (parsed.positionals.length !== 1) return usageError(io, 'evaluate needs exactly one FILE', 'evaluate');
  const semantics = values.semantics ?? 'dfquad';
  if (!(SEMANTICS as readonly string[]).includes(semantics)) {
    return usageError(io, `unknown semantics "${semantics}"; use one of ${SEMANTICS.join(', ')}`, 'evaluate');
  }
  const support = values.support ?? 'none';
  if (!(SUPPORT_INTERPRETATIONS as readonly string[]).includes(support)) {
    return usageError(
      io,
      `unknown support "${support}"; use one of ${SUPPORT_INTERPRETATIONS.join(', ')}`,
      'evaluate',
    );
  }
  const budget = values['time-budget'] === undefined ? undefined : Number(values['time-budget']);
  if (budget !== undefined && !(Number.isFinite(budget) && budget >= 0)) {
    return usageError(io, `--time-budget expects milliseconds, not "${values['time-budget']}"`, 'evaluate');
  }
  const file = parsed.positionals[0] as string;
  const format = inputFormat(file, values.from);
  // A framework file under an extension semantics goes straight into the solver's arrays.
  const directId =
    format.ok && isFrameworkFormat(format.value.id) && support === 'none' ? format.value.id : undefined;
  const direct = directId !== undefined && isExtension(semantics) ? semantics : undefined;
  const limits = readLimits(values, direct ? DEFAULT_LIMITS.evaluateFramework : DEFAULT_LIMITS.evaluate);
  if (typeof limits === 'string') return usageError(io, limits, 'evaluate');
  if (directId !== undefined && direct !== undefined) {
    return evaluateFramework(io, {
      limits,
      file,
      formatId: directId,
      semantics: direct,
      maxBytes: cap,
      json: values.json === true,
      ...(budget !== undefined ? { timeBudgetMs: budget } : {}),
    });
  }
  const loaded = loadMap(io, file, {
    from: values.from,
    maxBytes: cap,
    limits: { command: 'evaluate', limits },
  });
  if (!loaded.ok) return loadFailed(io, file, loaded.failure, 'evaluate');
  printDiagnostics(io, file, loaded.value.warnings, loaded.value.text);
  const options = {
    semantics: semantics as Semantics,
    support: support as SupportInterpretation,
    ...(budget !== undefined ? { timeBudgetMs: budget } : {}),
  };
  if (values.explain !== undefined) {
    return printExplanation(io, file, loaded.value.map, options, values.explain, Boolean(values.json));
  }
  const result = evaluateMap(loaded.value.map, options);
  printDiagnostics(io, file, result.diagnostics, loaded.value.text);
  if (!result.ok) return EXIT.invalid;
  io.out(
    values.json
      ? `${terminalJson(evaluationJson(result.value))}\n`
      : terminalText(formatEvaluation(loaded.value.map, result.value)),
  );
  return EXIT.ok;
}
