/**
 * Every extension of a framework, piece by piece, with the SAT solver: what `acceptability`
 * summarises for the editor and `evaluate`. Complete-based semantics work on the part the grounded
 * labelling leaves undecided (every complete labelling contains it); stage semantics, which need
 * not contain the grounded extension, on every weakly connected component. Pieces are independent,
 * so the framework's extensions are all combinations of one labelling per piece.
 *
 * @module
 */
import type { Framework } from '../extensions/framework.ts';
import type { Piece } from '../extensions/search.ts';
import { undecidedPieces } from '../extensions/undecidedPieces.ts';
import { type Encoding, encodePiece } from './encoding.ts';
import { type EnumeratedSemantics, type EnumerationBudget, enumeratePiece } from './enumerate.ts';

/** The clauses each semantics is enumerated on. */
export const ENCODING_OF: Readonly<Record<EnumeratedSemantics, Encoding>> = {
  complete: 'complete',
  preferred: 'complete',
  stable: 'stable',
  'semi-stable': 'complete',
  stage: 'conflict-free',
};

/**
 * The labellings of each piece of `af` under `semantics`. `base` is the grounded labelling, or an
 * all-`undec` one for stage. A piece whose budget ran out has `labellings: undefined`; once the
 * deadline has passed, later pieces are not started. For stable semantics, a piece without any
 * labelling means the framework has none, and the remaining pieces are skipped (reported empty).
 */
export function solvePieces(
  af: Framework,
  base: Uint8Array,
  semantics: EnumeratedSemantics,
  budget: EnumerationBudget,
): Piece[] {
  const withRange = semantics === 'semi-stable' || semantics === 'stage';
  const result: Piece[] = [];
  let none = false;
  for (const args of undecidedPieces(af, base)) {
    if (none) {
      result.push({ args, labellings: [] });
      continue;
    }
    if (performance.now() >= budget.deadline) {
      result.push({ args, labellings: undefined });
      continue;
    }
    const piece = encodePiece(af, args, ENCODING_OF[semantics], withRange);
    const labellings = enumeratePiece(piece, semantics, budget);
    if (labellings?.length === 0) none = true;
    result.push({ args, labellings });
  }
  return result;
}
