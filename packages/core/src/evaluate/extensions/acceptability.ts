/**
 * Acceptability under Dung's semantics and their refinements: the grounded labelling, the ideal
 * one, and the complete, preferred, stable, semi-stable or stage extensions summarised per
 * argument. Every complete labelling contains the grounded one, so for complete-based semantics
 * only the arguments grounded leaves `undec` are searched, with the SAT solver in `../sat/`
 * (`solvePieces.ts`); stage semantics searches every weakly connected component.
 *
 * @module
 */
import type { EnumeratedSemantics } from '../sat/enumerate.ts';
import { idealLabelling } from '../sat/ideal.ts';
import { solvePieces } from '../sat/solvePieces.ts';
import type { Framework } from './framework.ts';
import { groundedLabelling } from './grounded.ts';
import { IN, UNDEC } from './labels.ts';
import type { Piece } from './search.ts';

/** The extension-based semantics. */
export type ExtensionSemantics = 'grounded' | 'ideal' | EnumeratedSemantics;

/**
 * Every extension-based semantics: Dung's four first (grounded is the default), then semi-stable
 * (Caminada 2006), stage (Verheij 1996) and ideal (Dung, Mancarella & Toni 2007).
 */
export const EXTENSION_SEMANTICS: readonly ExtensionSemantics[] = [
  'grounded',
  'complete',
  'preferred',
  'stable',
  'semi-stable',
  'stage',
  'ideal',
];

/** Summary code for an argument the search could not decide within its budget. */
export const UNKNOWN = 3;

/** Limits that keep the search from hanging. */
export interface AcceptabilityOptions {
  /** Stop searching after this many milliseconds and report `unknown`. Default 1000. */
  timeBudgetMs?: number;
  /** List at most this many extensions (all are still counted and summarised). Default 100. */
  maxExtensions?: number;
  /** Give up on one independent piece of the map after this many complete labellings. Default 100,000. */
  maxLabellingsPerPiece?: number;
}

/** The outcome of one extension semantics on a framework. */
export interface Acceptability {
  semantics: ExtensionSemantics;
  /**
   * Per argument: `IN` if it is in every extension, `OUT` if it is out in every extension, `UNDEC`
   * otherwise (undecided in all, or different between extensions), or {@link UNKNOWN}.
   * With no extension at all (stable semantics can have none), every argument is `UNDEC`.
   */
  summary: Uint8Array;
  /** Per argument: 1 if it is in at least one extension. */
  credulous: Uint8Array;
  /** The grounded labelling, which every complete labelling contains. */
  grounded: Uint8Array;
  /** The searched pieces (empty for grounded). */
  pieces: Piece[];
  /** Number of extensions, or `undefined` if some piece was not decided. Very large counts are approximate. */
  extensionCount: number | undefined;
  /** Whether everything was decided within the budget. */
  decided: boolean;
}

/** Evaluates a framework under an extension semantics. */
export function acceptability(
  af: Framework,
  semantics: ExtensionSemantics,
  options: AcceptabilityOptions = {},
): Acceptability {
  const grounded = groundedLabelling(af);
  const summary = new Uint8Array(grounded);
  const credulous = new Uint8Array(grounded.length);
  for (let a = 0; a < grounded.length; a++) if (grounded[a] === IN) credulous[a] = 1;
  if (semantics === 'grounded') {
    return { semantics, summary, credulous, grounded, pieces: [], extensionCount: 1, decided: true };
  }
  const deadline = performance.now() + (options.timeBudgetMs ?? 1000);
  let pieces: Piece[];
  if (semantics === 'ideal') {
    const ideal = idealLabelling(af, deadline, grounded);
    const args = Int32Array.from({ length: af.size }, (_, a) => a).filter((a) => grounded[a] === UNDEC);
    pieces = [{ args, labellings: ideal ? [Uint8Array.from(args, (a) => ideal[a]!)] : undefined }];
  } else {
    // Stage extensions need not contain the grounded one: search everything.
    const base = semantics === 'stage' ? new Uint8Array(af.size) : grounded;
    if (semantics === 'stage') {
      summary.fill(UNDEC);
      credulous.fill(0);
    }
    pieces = solvePieces(af, base, semantics, {
      deadline,
      maxLabellings: options.maxLabellingsPerPiece ?? 100_000,
    });
  }
  let count: number | undefined = 1;
  for (const piece of pieces) {
    const { args, labellings } = piece;
    if (!labellings) {
      for (const a of args) summary[a] = UNKNOWN;
      count = undefined;
      continue;
    }
    if (count !== undefined) count *= labellings.length;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      let all = labellings[0]?.[i] ?? UNDEC;
      for (const labels of labellings) {
        if (labels[i] === IN) credulous[a] = 1;
        if (labels[i] !== all) all = UNDEC;
      }
      summary[a] = all;
    }
  }
  if (count === 0) {
    summary.fill(UNDEC);
    credulous.fill(0);
  } else if (count === undefined && semantics === 'stable') {
    // An undecided piece may have no stable labelling, and then the framework has no stable
    // extension at all: no label elsewhere can be stated either.
    summary.fill(UNKNOWN);
    credulous.fill(0);
  }
  return {
    semantics,
    summary,
    credulous,
    grounded,
    pieces,
    extensionCount: count,
    decided: count !== undefined,
  };
}

/**
 * The `k`-th extension's full labelling (extensions are numbered like a mixed-radix counter over
 * the pieces), or `undefined` if there is no such extension or it was not computed.
 */
export function labellingAt(result: Acceptability, k: number): Uint8Array | undefined {
  const labels = Uint8Array.from(result.grounded);
  let rest = k;
  for (const { args, labellings } of result.pieces) {
    if (!labellings || labellings.length === 0) return undefined;
    const chosen = labellings[rest % labellings.length]!;
    rest = Math.floor(rest / labellings.length);
    args.forEach((a, i) => {
      labels[a] = chosen[i]!;
    });
  }
  return rest === 0 ? labels : undefined;
}

/** The first `max` extensions, each as the sorted indices of its `in` arguments below `limit`. */
export function listExtensions(result: Acceptability, max: number, limit: number): number[][] {
  const total = Math.min(max, result.extensionCount ?? 0);
  const extensions: number[][] = [];
  for (let k = 0; k < total; k++) {
    const labels = labellingAt(result, k);
    if (!labels) break;
    const members: number[] = [];
    for (let a = 0; a < limit; a++) if (labels[a] === IN) members.push(a);
    extensions.push(members);
  }
  return extensions;
}
