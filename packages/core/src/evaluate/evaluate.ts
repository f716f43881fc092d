/**
 * The entry point: `evaluate(map, { semantics, support })` computes every node's gradual strength
 * or acceptability label; `createEvaluator` keeps the prepared graph around so explanations and
 * what-if questions on the same map are cheap.
 *
 * @module
 */
import { mapInput } from '../model/mapInput.ts';
import type { ArgMap, ArgMapDocument } from '../model/types.ts';
import { type Diagnostic, fail, ok, type Result } from '../result.ts';
import {
  type Acceptability,
  type AcceptabilityOptions,
  acceptability,
  EXTENSION_SEMANTICS,
  type ExtensionSemantics,
  labellingAt,
  listExtensions,
  UNKNOWN,
} from './extensions/acceptability.ts';
import {
  buildFramework,
  type Framework,
  SUPPORT_INTERPRETATIONS,
  type SupportInterpretation,
} from './extensions/framework.ts';
import { LABELS } from './extensions/labels.ts';
import { GRADUAL_SEMANTICS, type GradualSemantics } from './gradual/kernel.ts';
import { type Convergence, type GradualOptions, solveGradual } from './gradual/solve.ts';
import type { PreparedGraph } from './graph.ts';
import { NodeResults } from './nodeResults.ts';
import { prepareGraph } from './prepare.ts';

/** Every semantics `evaluate` understands. */
export type Semantics = GradualSemantics | ExtensionSemantics;

/** Every semantics, gradual ones first; `dfquad` is the default. */
export const SEMANTICS: readonly Semantics[] = [...GRADUAL_SEMANTICS, ...EXTENSION_SEMANTICS];

/** Options of {@link evaluate}. Settings that do not apply to the chosen semantics are ignored. */
export interface EvaluateOptions extends GradualOptions, AcceptabilityOptions {
  /** Default `dfquad`. */
  semantics?: Semantics;
  /** How `supports` edges count for extension semantics. Default `none`. Gradual semantics always use supports as supports. */
  support?: SupportInterpretation;
}

/** What {@link evaluate} returns. */
export interface Evaluation {
  semantics: Semantics;
  support: SupportInterpretation;
  /** Each node's result by node id: `evaluation.nodes.get(id)?.strength`. */
  nodes: NodeResults;
  /** Gradual semantics: whether iteration on cycles converged, how many rounds, the last change. */
  convergence?: Convergence;
  /** Extension semantics: the first `maxExtensions` extensions, each a list of node ids. */
  extensions?: string[][];
  /** Extension semantics: how many extensions there are, or `null` if the budget ran out first. */
  extensionCount?: number | null;
  /** Extension semantics: whether every node was decided within the budget. */
  decided?: boolean;
  /** Warnings about the map (skipped edges, clamped scores, ignored undercuts). */
  diagnostics: Diagnostic[];
}

/** A map prepared for repeated questions: its evaluation plus what explanations and what-if need. */
export interface Evaluator {
  readonly map: ArgMap;
  readonly graph: PreparedGraph;
  readonly options: Required<Pick<EvaluateOptions, 'semantics' | 'support'>> & EvaluateOptions;
  readonly evaluation: Evaluation;
  /** Strengths by node index (gradual semantics). */
  readonly strengths?: Float64Array;
  /** The framework and its acceptability (extension semantics). */
  readonly framework?: Framework;
  readonly acceptability?: Acceptability;
}

function optionError(code: string, message: string, path: string): Diagnostic {
  return { severity: 'error', code: `evaluate/${code}`, message, path: [path] };
}

function checkOptions(options: EvaluateOptions): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (options.semantics !== undefined && !SEMANTICS.includes(options.semantics)) {
    problems.push(
      optionError(
        'unknown-semantics',
        `Unknown semantics "${options.semantics}"; use one of ${SEMANTICS.join(', ')}.`,
        'semantics',
      ),
    );
  }
  if (options.support !== undefined && !SUPPORT_INTERPRETATIONS.includes(options.support)) {
    problems.push(
      optionError(
        'unknown-support',
        `Unknown support interpretation "${options.support}"; use one of ${SUPPORT_INTERPRETATIONS.join(', ')}.`,
        'support',
      ),
    );
  }
  const positive: (keyof EvaluateOptions)[] = [
    'tolerance',
    'maxIterations',
    'maxExtensions',
    'maxLabellingsPerPiece',
  ];
  for (const key of [...positive, 'timeBudgetMs' as const]) {
    const value = options[key];
    if (value === undefined) continue;
    const minimum = key === 'timeBudgetMs' || key === 'maxExtensions' ? 0 : Number.MIN_VALUE;
    if (typeof value !== 'number' || Number.isNaN(value) || value < minimum) {
      problems.push(
        optionError(
          'invalid-option',
          `Option "${key}" must be a number ≥ ${minimum === 0 ? 0 : 'just above 0'}.`,
          key,
        ),
      );
    }
  }
  return problems;
}

function isGradual(semantics: Semantics): semantics is GradualSemantics {
  return (GRADUAL_SEMANTICS as readonly string[]).includes(semantics);
}

/** Evaluates an already prepared graph; see {@link createEvaluator}. */
export function evaluatorFor(
  map: ArgMap,
  graph: PreparedGraph,
  options: EvaluateOptions = {},
): Result<Evaluator> {
  const problems = checkOptions(options);
  if (problems.length > 0) return fail(problems);
  const settled = {
    ...options,
    semantics: options.semantics ?? 'dfquad',
    support: options.support ?? 'none',
  };
  const { semantics, support } = settled;
  const diagnostics = [...graph.diagnostics];
  if (isGradual(semantics)) {
    const run = solveGradual(graph, semantics, options);
    const { strengths } = run;
    const nodes = new NodeResults(graph, (i) => ({ strength: strengths[i]! }));
    const evaluation: Evaluation = { semantics, support, nodes, convergence: run.convergence, diagnostics };
    return ok({ map, graph, options: settled, evaluation, strengths: run.strengths }, diagnostics);
  }
  // Grounded labelling never reads who attacks whom; explanations fill it in if asked.
  const framework = buildFramework(graph, support, { lazyAttackers: semantics === 'grounded' });
  diagnostics.push(...framework.diagnostics);
  if (framework.diagnostics.some((d) => d.severity === 'error')) return fail(diagnostics);
  const result = acceptability(framework, semantics, options);
  const { summary, credulous } = result;
  const nodes = new NodeResults(graph, (i) => {
    const code = summary[i]!;
    return { label: code === UNKNOWN ? 'unknown' : LABELS[code]!, credulous: credulous[i] === 1 };
  });
  const extensions = listExtensions(result, options.maxExtensions ?? 100, framework.nodeCount).map(
    (members) => members.map((i) => graph.ids[i]!),
  );
  const evaluation: Evaluation = {
    semantics,
    support,
    nodes,
    extensions,
    extensionCount: result.extensionCount ?? null,
    decided: result.decided,
    diagnostics,
  };
  return ok({ map, graph, options: settled, evaluation, framework, acceptability: result }, diagnostics);
}

/** Prepares `map` and evaluates it, keeping what later explanations and what-if questions need. */
export function createEvaluator(
  map: ArgMap | ArgMapDocument,
  options: EvaluateOptions = {},
): Result<Evaluator> {
  // Anything object-shaped is evaluated as far as possible (prepareGraph reads tables, Maps and
  // plain records, and repairs what is broken); only a non-object is refused.
  if (typeof map !== 'object' || map === null) return mapInput(map) as Result<never>;
  const lazyAdjacency = !isGradual(options?.semantics ?? 'dfquad');
  return evaluatorFor(map as ArgMap, prepareGraph(map as ArgMap, { lazyAdjacency }), options ?? {});
}

/**
 * Evaluates a map. Fails only on invalid options (an unknown semantics, a negative tolerance) or
 * when a support interpretation derives too many attacks; problems in the map itself (dangling
 * edges, scores outside [0, 1]) are repaired and reported as warnings.
 *
 * @example
 * const result = evaluate(map, { semantics: 'grounded', support: 'deductive' });
 * if (result.ok) console.log(result.value.nodes.get('p-work')?.label);
 */
export function evaluate(map: ArgMap | ArgMapDocument, options: EvaluateOptions = {}): Result<Evaluation> {
  const evaluator = createEvaluator(map, options);
  return evaluator.ok ? ok(evaluator.value.evaluation, evaluator.diagnostics) : evaluator;
}

/** The labelling an evaluator's label explanations refer to: grounded, or the first extension. */
export function explanationLabelling(evaluator: Evaluator): Uint8Array | undefined {
  const result = evaluator.acceptability;
  if (!result) return undefined;
  return result.semantics === 'grounded' ? result.grounded : labellingAt(result, 0);
}
